#include "isolation.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <new>
#include <set>

#include "extractors/extract_error.hpp"
#include "model/record_wire.hpp"
#include "model/stage_timings.hpp"
#include "pipeline/printable.hpp"
#include "pipeline/start_order.hpp"

// Under AddressSanitizer the address space holds terabytes of shadow memory: RLIMIT_AS would
// make every allocation of the child fail, so the memory limit is not applied there.
#if defined(__SANITIZE_ADDRESS__)
#define IDM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define IDM_ASAN 1
#endif
#endif

namespace idm {
namespace {

using Clock = std::chrono::steady_clock;

#ifdef IDM_ASAN
constexpr bool kMemoryLimitWorks = false;
#else
constexpr bool kMemoryLimitWorks = true;
#endif

DocumentResult failure(std::string kind, std::string error) {
  DocumentResult result;
  result.status = "failed";
  result.error_kind = std::move(kind);
  result.error = std::move(error);
  return result;
}

std::string out_of_memory_message(const IsolationLimits& limits) {
  if (limits.max_memory_bytes == 0) return "out of memory";
  return fmt::format("out of memory (limit {} MiB)", limits.max_memory_bytes >> 20);
}

// Errors go on one line of stderr, run.json and the workbook: no line breaks, no runs of
// blanks.
std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool blank = false;
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

// Poppler reports one problem several times ("damaged ... (Couldn't find trailer dictionary;
// Couldn't find trailer dictionary; ...)"): each "; "-separated part once.
std::string without_repeats(const std::string& text) {
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t end = text.find("; ", start);
    parts.push_back(text.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  if (parts.size() < 2) return text;
  std::set<std::string> seen;
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string key = parts[i];
    if (i == 0 && key.rfind(" (") != std::string::npos) key = key.substr(key.rfind(" (") + 2);
    const bool closes = i + 1 == parts.size() && key.ends_with(')');
    if (closes) key.pop_back();
    if (!seen.insert(key).second) {
      if (closes) out += ')';
      continue;
    }
    if (i > 0) out += "; ";
    out += parts[i];
  }
  return out;
}

DocumentResult run_guarded(const ProcessFunction& process, const DocumentJob& job,
                           const IsolationLimits& limits) {
  try {
    return process(job);
  } catch (const std::bad_alloc&) {
    return failure("out_of_memory", out_of_memory_message(limits));
  } catch (const std::exception& e) {
    return failure("failed", std::string("internal error: ") + e.what());
  } catch (...) {
    return failure("failed", "internal error: unknown exception");
  }
}

// The child's answer on the pipe, in the record's compact binary form (model/record_wire.hpp:
// the record as documents/*.json would give it back, without building a JSON DOM at either
// end; CBOR through nlohmann::json was a twentieth of a one-document run).
std::string encode(const DocumentResult& result) {
  std::string bytes;
  bytes.reserve(result.status == "ok" ? 64 * 1024 : 256);
  wire::put_string(bytes, result.status);
  wire::put_string(bytes, result.error_kind);
  wire::put_string(bytes, result.error);
  wire::put_strings(bytes, result.warnings);
  const bool ok = result.status == "ok";
  wire::put_u32(bytes, ok ? 1 : 0);
  if (ok) wire::put_record(bytes, result.record);
  const bool timed = timings::enabled();
  wire::put_u32(bytes, timed ? 1 : 0);
  if (timed) wire::put_string(bytes, timings::encode());
  return bytes;
}

bool decode(const std::string& bytes, DocumentResult& result) {
  wire::Reader in(bytes);
  result.status = in.string();
  result.error_kind = in.string();
  result.error = in.string();
  result.warnings = in.strings();
  if (in.u32() != 0 && !wire::get_record(in, result.record)) return false;
  std::string stage_times;
  if (in.u32() != 0) stage_times = in.string();
  if (!in.ok() || !in.at_end()) return false;
  if (timings::enabled() && !stage_times.empty()) timings::merge(stage_times);
  return result.status == "ok" || result.status == "failed";
}

void write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

// What the child's fatal-signal handler needs, set before the limits apply.
int g_answer_fd = -1;
const std::string* g_out_of_memory_answer = nullptr;

// A library that cannot allocate often aborts (Poppler's gmalloc prints "Out of memory" and
// calls abort(); std::bad_alloc thrown through a noexcept frame ends in std::terminate) or
// dereferences the null pointer. malloc's failure leaves errno at ENOMEM, and nothing between
// it and the signal resets errno: then the answer is "out of memory", not "crashed".
extern "C" void on_fatal_signal(int sig) {
  const int error = errno;
  if (error == ENOMEM && g_out_of_memory_answer && g_answer_fd >= 0) {
    const std::string& answer = *g_out_of_memory_answer;
    size_t done = 0;
    while (done < answer.size()) {
      const ssize_t n = ::write(g_answer_fd, answer.data() + done, answer.size() - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    ::_exit(0);
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void set_limit(int resource, rlim_t soft, rlim_t hard) {
  const rlimit limit{soft, hard};
  ::setrlimit(resource, &limit);
}

[[noreturn]] void child_main(int fd, pid_t parent, const ProcessFunction& process,
                             const DocumentJob& job, const IsolationLimits& limits) {
#ifdef __linux__
  // A killed parent takes its children with it (a hanging Poppler would otherwise go on).
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(1);
#else
  (void)parent;
#endif
  // Die of a crash the plain way, whatever handlers the parent set (a test framework's), so
  // that the parent sees the signal.
  for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGPIPE, SIGXCPU})
    ::signal(sig, SIG_DFL);
  timings::reset();  // the parent's stages are the parent's
  // A crash of Poppler is reported, not dumped: no core files in the user's folder.
  set_limit(RLIMIT_CORE, 0, 0);
  if (limits.cpu_seconds > 0) {
    // SIGXCPU at the soft limit; SIGKILL one second later if something caught it.
    const auto seconds = static_cast<rlim_t>(std::ceil(limits.cpu_seconds));
    set_limit(RLIMIT_CPU, seconds, seconds + 1);
  }
  // Prepared before the limit: after an exhaustion there may be no memory left to encode.
  const std::string out_of_memory = encode(failure("out_of_memory", out_of_memory_message(limits)));
  if (limits.max_memory_bytes > 0 && kMemoryLimitWorks) {
    g_answer_fd = fd;
    g_out_of_memory_answer = &out_of_memory;
    // Its own stack: a handler entered because memory ran out must not need more of it.
    static char alternate_stack[64 << 10];
    const stack_t stack{alternate_stack, 0, sizeof alternate_stack};
    ::sigaltstack(&stack, nullptr);
    struct sigaction action {};
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    for (const int sig : {SIGSEGV, SIGBUS, SIGABRT})
      ::sigaction(sig, &action, nullptr);
    const auto bytes = static_cast<rlim_t>(limits.max_memory_bytes);
    set_limit(RLIMIT_AS, bytes, bytes);
  }
  try {
    write_all(fd, encode(run_guarded(process, job, limits)));
  } catch (...) {  // std::bad_alloc while encoding
    write_all(fd, out_of_memory);
  }
  // The answer is whole: the parent reads its end of file now, not after the kernel has torn
  // down this process's memory (a millisecond for a large document).
  ::close(fd);
  ::_exit(0);  // no atexit handlers, no flushing of the parent's stdio buffers
}

struct Child {
  size_t index = 0;
  pid_t pid = -1;
  int fd = -1;
  Clock::time_point started;
  std::string data;
  bool done = false;
};

double cpu_seconds_of(const rusage& usage) {
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

DocumentResult cpu_timeout(const IsolationLimits& limits) {
  return failure("timeout", cpu_timeout_message(limits.cpu_seconds));
}

// Why a child that gave no readable answer stopped.
DocumentResult failure_of(int status, const rusage& usage, const IsolationLimits& limits) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    // SIGXCPU at RLIMIT_CPU's soft limit, SIGKILL at its hard limit.
    if (limits.cpu_seconds > 0 &&
        (sig == SIGXCPU || (sig == SIGKILL && cpu_seconds_of(usage) >= limits.cpu_seconds))) {
      return cpu_timeout(limits);
    }
    // A child stopped by its address-space limit usually dies in malloc's caller (SIGSEGV)
    // or in an allocator that aborts (Poppler's gmalloc): near the limit, call it that.
    const bool near_limit =
        limits.max_memory_bytes > 0 &&
        static_cast<std::uint64_t>(usage.ru_maxrss) * 1024 >= limits.max_memory_bytes / 2;
    if (near_limit && (sig == SIGSEGV || sig == SIGABRT || sig == SIGBUS)) {
      return failure("out_of_memory", out_of_memory_message(limits));
    }
    const char* name = ::strsignal(sig);
    return failure("crashed",
                   fmt::format("crashed with signal {} ({})", sig, name ? name : "unknown signal"));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
    return failure("crashed", fmt::format("stopped with exit status {} before giving a result",
                                          WEXITSTATUS(status)));
  }
  return failure("crashed", "stopped without giving a result");
}

rusage wait_for(pid_t pid, int& status) {
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  return usage;
}

std::vector<DocumentResult> process_in_process(const std::vector<DocumentJob>& jobs,
                                               const ProcessFunction& process,
                                               const IsolationLimits& limits,
                                               const DoneFunction& on_done) {
  std::vector<DocumentResult> results(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    const auto t0 = Clock::now();
    results[i] = run_guarded(process, jobs[i], limits);
    results[i].error = clean_message(results[i].error);
    results[i].seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    if (on_done) on_done(i, results[i]);
  }
  return results;
}

}  // namespace

DocumentResult process_one_document(const DocumentJob& job, const ProcessOptions& options) {
  DocumentResult result;
  try {
    std::vector<std::string> warnings;
    result.record = process_document(job.path, options, &warnings);
    result.record.id = job.id;
    result.warnings = std::move(warnings);
    result.status = "ok";
  } catch (const ExtractError& e) {
    result = failure(to_string(e.kind()), e.detail());
  }
  return result;
}

std::vector<DocumentResult> process_documents(const std::vector<DocumentJob>& jobs,
                                              const ProcessOptions& options,
                                              const IsolationLimits& limits,
                                              const DoneFunction& on_done) {
  return process_documents(
      jobs, [&options](const DocumentJob& job) { return process_one_document(job, options); },
      limits, on_done);
}

std::vector<DocumentResult> process_documents(const std::vector<DocumentJob>& jobs,
                                              const ProcessFunction& process,
                                              const IsolationLimits& limits,
                                              const DoneFunction& on_done) {
  if (!limits.isolate) return process_in_process(jobs, process, limits, on_done);

  std::vector<DocumentResult> results(jobs.size());
  const size_t width = std::max(1u, limits.jobs);
  const bool timed = limits.timeout_seconds > 0;
  const auto timeout = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(timed ? limits.timeout_seconds : 0));
  std::vector<Child> running;
  // |next| counts documents started; |order| says which: the largest first (start_order.hpp).
  std::vector<std::string> paths;
  paths.reserve(jobs.size());
  for (const DocumentJob& job : jobs)
    paths.push_back(job.path);
  const std::vector<size_t> order = largest_first(paths);
  size_t next = 0;

  auto finish = [&](Child& child, DocumentResult result) {
    result.error = clean_message(result.error);
    result.seconds = std::chrono::duration<double>(Clock::now() - child.started).count();
    results[child.index] = std::move(result);
    child.done = true;
    if (on_done) on_done(child.index, results[child.index]);
  };
  // Children that answered and are still exiting: reaped without waiting when they are gone,
  // and all of them before returning.
  std::vector<pid_t> exiting;
  const auto reap_exited = [&exiting] {
    std::erase_if(exiting, [](pid_t pid) {
      int status = 0;
      const pid_t done = ::waitpid(pid, &status, WNOHANG);
      return done == pid || (done < 0 && errno != EINTR);
    });
  };
  // The child closed its end: it gave its answer, or died. A whole answer (the encoding says
  // where it ends) is taken at once, while the child exits; only without one does the exit
  // status say what happened.
  auto collect = [&](Child& child) {
    ::close(child.fd);
    DocumentResult result;
    bool answered = false;
    {
      const timings::Scope decoding("4 decode child result");
      answered = decode(child.data, result);
    }
    if (answered) {
      exiting.push_back(child.pid);
    } else {
      int status = 0;
      const rusage usage = wait_for(child.pid, status);
      result = failure_of(status, usage, limits);
    }
    finish(child, std::move(result));
  };

  while (next < jobs.size() || !running.empty()) {
    while (running.size() < width && next < jobs.size()) {
      Child child;
      child.index = order[next];
      int fds[2];
      if (::pipe2(fds, O_CLOEXEC) != 0) {
        if (!running.empty()) break;  // wait for a slot and try again
        child.started = Clock::now();
        finish(child, failure("failed",
                              fmt::format("could not start a process: {}", std::strerror(errno))));
        ++next;
        continue;
      }
      std::fflush(nullptr);
      const pid_t parent = ::getpid();
      child.started = Clock::now();
      const pid_t pid = ::fork();
      if (pid == 0) {
        ::close(fds[0]);
        for (const Child& other : running)
          ::close(other.fd);
        // Slots no other document will need go to this one's page readers (the last, all).
        const size_t left = jobs.size() - next;
        set_document_threads(static_cast<unsigned>(
            left == 1 ? width : std::max<size_t>(1, (width - running.size()) / left)));
        child_main(fds[1], parent, process, jobs[child.index], limits);
      }
      const int fork_error = errno;
      ::close(fds[1]);
      if (pid < 0) {
        ::close(fds[0]);
        if (!running.empty()) break;
        finish(child, failure("failed", fmt::format("could not start a process: {}",
                                                    std::strerror(fork_error))));
        ++next;
        continue;
      }
      child.pid = pid;
      child.fd = fds[0];
      running.push_back(std::move(child));
      ++next;
    }

    if (running.empty()) continue;
    // Wait for output, an end of file or the nearest deadline.
    int wait_ms = -1;
    if (timed) {
      Clock::time_point nearest = Clock::time_point::max();
      for (const Child& child : running)
        nearest = std::min(nearest, child.started + timeout);
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(nearest - Clock::now());
      wait_ms = static_cast<int>(std::clamp<std::int64_t>(left.count(), 0, 60'000));
    }
    std::vector<pollfd> polled;
    for (const Child& child : running)
      polled.push_back(pollfd{child.fd, POLLIN, 0});
    const int ready = ::poll(polled.data(), polled.size(), wait_ms);
    if (ready < 0 && errno != EINTR) {
      throw std::runtime_error(fmt::format("poll failed: {}", std::strerror(errno)));
    }
    for (size_t i = 0; ready > 0 && i < running.size(); ++i) {
      if (polled[i].revents == 0) continue;
      char buffer[1 << 16];
      const ssize_t n = ::read(running[i].fd, buffer, sizeof buffer);
      if (n > 0) {
        running[i].data.append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        collect(running[i]);
      }
    }
    if (timed) {
      const auto now = Clock::now();
      for (Child& child : running) {
        if (child.done || now < child.started + timeout) continue;
        ::kill(child.pid, SIGKILL);
        ::close(child.fd);
        int status = 0;
        const rusage usage = wait_for(child.pid, status);
        finish(child,
               failure("timeout", fmt::format("timed out: still running after {:g} s of "
                                              "wall-clock time (--wall-timeout), {:.1f} s "
                                              "of CPU time used",
                                              limits.timeout_seconds, cpu_seconds_of(usage))));
      }
    }
    running.erase(std::remove_if(running.begin(), running.end(),
                                 [](const Child& child) { return child.done; }),
                  running.end());
    reap_exited();
  }
  for (const pid_t pid : exiting) {
    int status = 0;
    wait_for(pid, status);
  }
  return results;
}

std::string cpu_timeout_message(double cpu_seconds) {
  return fmt::format("timed out: used its {:g} s of CPU time (--timeout)", cpu_seconds);
}

std::string clean_message(const std::string& text) {
  return printable(without_repeats(one_line(text)));
}

std::uint64_t usable_memory_bytes() {
  const long pages = ::sysconf(_SC_PHYS_PAGES);
  const long page_size = ::sysconf(_SC_PAGESIZE);
  std::uint64_t bytes = pages > 0 && page_size > 0 ? static_cast<std::uint64_t>(pages) *
                                                         static_cast<std::uint64_t>(page_size)
                                                   : 0;
  // A container (a CI runner) may have less than the machine: cgroup v2, then v1.
  for (const char* file :
       {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
    std::ifstream in(file);
    unsigned long long limit = 0;
    if (in >> limit && limit > 0 && (bytes == 0 || limit < bytes)) bytes = limit;
  }
  return bytes;
}

std::uint64_t default_memory_limit(unsigned jobs) {
  constexpr std::uint64_t kCap = 4ull << 30;
  const std::uint64_t total = usable_memory_bytes();
  if (total == 0) return kCap;
  const std::uint64_t share = total / std::max(1u, jobs);
  return std::min(kCap, share) >> 20 << 20;
}

bool parse_memory_size(std::string_view text, std::uint64_t& bytes) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
    ++digits;
  if (digits == 0 || digits > 15) return false;
  std::uint64_t value = 0;
  for (size_t i = 0; i < digits; ++i)
    value = value * 10 + static_cast<std::uint64_t>(text[i] - '0');
  std::string unit;
  for (const char c : text.substr(digits))
    unit += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (unit.size() == 3 && unit.ends_with("IB")) {
    unit.resize(1);  // GiB
  } else if (!unit.empty() && unit.back() == 'B') {
    unit.pop_back();  // GB, B
  }
  int shift = 0;
  if (unit == "K") {
    shift = 10;
  } else if (unit == "M") {
    shift = 20;
  } else if (unit == "G") {
    shift = 30;
  } else if (unit == "T") {
    shift = 40;
  } else if (!unit.empty()) {
    return false;
  }
  if (value > (std::numeric_limits<std::uint64_t>::max() >> shift)) return false;
  bytes = value << shift;
  return true;
}

}  // namespace idm
