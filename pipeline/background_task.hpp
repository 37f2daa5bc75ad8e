#pragma once
// A piece of work that may run beside the caller's: on a thread of its own, or at once on the
// caller's when there is no second core to give it. Either way wait() is where its exception
// comes out, so the caller's code reads the same in both cases.

#include <exception>
#include <functional>
#include <thread>

namespace idm {

class BackgroundTask {
 public:
  /// Starts |task| on a new thread when |on_thread|, else runs it to its end here.
  BackgroundTask(bool on_thread, std::function<void()> task);
  /// Joins the thread if wait() was not called (an exception on the caller's side), so that
  /// the task never outlives the data it uses; its own exception is then dropped.
  ~BackgroundTask();
  BackgroundTask(const BackgroundTask&) = delete;
  BackgroundTask& operator=(const BackgroundTask&) = delete;

  /// Waits for the task to end and rethrows what it threw.
  void wait();

 private:
  std::function<void()> task_;
  std::exception_ptr error_;
  std::thread thread_;
};

}  // namespace idm
