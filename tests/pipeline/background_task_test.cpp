#include "pipeline/background_task.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "extractors/page_workers.hpp"

namespace idm {

TEST_CASE("background task: runs on a thread of its own, and wait() sees its work done") {
  const std::thread::id caller = std::this_thread::get_id();
  std::thread::id ran_on;
  int result = 0;
  BackgroundTask task(true, [&] {
    ran_on = std::this_thread::get_id();
    result = 42;
  });
  task.wait();
  CHECK(result == 42);
  CHECK(ran_on != caller);
}

TEST_CASE("background task: without a thread it runs at once on the caller's") {
  const std::thread::id caller = std::this_thread::get_id();
  std::thread::id ran_on;
  BackgroundTask task(false, [&] { ran_on = std::this_thread::get_id(); });
  CHECK(ran_on == caller);  // done before wait()
  task.wait();
}

TEST_CASE("background task: its exception comes out of wait(), once, either way") {
  for (const bool on_thread : {true, false}) {
    BackgroundTask task(on_thread, [] { throw std::runtime_error("disk full"); });
    CHECK_THROWS_WITH_AS(task.wait(), "disk full", std::runtime_error);
    CHECK_NOTHROW(task.wait());
  }
}

TEST_CASE("background task: destroyed without wait(), it is still joined") {
  std::atomic<bool> done{false};
  {
    BackgroundTask task(true, [&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      done = true;
    });
  }
  CHECK(done);
}

TEST_CASE("for_each_index: every index once, whatever the number of threads") {
  for (const unsigned threads : {0u, 1u, 2u, 4u}) {
    for (const size_t count : {size_t{0}, size_t{1}, size_t{7}, size_t{100}}) {
      std::vector<std::atomic<int>> seen(count);
      for_each_index(count, threads, [&](size_t k) { ++seen[k]; });
      for (size_t k = 0; k < count; ++k)
        CHECK_MESSAGE(seen[k] == 1, "threads ", threads, " count ", count, " index ", k);
    }
  }
}

TEST_CASE("for_each_index: an exception comes out after the other threads are done") {
  std::atomic<int> done{0};
  CHECK_THROWS_WITH_AS(for_each_index(50, 2,
                                      [&](size_t k) {
                                        if (k == 3) throw std::runtime_error("bad index");
                                        ++done;
                                      }),
                       "bad index", std::runtime_error);
  CHECK(done == 49);  // the other thread took the rest
}

}  // namespace idm
