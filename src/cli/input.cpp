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

  // After `too_long`: drops the rest of that line, up to and including its '\n'. Returns `line`
  // when reading can go on, `end` at the end of the input, `error` when reading failed.
  Status skip_line() {
    for (;;) {
      if (begin_ == end_ && !fill()) return error_number_ != 0 ? Status::error : Status::end;
      const char* start = buffer_.data() + begin_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
      if (newline != nullptr) {
        begin_ += static_cast<std::size_t>(newline - start) + 1;
        return Status::line;
      }
      begin_ = end_;
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

// True when `line` is a line of JSON Lines: it starts with "{" (after a byte-order mark, and after
// spaces when `may_be_indented`) and is a complete JSON value on its own.
bool is_json_lines_line(std::string_view line, bool may_be_indented) {
  std::string_view rest = line;
  if (rest.substr(0, kByteOrderMark.size()) == kByteOrderMark) rest.remove_prefix(3);
  if (may_be_indented) {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  }
  if (rest.empty() || rest.front() != '{') return false;
  return is_json_value(rest);
}

// Follows the nesting of JSON text line by line, to tell where one of several documents written
// one after another ends (`jq .` prints pretty objects that way): a document ends at the end of
// a line where its outermost object closes. Text that does not start with "{", closes more than
// it opened, or goes on after the close on the same line is not split (`splittable` turns false):
// the parser then reports it as it stands.
class DocumentBoundaries {
 public:
  // Reads one more line (without its '\n'); true when it completes a document.
  bool complete_after(std::string_view line) {
    if (!splittable_) return false;
    for (const char c : line) {
      if (closed_) {
        if (c != ' ' && c != '\t' && c != '\r') splittable_ = false;
        continue;
      }
      if (in_string_) {
        if (escaped_) {
          escaped_ = false;
        } else if (c == '\\') {
          escaped_ = true;
        } else if (c == '"') {
          in_string_ = false;
        }
        continue;
      }
      if (!started_) {
        if (c == ' ' || c == '\t' || c == '\r') continue;
        if (c != '{') {
          splittable_ = false;
          return false;
        }
        started_ = true;
      }
      switch (c) {
        case '"':
          in_string_ = true;
          break;
        case '{':
        case '[':
          ++depth_;
          break;
        case '}':
        case ']':
          if (--depth_ == 0) closed_ = true;
          break;
        default:
          break;
      }
    }
    return splittable_ && closed_;
  }

  // Starts on the next document.
  void reset() { *this = DocumentBoundaries(); }

  [[nodiscard]] bool splittable() const { return splittable_; }

 private:
  long depth_ = 0;
  bool started_ = false;
  bool in_string_ = false;
  bool escaped_ = false;
  bool closed_ = false;
  bool splittable_ = true;
};

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

// Standard input: JSON Lines, or one or more JSON documents one after another (see read_input).
class StdinReader {
 public:
  StdinReader(Diagnostics& diagnostics, const DocumentHandler& handler)
      : diagnostics_(diagnostics), handler_(handler), reader_(STDIN_FILENO) {}

  bool read() {
    std::string line;
    for (;;) {
      switch (reader_.next(line)) {
        case LineReader::Status::line:
          if (!take(line, reader_.line_number())) return false;
          if (stopped_) return true;
          continue;
        case LineReader::Status::end:
          return finish();
        case LineReader::Status::too_long:
          if (!too_long_line()) return false;
          if (stopped_) return true;
          continue;
        case LineReader::Status::error:
          diagnostics_.error(ExitCode::io_error, cannot_read(kStdinName, reader_.error_number()));
          return true;
      }
    }
  }

 private:
  // undecided: no line has told yet; json_lines: one document a line; documents: objects one
  // after another, each over lines of its own; single: one document (whatever follows the first
  // object is not another object).
  enum class Mode { undecided, json_lines, documents, single };

  struct PendingLine {
    long number;
    std::string text;
  };

  std::string place(long line) const {
    return std::string(kStdinName) + ":" + std::to_string(line);
  }

  void too_large() {
    diagnostics_.error(ExitCode::invalid_data,
                       std::string(kStdinName) + ": input is larger than the 64 MiB limit");
    stopped_ = true;
  }

  // A line over the limit: in JSON Lines it is reported and skipped, and the stream goes on with
  // the next line; otherwise it makes a document over the limit, which ends the reading.
  bool too_long_line() {
    if (mode_ != Mode::json_lines) {
      too_large();
      return true;
    }
    diagnostics_.error(ExitCode::invalid_data,
                       place(reader_.line_number()) +
                           ": line is longer than the 64 MiB limit; skipped to the next line");
    switch (reader_.skip_line()) {
      case LineReader::Status::error:
        diagnostics_.error(ExitCode::io_error, cannot_read(kStdinName, reader_.error_number()));
        stopped_ = true;
        return true;
      case LineReader::Status::end:
        return finish();
      default:
        return true;
    }
  }

  // One line of input. Returns false when the handler asked to stop.
  bool take(const std::string& line, long number) {
    const bool blank = is_blank(line);
    switch (mode_) {
      case Mode::json_lines:
        return blank || handler_({kStdinName, number, line});
      case Mode::undecided:
        if (blank && pending_.empty()) {
          ++leading_blank_lines_;
          return true;
        }
        if (!blank && is_json_lines_line(line, pending_.empty()))
          return start_json_lines(line, number);
        pending_bytes_ += line.size() + 1;
        if (pending_bytes_ > kMaxInputBytes) {
          too_large();
          return true;
        }
        pending_.push_back({number, line});
        if (boundaries_.complete_after(line)) {
          // The first document ends here: more follow, or this is the only one.
          mode_ = Mode::documents;
          held_ = joined_pending();
          held_line_ = pending_.front().number;
          pending_.clear();
          pending_bytes_ = 0;
          boundaries_.reset();
        }
        return true;
      case Mode::single:
        single_text_ += line;
        single_text_ += '\n';
        if (single_text_.size() > kMaxInputBytes) too_large();
        return true;
      case Mode::documents:
        if (blank && pending_.empty()) return true;
        pending_bytes_ += line.size() + 1;
        if (pending_bytes_ > kMaxInputBytes) {
          diagnostics_.error(
              ExitCode::invalid_data,
              place(pending_.front().number) + ": document is larger than the 64 MiB limit");
          stopped_ = true;
          return true;
        }
        pending_.push_back({number, line});
        if (!boundaries_.complete_after(line)) {
          // Text after the only document that does not start another object (a NUL byte, a
          // stray bracket): all of it is one document, which the parser reports as it stands.
          if (held_ && !boundaries_.splittable()) {
            mode_ = Mode::single;
            single_text_ = leading() + *held_ + joined_pending();
            held_.reset();
            pending_.clear();
            pending_bytes_ = 0;
          }
          return true;
        }
        boundaries_.reset();
        return hand_over_pending();
    }
    return true;
  }

  // JSON Lines from here on: the lines read before are documents of their own (bad ones, most
  // likely: a truncated or commented first line), reported with their line numbers.
  bool start_json_lines(const std::string& line, long number) {
    mode_ = Mode::json_lines;
    for (const PendingLine& pending : pending_) {
      if (!is_blank(pending.text) && !handler_({kStdinName, pending.number, pending.text}))
        return false;
    }
    pending_.clear();
    pending_bytes_ = 0;
    return handler_({kStdinName, number, line});
  }

  std::string joined_pending() const {
    std::string text;
    text.reserve(pending_bytes_);
    for (const PendingLine& pending : pending_) {
      text += pending.text;
      text += '\n';
    }
    return text;
  }

  // In documents mode: the held first document, then the pending one, each with its first line.
  bool hand_over_pending() {
    if (held_) {
      const std::string first = std::move(*held_);
      held_.reset();
      if (!handler_({kStdinName, held_line_, first})) return false;
    }
    const std::string text = joined_pending();
    const long first_line = pending_.front().number;
    pending_.clear();
    pending_bytes_ = 0;
    return handler_({kStdinName, first_line, text});
  }

  bool finish() {
    if (stopped_) return true;
    stopped_ = true;
    switch (mode_) {
      case Mode::json_lines:
        return true;
      case Mode::single:
        if (!reader_.terminated()) single_text_.pop_back();
        return handler_({kStdinName, std::nullopt, single_text_});
      case Mode::documents:
        if (pending_.empty()) {
          // A single document: reported as a whole input, without a line of its own.
          if (held_) return handler_({kStdinName, std::nullopt, leading() + *held_});
          return true;
        }
        return hand_over_pending();
      case Mode::undecided:
        break;
    }
    if (pending_.empty()) {
      diagnostics_.error(ExitCode::invalid_data,
                         std::string(kStdinName) +
                             ": no input; expected a JSON object or JSON Lines (standard input " +
                             (leading_blank_lines_ == 0 ? "is empty)" : "holds only blank lines)"));
      return true;
    }
    std::string text = leading() + joined_pending();
    if (!reader_.terminated()) text.pop_back();
    return handler_({kStdinName, std::nullopt, text});
  }

  // The blank lines before the first document, so that its line numbers stay right.
  std::string leading() const {
    return std::string(static_cast<std::size_t>(leading_blank_lines_), '\n');
  }

  Diagnostics& diagnostics_;
  const DocumentHandler& handler_;
  LineReader reader_;
  Mode mode_ = Mode::undecided;
  long leading_blank_lines_ = 0;
  std::vector<PendingLine> pending_;  // lines of the document being read, or not yet decided
  std::size_t pending_bytes_ = 0;
  DocumentBoundaries boundaries_;
  std::optional<std::string> held_;  // the first of several documents, until the second ends
  std::string single_text_;          // Mode::single: the whole input
  long held_line_ = 0;
  bool stopped_ = false;
};

bool read_stdin(Diagnostics& diagnostics, const DocumentHandler& handler) {
  if (standard_streams().stdin_closed) {
    diagnostics.error(ExitCode::io_error, cannot_read(kStdinName, EBADF));
    return true;
  }
  return StdinReader(diagnostics, handler).read();
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
