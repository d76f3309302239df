// Where a command's output goes: standard output, or a file written atomically (-o FILE).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crmroi::cli {

/// The output of one command run.
///
/// Standard output is buffered and written with write(2). A reader that went away (EPIPE, e.g.
/// `| head`) stops the output quietly: stopped() turns true and finish() reports nothing. Any
/// other failed write (a full disk, /dev/full, a closed descriptor) also stops it, and finish()
/// returns "cannot write to standard output: No space left on device".
///
/// A file is written atomically: into a temporary file with a short name (".crmroi-XXXXXX") in
/// the same folder, synced and renamed over FILE by finish(true). On any failure, or
/// finish(false), or destruction without finish, or SIGINT, SIGTERM or SIGHUP while it is open,
/// the temporary is removed and an existing FILE is untouched. A symbolic link FILE is written
/// through: the file it points to is replaced, the link stays. A replaced file keeps its owner
/// and its permission bits (never setuid, setgid or sticky); a file the user may not write, or
/// whose owner could not be kept, is refused (EACCES, EPERM). An existing FILE that is not a
/// regular file (a FIFO, /dev/stdout) is written directly, and a reader that goes away ends the
/// output quietly as on standard output; a directory is refused (EISDIR).
///
///   OutputSink sink(options.output);                    // "" or "-": standard output
///   if (auto error = sink.open()) { report "crmroi: " + *error; return io_error; }
///   sink.write(text);  ... if (sink.stopped()) break;
///   if (auto error = sink.finish(true)) { report; return io_error; }
class OutputSink {
 public:
  /// Standard output when `path` is empty or "-", otherwise the file `path`.
  explicit OutputSink(std::string path = {});
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  /// Creates the temporary file (standard output needs nothing). On failure returns the message
  /// to print after "crmroi: ", e.g. "out/report.json: cannot write: No such file or directory".
  std::optional<std::string> open();

  /// Appends text; after stopped() it is dropped.
  void write(std::string_view text);
  /// Lets `produce(buffer)` append text to the output buffer in place (no copy of a rendered
  /// record); the buffer is written out once it holds enough.
  template <typename Produce>
  void write_with(Produce&& produce) {
    if (stopped_) return;
    produce(buffer_);
    if (buffer_.size() >= kFlushBytes) flush();
  }

  /// Sends buffered text to standard output now, so that it comes before a message printed on
  /// standard error. Does nothing for a file.
  void flush();

  /// flush() before a message on standard error, when that message and this output reach the
  /// same file (a terminal, `2>&1`, one pipe): then they appear in the order they happened.
  /// Otherwise the text stays buffered: a JSON Lines stream with a warning on every line is
  /// still written in blocks of kFlushBytes, not one write per line.
  void flush_before_message();

  /// True once nothing more can be written: the reader went away or a write failed. Commands
  /// stop reading their inputs then.
  [[nodiscard]] bool stopped() const { return stopped_; }

  /// True when the output is standard output (colour decisions, messages).
  [[nodiscard]] bool is_stdout() const { return path_.empty(); }

  /// The file as named on the command line ("" for standard output).
  [[nodiscard]] const std::string& path() const { return path_; }

  /// True while a temporary file is open, to be renamed over the file by finish(true).
  [[nodiscard]] bool writes_atomically() const { return !temporary_path_.empty(); }

  /// True when open() made a temporary file, to be renamed over an existing file (false for a
  /// new file, standard output, a FIFO or a device).
  [[nodiscard]] bool replaces_existing_file() const { return replaces_existing_; }

  /// Ends the output: flushes; for a file, syncs and renames it over its target when `commit`,
  /// otherwise removes the temporary. Returns the message of a failure, if any.
  std::optional<std::string> finish(bool commit);

 private:
  bool write_all(std::string_view bytes);
  void discard_temporary();
  std::optional<std::string> fail_open(int error_number);
  std::string failure_message() const;

  std::string path_;            ///< empty: standard output; as given, for messages
  std::string target_path_;     ///< the file replaced: path_ with symbolic links followed
  std::string temporary_path_;  ///< the file being written, until renamed
  int fd_ = -1;
  static constexpr std::size_t kFlushBytes = 64 * 1024;
  std::string buffer_;
  bool stopped_ = false;
  std::optional<bool> shares_file_with_stderr_;  ///< found out at the first message
  bool broken_pipe_ = false;
  int error_number_ = 0;  ///< errno of the first failed write
  bool finished_ = false;
  bool replaces_existing_ = false;
};

class Diagnostics;

/// Ends a command's output (OutputSink::finish) and reports its failure as an I/O error (4).
/// A file is replaced only when every input succeeded: the exit code so far is 0, or 1 for
/// `check`'s missed targets (its report is complete). Otherwise the old file is left as it was (or
/// none is created) and a message says so: "crmroi: out.json: left unchanged because an input
/// failed" / "crmroi: out.json: not written because an input failed".
void finish_output(OutputSink& output, Diagnostics& diagnostics);

}  // namespace crmroi::cli
