// largest_first: the order a batch starts its documents in.

#include "pipeline/start_order.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string file_of_size(const fs::path& folder, const std::string& name, size_t bytes) {
  const fs::path path = folder / name;
  std::ofstream(path, std::ios::binary) << std::string(bytes, 'x');
  return path.string();
}

}  // namespace

TEST_CASE("largest_first starts the biggest files first and keeps ties in input order") {
  const fs::path folder =
      fs::temp_directory_path() / ("idm-start-order-" + std::to_string(::getpid()));
  fs::create_directories(folder);
  const std::vector<std::string> paths = {
      file_of_size(folder, "a", 10), file_of_size(folder, "b", 300), (folder / "missing").string(),
      file_of_size(folder, "c", 10), file_of_size(folder, "d", 50),
  };
  CHECK(idm::largest_first(paths) == std::vector<size_t>{1, 4, 0, 3, 2});
  CHECK(idm::largest_first({}).empty());
  fs::remove_all(folder);
}
