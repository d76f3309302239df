#include "input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "crmroi/scenario_loader.hpp"
#include "diagnostics.hpp"
#include "terminal.hpp"

namespace crmroi::cli {
namespace {

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// read(2) that retries when interrupted; -1 with errno on failure, 0 at the end.
ssize_t read_some(int fd, char* data, std::size_t size) {
  for (;;) {
    const ssize_t count = ::read(fd, data, size);
    if (count >= 0 || errno != EINTR) return count;
  }
}

// Reads a descriptor through one fixed buffer and hands out its lines, so that JSON Lines of any
// length stream in constant memory (a line itself is capped at kMaxInputBytes).
class LineReader {
 public:
  enum class Status { line, end, too_long, error };

  explicit LineReader(int fd) : fd_(fd), buffer_(kReadChunk) {}

  // The next line without its '\n'; `end` when nothing is left.
  Status next(std::string& line) {
    line.clear();
    bool started = false;
    for (;;) {
      if (begin_ == end_ && !fill()) {
        if (error_number_ != 0) return Status::error;
        if (!started) return Status::end;
        ++line_number_;
        terminated_ = false;
        return Status::line;
      }
      const char* start = buffer_.data() + begin_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
      const std::size_t length =
          newline != nullptr ? static_cast<std::size_t>(newline - start) : end_ - begin_;
      if (line.size() + length > kMaxInputBytes) {
        ++line_number_;
        return Status::too_long;
      }
      line.append(start, length);
      started = true;
      begin_ += length;
      if (newline != nullptr) {
        ++begin_;
        ++line_number_;
        terminated_ = true;
        return Status::line;
      }
    }
  }

  // Appends everything not read yet to `out`; too_long once `out` would pass kMaxInputBytes.
  Status rest(std::string& out) {
    out.append(buffer_.data() + begin_, end_ - begin_);
    begin_ = end_;
    for (;;) {
      if (out.size() > kMaxInputBytes) return Status::too_long;
      const std::size_t used = out.size();
      out.resize(used + kReadChunk);
      const ssize_t count = read_some(fd_, out.data() + used, kReadChunk);
      out.resize(used + static_cast<std::size_t>(std::max<ssize_t>(count, 0)));
      if (count < 0) {
        error_number_ = errno;
        return Status::error;
      }
      if (count == 0) return out.size() > kMaxInputBytes ? Status::too_long : Status::end;
    }
  }

  [[nodiscard]] long line_number() const { return line_number_; }
  [[nodiscard]] bool terminated() const { return terminated_; }
  [[nodiscard]] int error_number() const { return error_number_; }

 private:
  bool fill() {
    begin_ = 0;
    end_ = 0;
    const ssize_t count = read_some(fd_, buffer_.data(), buffer_.size());
    if (count < 0) error_number_ = errno;
    if (count <= 0) return false;
    end_ = static_cast<std::size_t>(count);
    return true;
  }

  int fd_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  long line_number_ = 0;
  bool terminated_ = false;
  int error_number_ = 0;
};

// True when the first non-blank line of standard input makes it JSON Lines: the line starts with
// "{" (after a byte-order mark and spaces) and is a complete JSON value on its own.
bool starts_json_lines(std::string_view line) {
  std::string_view rest = line;
  if (rest.substr(0, kByteOrderMark.size()) == kByteOrderMark) rest.remove_prefix(3);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  if (rest.empty() || rest.front() != '{') return false;
  return is_json_value(rest);
}

std::string cannot_read(std::string_view name, int error_number) {
  return std::string(name) + ": cannot read: " + std::strerror(error_number);
}

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

// A file: one document.
bool read_file(std::string_view path, Diagnostics& diagnostics, const DocumentHandler& handler) {
  const std::string path_text(path);
  const FileDescriptor file(open(path_text.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) {
    diagnostics.error(ExitCode::io_error, cannot_read(path, errno));
    return true;
  }
  struct stat status {};
  if (fstat(file.get(), &status) != 0) {
    diagnostics.error(ExitCode::io_error, cannot_read(path, errno));
    return true;
  }
  if (S_ISDIR(status.st_mode)) {
    diagnostics.error(ExitCode::io_error, cannot_read(path, EISDIR));
    return true;
  }
  const std::string too_large = path_text + ": file is larger than the 64 MiB limit";
  std::string text;
  if (S_ISREG(status.st_mode)) {
    if (static_cast<std::size_t>(status.st_size) > kMaxInputBytes) {
      diagnostics.error(ExitCode::invalid_data, too_large);
      return true;
    }
    text.reserve(static_cast<std::size_t>(status.st_size) + 1);
  }
  for (;;) {
    const std::size_t used = text.size();
    const std::size_t chunk = std::max(kReadChunk, text.capacity() - used);
    text.resize(used + chunk);
    const ssize_t count = read_some(file.get(), text.data() + used, chunk);
    text.resize(used + static_cast<std::size_t>(std::max<ssize_t>(count, 0)));
    if (count < 0) {
      diagnostics.error(ExitCode::io_error, cannot_read(path, errno));
      return true;
    }
    if (text.size() > kMaxInputBytes) {
      diagnostics.error(ExitCode::invalid_data, too_large);
      return true;
    }
    if (count == 0) break;
  }
  if (text.empty()) {
    diagnostics.error(ExitCode::invalid_data,
                      path_text + ": the file is empty; expected a JSON object");
    return true;
  }
  if (is_blank(text)) {
    diagnostics.error(ExitCode::invalid_data,
                      path_text + ": the file holds only whitespace; expected a JSON object");
    return true;
  }
  return handler({path, std::nullopt, text});
}

// Standard input: one document, or JSON Lines.
bool read_stdin(Diagnostics& diagnostics, const DocumentHandler& handler) {
  if (standard_streams().stdin_closed) {
    diagnostics.error(ExitCode::io_error, cannot_read(kStdinName, EBADF));
    return true;
  }
  LineReader reader(STDIN_FILENO);
  const std::string too_large = std::string(kStdinName) + ": input is larger than the 64 MiB limit";
  std::string leading;  // blank lines before the first content, kept so line numbers stay right
  std::string line;
  for (;;) {
    const LineReader::Status status = reader.next(line);
    if (status == LineReader::Status::error) {
      diagnostics.error(ExitCode::io_error, cannot_read(kStdinName, reader.error_number()));
      return true;
    }
    if (status == LineReader::Status::too_long) {
      diagnostics.error(ExitCode::invalid_data, too_large);
      return true;
    }
    if (status == LineReader::Status::end) {
      diagnostics.error(ExitCode::invalid_data,
                        std::string(kStdinName) +
                            ": no input; expected a JSON object or JSON Lines (standard input " +
                            (leading.empty() ? "is empty)" : "holds only blank lines)"));
      return true;
    }
    if (!is_blank(line)) break;
    leading += line;
    leading += '\n';
    if (leading.size() > kMaxInputBytes) {
      diagnostics.error(ExitCode::invalid_data, too_large);
      return true;
    }
  }

  if (starts_json_lines(line)) {
    for (;;) {
      if (!handler({kStdinName, reader.line_number(), line})) return false;
      LineReader::Status status = reader.next(line);
      while (status == LineReader::Status::line && is_blank(line)) status = reader.next(line);
      switch (status) {
        case LineReader::Status::line:
          continue;
        case LineReader::Status::end:
          return true;
        case LineReader::Status::too_long:
          diagnostics.error(ExitCode::invalid_data, std::string(kStdinName) + ":" +
                                                        std::to_string(reader.line_number()) +
                                                        ": line is longer than the 64 MiB limit");
          return true;
        case LineReader::Status::error:
          diagnostics.error(ExitCode::io_error, cannot_read(kStdinName, reader.error_number()));
          return true;
      }
    }
  }

  std::string text = std::move(leading);
  text += line;
  if (reader.terminated()) text += '\n';
  switch (reader.rest(text)) {
    case LineReader::Status::error:
      diagnostics.error(ExitCode::io_error, cannot_read(kStdinName, reader.error_number()));
      return true;
    case LineReader::Status::too_long:
      diagnostics.error(ExitCode::invalid_data, too_large);
      return true;
    case LineReader::Status::line:
    case LineReader::Status::end:
      break;
  }
  return handler({kStdinName, std::nullopt, text});
}

}  // namespace

std::string input_name(std::string_view argument) {
  return argument == "-" ? std::string(kStdinName) : std::string(argument);
}

std::optional<std::string> check_input_arguments(const std::vector<std::string>& arguments) {
  if (std::count(arguments.begin(), arguments.end(), "-") > 1) {
    return "standard input ('-') can be read only once; it was given " +
           std::to_string(std::count(arguments.begin(), arguments.end(), "-")) + " times";
  }
  return std::nullopt;
}

bool read_input(std::string_view argument, Diagnostics& diagnostics,
                const DocumentHandler& handler) {
  if (argument == "-") return read_stdin(diagnostics, handler);
  return read_file(argument, diagnostics, handler);
}

void for_each_scenario(const std::vector<std::string>& arguments, Diagnostics& diagnostics,
                       const ScenarioHandler& handler) {
  for (const std::string& argument : arguments) {
    const bool keep_going = read_input(argument, diagnostics, [&](const InputDocument& document) {
      LoadResult result = load_scenario(document.text);
      if (!result.scenario) {
        for (const Problem& problem : result.problems) {
          diagnostics.problem(document.source, document.line, problem);
        }
        if (result.problems.empty()) {
          diagnostics.problem(document.source, document.line,
                              Problem{0, 0, "", "not a valid scenario"});
        }
        return true;
      }
      diagnostics.warnings(document.source, document.line, result.warnings);
      LoadedScenario loaded{document.source, document.line, std::move(*result.scenario)};
      return handler(loaded);
    });
    if (!keep_going) return;
  }
}

}  // namespace crmroi::cli
