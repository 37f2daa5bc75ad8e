#include "pipeline/background_task.hpp"

#include <system_error>
#include <utility>

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

}  // namespace idm
