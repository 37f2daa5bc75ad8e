#pragma once
// The whole of a file's bytes, for tests that compare what was written or read.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace idm::test {

/// The bytes of |path|; empty when it cannot be opened.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace idm::test
