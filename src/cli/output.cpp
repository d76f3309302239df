#include "output.hpp"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "crmroi/render.hpp"
#include "diagnostics.hpp"
#include "render/escape.hpp"
#include "terminal.hpp"

namespace crmroi::cli {
namespace {

std::string folder_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// The file `path` finally names: symbolic links followed, also a dangling one (whose target is
// then created). A loop of links is left to open(), which fails with ELOOP.
std::string follow_links(std::string path) {
  for (int depth = 0; depth < 40; ++depth) {
    struct stat status {};
    if (lstat(path.c_str(), &status) != 0 || !S_ISLNK(status.st_mode)) return path;
    std::array<char, PATH_MAX> target{};
    const ssize_t length = readlink(path.c_str(), target.data(), target.size());
    if (length <= 0 || static_cast<std::size_t>(length) >= target.size()) return path;
    std::string next(target.data(), static_cast<std::size_t>(length));
    path = next.front() == '/' ? std::move(next) : folder_of(path) + "/" + next;
  }
  return path;
}

// The permissions of a new file: 0666 less the umask.
mode_t new_file_mode() {
  const mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

// The temporary file that SIGINT, SIGTERM and SIGHUP remove before the process ends. The handler
// only reads a fixed buffer and calls unlink and raise, which are async-signal-safe.
std::array<char, PATH_MAX> g_signal_temporary{};
volatile std::sig_atomic_t g_signal_armed = 0;
constexpr std::array<int, 3> kCleanupSignals = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporary_on_signal(int signal_number) {
  if (g_signal_armed != 0) unlink(g_signal_temporary.data());
  // SA_RESETHAND restored the default action and the signal is blocked while this runs: raised
  // again, it ends the process as it would have without crmroi's handler, once this returns.
  raise(signal_number);
}

// Makes the cleanup signals remove `temporary` (once per process: one output at a time). A signal
// that is ignored (nohup) stays ignored.
void arm_signal_cleanup(const std::string& temporary) {
  if (temporary.size() >= g_signal_temporary.size()) return;
  std::memcpy(g_signal_temporary.data(), temporary.c_str(), temporary.size() + 1);
  g_signal_armed = 1;
  static bool installed = false;
  if (installed) return;
  installed = true;
  for (const int signal_number : kCleanupSignals) {
    struct sigaction previous {};
    if (sigaction(signal_number, nullptr, &previous) != 0 || previous.sa_handler == SIG_IGN)
      continue;
    struct sigaction action {};
    action.sa_handler = remove_temporary_on_signal;
    sigemptyset(&action.sa_mask);
    for (const int other : kCleanupSignals) sigaddset(&action.sa_mask, other);
    action.sa_flags = static_cast<int>(SA_RESETHAND);
    sigaction(signal_number, &action, nullptr);
  }
}

void disarm_signal_cleanup() { g_signal_armed = 0; }

}  // namespace

OutputSink::OutputSink(std::string path) : path_(path == "-" ? std::string() : std::move(path)) {
  if (path_.empty()) fd_ = STDOUT_FILENO;
  buffer_.reserve(kFlushBytes);
}

OutputSink::~OutputSink() {
  if (finished_) return;
  if (is_stdout()) {
    flush();
  } else {
    discard_temporary();
  }
}

std::optional<std::string> OutputSink::fail_open(int error_number) {
  error_number_ = error_number;
  stopped_ = true;
  return failure_message();
}

std::optional<std::string> OutputSink::open() {
  if (is_stdout()) {
    if (standard_streams().stdout_closed) {
      error_number_ = EBADF;
      stopped_ = true;
    }
    return std::nullopt;
  }
  struct stat target {};
  mode_t mode = new_file_mode();
  // A symbolic link is written through: the file it points to is replaced (a dangling link
  // names the file to create).
  target_path_ = follow_links(path_);
  if (stat(path_.c_str(), &target) == 0) {
    if (S_ISDIR(target.st_mode)) return fail_open(EISDIR);
    if (!S_ISREG(target.st_mode)) {
      // A FIFO or a device (-o /dev/stdout): written directly, there is nothing to replace.
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd_ < 0) return fail_open(errno);
      return std::nullopt;
    }
    // Renaming over a file needs only the folder's permission: refuse a file the user may not
    // write, as writing into it would.
    if (faccessat(AT_FDCWD, target_path_.c_str(), W_OK, AT_EACCESS) != 0) return fail_open(errno);
    mode = target.st_mode & 0777;  // never setuid, setgid or sticky
    replaces_existing_ = true;
  }
  // A short name, so that a target name of up to 255 bytes (the usual limit) still has room.
  std::string pattern = folder_of(target_path_) + "/.crmroi-XXXXXX";
  fd_ = mkostemp(pattern.data(), O_CLOEXEC);
  if (fd_ < 0) return fail_open(errno);
  temporary_path_ = std::move(pattern);
  arm_signal_cleanup(temporary_path_);
  struct stat created {};
  const bool keep_owner =
      replaces_existing_ && (fstat(fd_, &created) != 0 || created.st_uid != target.st_uid ||
                             created.st_gid != target.st_gid);
  if (fchmod(fd_, mode) != 0 || (keep_owner && fchown(fd_, target.st_uid, target.st_gid) != 0)) {
    const int error_number = errno;
    discard_temporary();
    return fail_open(error_number);
  }
  return std::nullopt;
}

bool OutputSink::write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && temporary_path_.empty()) {  // standard output, a FIFO or a pipe
        broken_pipe_ = true;
      } else if (error_number_ == 0) {
        error_number_ = errno;
      }
      stopped_ = true;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

void OutputSink::write(std::string_view text) {
  if (stopped_) return;
  if (buffer_.size() + text.size() <= kFlushBytes) {
    buffer_.append(text);
    return;
  }
  flush();
  if (stopped_) return;
  if (text.size() >= kFlushBytes) {
    write_all(text);
  } else {
    buffer_.append(text);
  }
}

void OutputSink::flush() {
  if (buffer_.empty() || fd_ < 0) return;
  if (!stopped_) write_all(buffer_);
  buffer_.clear();
}

void OutputSink::flush_before_message() {
  if (buffer_.empty() || fd_ < 0) return;
  if (!shares_file_with_stderr_) {
    struct stat output_status {};
    struct stat error_status {};
    shares_file_with_stderr_ = fstat(fd_, &output_status) != 0 ||
                               fstat(STDERR_FILENO, &error_status) != 0 ||
                               (output_status.st_dev == error_status.st_dev &&
                                output_status.st_ino == error_status.st_ino);
  }
  if (*shares_file_with_stderr_) flush();
}

std::string OutputSink::failure_message() const {
  if (is_stdout()) {
    return std::string("cannot write to standard output: ") + std::strerror(error_number_);
  }
  return escape_control_characters(path_) + ": cannot write: " + std::strerror(error_number_);
}

void OutputSink::discard_temporary() {
  if (fd_ >= 0 && !is_stdout()) {
    close(fd_);
    fd_ = -1;
  }
  if (!temporary_path_.empty()) {
    unlink(temporary_path_.c_str());
    disarm_signal_cleanup();
    temporary_path_.clear();
  }
}

std::optional<std::string> OutputSink::finish(bool commit) {
  finished_ = true;
  flush();
  if (is_stdout()) {
    if (broken_pipe_ || error_number_ == 0) return std::nullopt;
    return failure_message();
  }
  if (broken_pipe_) {  // a FIFO or /dev/stdout whose reader went away: quiet, as on stdout
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    return std::nullopt;
  }
  if (fd_ < 0) return error_number_ != 0 ? std::optional(failure_message()) : std::nullopt;
  if (temporary_path_.empty()) {  // written in place (a FIFO or a device)
    const int fd = fd_;
    fd_ = -1;
    if (close(fd) != 0 && error_number_ == 0) error_number_ = errno;
    return error_number_ != 0 ? std::optional(failure_message()) : std::nullopt;
  }
  if (!commit || error_number_ != 0) {
    discard_temporary();
    return error_number_ != 0 ? std::optional(failure_message()) : std::nullopt;
  }
  const auto fail = [this] {
    if (error_number_ == 0) error_number_ = errno;
    discard_temporary();
    return std::optional(failure_message());
  };
  if (fsync(fd_) != 0) return fail();
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) return fail();
  if (std::rename(temporary_path_.c_str(), target_path_.c_str()) != 0) return fail();
  disarm_signal_cleanup();
  temporary_path_.clear();
  // Make the rename itself durable; a folder that cannot be synced is not an error.
  const int folder = ::open(folder_of(target_path_).c_str(), O_RDONLY | O_DIRECTORY);
  if (folder >= 0) {
    fsync(folder);
    close(folder);
  }
  return std::nullopt;
}

void finish_output(OutputSink& output, Diagnostics& diagnostics) {
  const bool every_input_succeeded =
      severity(diagnostics.exit_code()) <= severity(ExitCode::check_missed);
  const bool atomic = output.writes_atomically();
  if (auto error = output.finish(every_input_succeeded)) {
    diagnostics.error(ExitCode::io_error, *error);
  } else if (!every_input_succeeded && atomic) {
    std::string message = output.path();
    message += output.replaces_existing_file() ? ": left unchanged because an input failed"
                                               : ": not written because an input failed";
    diagnostics.error(ExitCode::success, message);
  }
}

}  // namespace crmroi::cli
