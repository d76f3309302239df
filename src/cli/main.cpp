#include "app.hpp"

int main(int argc, char** argv) { return crmroi::cli::run_app(argc, argv); }
