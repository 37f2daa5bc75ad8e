#include "page_workers.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace idm {

unsigned threads_for_pages(size_t pages, unsigned workers, int min_pages) {
  const auto threshold = static_cast<size_t>(std::max(min_pages, 2));
  if (pages < threshold) return 1;
  return static_cast<unsigned>(std::min<size_t>(std::max(workers, 1u), pages));
}

void for_each_index(size_t count, unsigned threads, const std::function<void(size_t)>& work) {
  std::atomic<size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  const auto take = [&] {
    try {
      for (size_t k; (k = next++) < count;)
        work(k);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  const size_t helpers = std::min<size_t>(threads > 0 ? threads - 1 : 0, count > 0 ? count - 1 : 0);
  std::vector<std::thread> others;
  others.reserve(helpers);
  for (size_t h = 0; h < helpers; ++h) {
    try {
      others.emplace_back(take);
    } catch (const std::system_error&) {
      break;  // no thread to be had (a process limit): the threads there are do the work
    }
  }
  take();
  for (std::thread& other : others)
    other.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace idm
