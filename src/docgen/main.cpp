// crmroi-docgen man|bash|zsh OUTPUT: writes crmroi(1) or a shell completion from the command
// line's own definition. Run by the build (CMakeLists.txt); not installed.
#include <cstdio>
#include <exception>
#include <fstream>
#include <string>
#include <string_view>

#include "cli_reference.hpp"
#include "crmroi/version.hpp"
#include "writers.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: crmroi-docgen man|bash|zsh OUTPUT\n", stderr);
    return 2;
  }
  const std::string_view kind = argv[1];
  try {
    const crmroi::docgen::CommandReference app = crmroi::docgen::describe_crmroi();
    std::string text;
    if (kind == "man") {
      text = crmroi::docgen::man_page(app, crmroi::kVersion);
    } else if (kind == "bash") {
      text = crmroi::docgen::bash_completion(app);
    } else if (kind == "zsh") {
      text = crmroi::docgen::zsh_completion(app);
    } else {
      std::fprintf(stderr, "crmroi-docgen: unknown kind '%s'; expected man, bash or zsh\n",
                   argv[1]);
      return 2;
    }
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      std::fprintf(stderr, "crmroi-docgen: cannot write %s\n", argv[2]);
      return 4;
    }
  } catch (const std::exception& error) {
    std::fprintf(stderr, "crmroi-docgen: %s\n", error.what());
    return 70;
  }
  return 0;
}
