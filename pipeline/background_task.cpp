#include "pipeline/background_task.hpp"

#include <algorithm>
#include <atomic>
#include <memory>
#include <system_error>
#include <utility>
#include <vector>

namespace idm {

BackgroundTask::BackgroundTask(bool on_thread, std::function<void()> task)
    : task_(std::move(task)) {
  const auto run = [this] {
    try {
      task_();
    } catch (...) {
      error_ = std::current_exception();
    }
  };
  if (on_thread) {
    try {
      thread_ = std::thread(run);
      return;
    } catch (const std::system_error&) {
      // No thread to be had (a process or memory limit): the work is done here instead.
    }
  }
  run();
}

BackgroundTask::~BackgroundTask() {
  if (thread_.joinable()) thread_.join();
}

void BackgroundTask::wait() {
  if (thread_.joinable()) thread_.join();
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

void for_each_index(size_t count, unsigned threads, const std::function<void(size_t)>& work) {
  std::atomic<size_t> next{0};
  const auto take = [&] {
    for (size_t k; (k = next++) < count;)
      work(k);
  };
  const size_t helpers = std::min<size_t>(threads > 0 ? threads - 1 : 0, count > 0 ? count - 1 : 0);
  std::vector<std::unique_ptr<BackgroundTask>> others;
  for (size_t h = 0; h < helpers; ++h)
    others.push_back(std::make_unique<BackgroundTask>(true, take));
  std::exception_ptr first;
  try {
    take();
  } catch (...) {
    first = std::current_exception();
  }
  for (const auto& other : others) {
    try {
      other->wait();
    } catch (...) {
      if (!first) first = std::current_exception();
    }
  }
  if (first) std::rethrow_exception(first);
}

}  // namespace idm
