#pragma once
// A fresh temporary folder for one test, removed with everything in it at the end.

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace idm::test {

struct TempDir {
  std::filesystem::path path;

  /// |prefix| names the test in the folder's name ("idm-run-test-XXXXXX").
  explicit TempDir(const std::string& prefix = "idm-test") {
    std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace idm::test
