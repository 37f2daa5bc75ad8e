#include "pipeline/start_order.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <numeric>
#include <system_error>

namespace idm {

std::vector<size_t> largest_first(const std::vector<std::string>& paths) {
  std::vector<std::uintmax_t> sizes(paths.size(), 0);
  for (size_t i = 0; i < paths.size(); ++i) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(paths[i], error);
    if (!error) sizes[i] = size;
  }
  std::vector<size_t> order(paths.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
  return order;
}

}  // namespace idm
