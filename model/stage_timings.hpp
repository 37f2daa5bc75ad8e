#pragma once
// Where a run spends its time, stage by stage (read, layout, classify, each report), for
// `--timings` / IDM_TIMINGS=1 and bench/run-bench. Off by default: a disabled scope costs one
// branch. Times of the documents' child processes are sent back with their results and added
// to the parent's.

#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <string>

namespace idm::timings {

struct Stage {
  double wall = 0;  // seconds
  double cpu = 0;   // CPU seconds of the whole process while it ran (user + system): the page
                    // workers count, and so does a report written beside it on another thread
  long count = 0;
};

inline bool& enabled_flag() {
  static bool flag = [] {
    const char* value = std::getenv("IDM_TIMINGS");
    return value && *value && std::string(value) != "0";
  }();
  return flag;
}

inline bool enabled() {
  return enabled_flag();
}
inline void enable() {
  enabled_flag() = true;
}

/// Stages by name, in name order.
inline std::map<std::string, Stage>& table() {
  static std::map<std::string, Stage> stages;
  return stages;
}

/// Forgets every stage (a forked child starts from zero).
inline void reset() {
  table().clear();
}

inline double clock_seconds(clockid_t clock) {
  timespec ts{};
  ::clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// The parent writes some reports on a second thread (pipeline/run_outputs.cpp).
inline std::mutex& table_mutex() {
  static std::mutex mutex;
  return mutex;
}

inline void add(const std::string& name, double wall, double cpu, long count = 1) {
  const std::lock_guard<std::mutex> lock(table_mutex());
  Stage& stage = table()[name];
  stage.wall += wall;
  stage.cpu += cpu;
  stage.count += count;
}

/// Adds the time from its construction to its destruction to stage |name| when enabled.
class Scope {
 public:
  explicit Scope(const char* name) : name_(enabled() ? name : nullptr) {
    if (name_) {
      wall0_ = clock_seconds(CLOCK_MONOTONIC);
      cpu0_ = clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
    }
  }
  ~Scope() {
    if (name_) {
      add(name_, clock_seconds(CLOCK_MONOTONIC) - wall0_,
          clock_seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0_);
    }
  }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  const char* name_;
  double wall0_ = 0;
  double cpu0_ = 0;
};

/// "name\twall cpu count\n" per stage: what a child sends back.
inline std::string encode() {
  std::string out;
  char line[64];
  for (const auto& [name, stage] : table()) {
    std::snprintf(line, sizeof line, "\t%.6f %.6f %ld\n", stage.wall, stage.cpu, stage.count);
    out += name;
    out += line;
  }
  return out;
}

/// Adds the stages of encode()'s |text| to this process's.
inline void merge(const std::string& text) {
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(at, end - at);
    at = end + 1;
    const size_t space = line.find('\t');
    if (space == std::string::npos) continue;
    double wall = 0, cpu = 0;
    long count = 0;
    if (std::sscanf(line.c_str() + space, "%lf %lf %ld", &wall, &cpu, &count) == 3)
      add(line.substr(0, space), wall, cpu, count);
  }
}

}  // namespace idm::timings
