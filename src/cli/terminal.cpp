#include "terminal.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <locale>

namespace crmroi::cli {
namespace {

StandardStreams& streams() {
  static StandardStreams state;
  return state;
}

// True when `fd` was closed; then /dev/null takes its number (open returns the lowest free one).
bool reopen_if_closed(int fd, int flags) {
  if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) return false;
  const int reopened = open("/dev/null", flags);
  if (reopened >= 0 && reopened != fd) {
    dup2(reopened, fd);
    close(reopened);
  }
  return true;
}

}  // namespace

void prepare_process() {
  std::setlocale(LC_ALL, "C");
  std::locale::global(std::locale::classic());
  std::signal(SIGPIPE, SIG_IGN);
  streams().stdin_closed = reopen_if_closed(STDIN_FILENO, O_RDONLY);
  streams().stdout_closed = reopen_if_closed(STDOUT_FILENO, O_WRONLY);
  reopen_if_closed(STDERR_FILENO, O_WRONLY);
}

const StandardStreams& standard_streams() { return streams(); }

std::optional<ColorWhen> parse_color_when(std::string_view text) {
  if (text == "auto") return ColorWhen::automatic;
  if (text == "always") return ColorWhen::always;
  if (text == "never") return ColorWhen::never;
  return std::nullopt;
}

bool use_color(ColorWhen when, bool output_is_stdout) {
  switch (when) {
    case ColorWhen::always:
      return true;
    case ColorWhen::never:
      return false;
    case ColorWhen::automatic:
      break;
  }
  if (!output_is_stdout || standard_streams().stdout_closed || isatty(STDOUT_FILENO) != 1) {
    return false;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  return term == nullptr || std::string_view(term) != "dumb";
}

std::size_t table_width(std::optional<std::size_t> requested, bool output_is_stdout) {
  constexpr std::size_t kDefaultWidth = 100;
  constexpr std::size_t kNarrowest = 20;
  constexpr std::size_t kWidest = 1000;
  if (requested) return *requested;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr && *columns != '\0') {
    char* end = nullptr;
    const unsigned long value = std::strtoul(columns, &end, 10);
    if (*end == '\0' && value >= kNarrowest && value <= kWidest) return value;
  }
  winsize size{};
  if (output_is_stdout && !standard_streams().stdout_closed && isatty(STDOUT_FILENO) == 1 &&
      ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= kNarrowest) {
    return size.ws_col;
  }
  return kDefaultWidth;
}

}  // namespace crmroi::cli
