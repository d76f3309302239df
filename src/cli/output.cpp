#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "crmroi/render.hpp"
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

std::string base_name_of(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The permissions a new file gets (0666 less the umask), or those of the file being replaced.
mode_t final_mode(const std::string& path) {
  struct stat existing {};
  if (stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
    return existing.st_mode & 07777;
  }
  const mode_t mask = umask(0);
  umask(mask);
  return 0666 & ~mask;
}

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

std::optional<std::string> OutputSink::open() {
  if (is_stdout()) {
    if (standard_streams().stdout_closed) {
      error_number_ = EBADF;
      stopped_ = true;
    }
    return std::nullopt;
  }
  struct stat target {};
  if (stat(path_.c_str(), &target) == 0) {
    if (S_ISDIR(target.st_mode)) {
      error_number_ = EISDIR;
      stopped_ = true;
      return failure_message();
    }
    if (!S_ISREG(target.st_mode)) {
      // A FIFO or a device (-o /dev/stdout): written directly, there is nothing to replace.
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd_ < 0) {
        error_number_ = errno;
        stopped_ = true;
        return failure_message();
      }
      return std::nullopt;
    }
  }
  std::string pattern = folder_of(path_) + "/." + base_name_of(path_) + ".crmroi-XXXXXX";
  fd_ = mkostemp(pattern.data(), O_CLOEXEC);
  if (fd_ < 0) {
    error_number_ = errno;
    stopped_ = true;
    return failure_message();
  }
  temporary_path_ = std::move(pattern);
  return std::nullopt;
}

bool OutputSink::write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && is_stdout()) {
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
  if (fchmod(fd_, final_mode(path_)) != 0 || fsync(fd_) != 0) return fail();
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) return fail();
  if (std::rename(temporary_path_.c_str(), path_.c_str()) != 0) return fail();
  temporary_path_.clear();
  // Make the rename itself durable; a folder that cannot be synced is not an error.
  const int folder = ::open(folder_of(path_).c_str(), O_RDONLY | O_DIRECTORY);
  if (folder >= 0) {
    fsync(folder);
    close(folder);
  }
  return std::nullopt;
}

}  // namespace crmroi::cli
