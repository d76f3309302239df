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
/// A file is written atomically: into a temporary file in the same folder, synced and renamed
/// over FILE by finish(true). On any failure, or finish(false), or destruction without finish,
/// the temporary is removed and an existing FILE is untouched. An existing FILE that is not a
/// regular file (a FIFO, /dev/stdout) is written directly; a directory is refused (EISDIR).
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

  /// True once nothing more can be written: the reader went away or a write failed. Commands
  /// stop reading their inputs then.
  [[nodiscard]] bool stopped() const { return stopped_; }

  /// True when the output is standard output (colour decisions, messages).
  [[nodiscard]] bool is_stdout() const { return path_.empty(); }

  /// Ends the output: flushes; for a file, syncs and renames it over its target when `commit`,
  /// otherwise removes the temporary. Returns the message of a failure, if any.
  std::optional<std::string> finish(bool commit);

 private:
  bool write_all(std::string_view bytes);
  void discard_temporary();
  std::string failure_message() const;

  std::string path_;            ///< empty: standard output
  std::string temporary_path_;  ///< the file being written, until renamed
  int fd_ = -1;
  static constexpr std::size_t kFlushBytes = 64 * 1024;
  std::string buffer_;
  bool stopped_ = false;
  bool broken_pipe_ = false;
  int error_number_ = 0;  ///< errno of the first failed write
  bool finished_ = false;
};

}  // namespace crmroi::cli
