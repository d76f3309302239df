#include "run_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string_view>

extern char** environ;

namespace crmroi::test {
namespace {

void check(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(std::string(what) + ": " + std::strerror(errno));
}

std::vector<std::filesystem::path>& directories_to_remove() {
  static std::vector<std::filesystem::path> directories;
  static const bool registered = [] {
    std::atexit([] {
      std::error_code ignored;
      for (const auto& directory : directories_to_remove())
        std::filesystem::remove_all(directory, ignored);
    });
    return true;
  }();
  (void)registered;
  return directories;
}

}  // namespace

// posix_spawn (vfork underneath) rather than fork: the child does not copy the test program's
// page tables, which under AddressSanitizer (large shadow mappings) made every run of crmroi
// several milliseconds dearer (.ci/run: the sanitized CLI tests start thousands of processes).
ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options) {
  // Close-on-exec pipes: the dup2 actions below give the child its ends as 0, 1 and 2, and no
  // other copy of them outlives the exec.
  int in_pipe[2] = {-1, -1};
  int out_pipe[2];
  int err_pipe[2];
  if (options.stdin_text) check(pipe2(in_pipe, O_CLOEXEC) == 0, "pipe");
  check(pipe2(out_pipe, O_CLOEXEC) == 0, "pipe");
  check(pipe2(err_pipe, O_CLOEXEC) == 0, "pipe");

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!options.working_directory.empty())
    posix_spawn_file_actions_addchdir_np(&actions, options.working_directory.c_str());
  if (options.close_stdin) {
    posix_spawn_file_actions_addclose(&actions, STDIN_FILENO);
  } else if (options.stdin_text) {
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], STDIN_FILENO);
  } else {
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  }
  if (!options.stdout_path.empty()) {
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, options.stdout_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
  } else {
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  }
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);

  // The child starts with SIGPIPE at its default action and no signal blocked.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t default_signals;
  sigemptyset(&default_signals);
  sigaddset(&default_signals, SIGPIPE);
  posix_spawnattr_setsigdefault(&attributes, &default_signals);
  sigset_t no_signals;
  sigemptyset(&no_signals);
  posix_spawnattr_setsigmask(&attributes, &no_signals);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

  // The environment: this program's, with options.env added or replacing.
  std::vector<std::string> environment;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view text(*entry);
    const auto name = text.substr(0, text.find('='));
    if (options.env.find(std::string(name)) == options.env.end()) environment.emplace_back(text);
  }
  for (const auto& [name, value] : options.env) environment.push_back(name + "=" + value);
  std::vector<char*> environment_pointers;
  for (auto& entry : environment) environment_pointers.push_back(entry.data());
  environment_pointers.push_back(nullptr);

  std::vector<char*> args;
  for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);

  pid_t pid = -1;
  const int spawn_error =
      posix_spawn(&pid, args[0], &actions, &attributes, args.data(), environment_pointers.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawn_error != 0) {
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
      if (fd >= 0) close(fd);
    // As a shell reports a program it cannot start.
    return ProcessResult{127, "", std::string(args[0]) + ": " + std::strerror(spawn_error) + "\n"};
  }

  close(out_pipe[1]);
  close(err_pipe[1]);
  if (options.stdin_text) close(in_pipe[0]);

  ProcessResult result;
  std::string_view pending_input =
      options.stdin_text ? std::string_view(*options.stdin_text) : std::string_view();
  int input_fd = options.stdin_text ? in_pipe[1] : -1;
  if (input_fd >= 0 && pending_input.empty()) {
    close(input_fd);
    input_fd = -1;
  }
  if (input_fd >= 0) fcntl(input_fd, F_SETFL, O_NONBLOCK);
  // Ignore SIGPIPE here: the child may close its input early.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  struct sigaction previous {};
  sigaction(SIGPIPE, &ignore, &previous);

  bool out_open = true;
  bool err_open = true;
  char buffer[65536];
  while (out_open || err_open || input_fd >= 0) {
    std::vector<pollfd> fds;
    if (out_open) fds.push_back({out_pipe[0], POLLIN, 0});
    if (err_open) fds.push_back({err_pipe[0], POLLIN, 0});
    if (input_fd >= 0) fds.push_back({input_fd, POLLOUT, 0});
    if (poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      check(false, "poll");
    }
    for (const auto& entry : fds) {
      if (entry.revents == 0) continue;
      if (entry.fd == input_fd) {
        const ssize_t written = write(input_fd, pending_input.data(), pending_input.size());
        if (written > 0) pending_input.remove_prefix(static_cast<size_t>(written));
        if (written < 0 && errno != EAGAIN && errno != EINTR) pending_input = {};
        if (pending_input.empty()) {
          close(input_fd);
          input_fd = -1;
        }
        continue;
      }
      const ssize_t count = read(entry.fd, buffer, sizeof buffer);
      if (count > 0) {
        (entry.fd == out_pipe[0] ? result.out : result.err)
            .append(buffer, static_cast<size_t>(count));
      } else if (count == 0 || (errno != EINTR && errno != EAGAIN)) {
        if (entry.fd == out_pipe[0])
          out_open = false;
        else
          err_open = false;
      }
    }
  }
  sigaction(SIGPIPE, &previous, nullptr);
  close(out_pipe[0]);
  close(err_pipe[0]);

  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

ProcessResult run_crmroi(const std::vector<std::string>& args, const ProcessOptions& options) {
  std::vector<std::string> argv{CRMROI_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, options);
}

ProcessResult run_crmroi_in_source(const std::vector<std::string>& args, ProcessOptions options) {
  options.working_directory = source_path("");
  return run_crmroi(args, options);
}

std::string source_path(const std::string& relative) {
  return std::string(CRMROI_SOURCE_DIR) + "/" + relative;
}

std::string temporary_directory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "crmroi-test-XXXXXX").string();
  check(mkdtemp(pattern.data()) != nullptr, "mkdtemp");
  directories_to_remove().emplace_back(pattern);
  return pattern;
}

const std::string& scratch_directory() {
  static const std::string directory = temporary_directory();
  return directory;
}

std::string scratch_file(const std::string& name, const std::string& content) {
  const std::string path = scratch_directory() + "/" + name;
  write_file(path, content);
  return path;
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream file(path, std::ios::binary);
  file << content;
  if (!file) throw std::runtime_error("cannot write " + path);
}

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::string without_warnings(const std::string& err) {
  std::string kept;
  std::size_t start = 0;
  while (start < err.size()) {
    std::size_t end = err.find('\n', start);
    end = end == std::string::npos ? err.size() : end + 1;
    const std::string_view line(err.data() + start, end - start);
    if (line.rfind("crmroi: warning: ", 0) != 0) kept.append(line);
    start = end;
  }
  return kept;
}

bool running_in_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string_view(ci) == "true";
}

}  // namespace crmroi::test
