// prune_cache / measure_cache: the cache shrinks by age and size, touches nothing it did not
// write (issue: the cache only grew, every build keys its results anew).

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "pipeline/cache_prune.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-cache-prune-test") {}
};

// An entry of |bytes| bytes whose key starts with |digit| repeated, |days| old.
fs::path add_entry(const fs::path& dir, char digit, size_t bytes, double days) {
  const std::string key(64, digit);
  const fs::path path = dir / key.substr(0, 2) / (key + ".json");
  fs::create_directories(path.parent_path());
  std::ofstream(path) << std::string(bytes, 'x');
  const auto age = std::chrono::duration_cast<fs::file_time_type::duration>(
      std::chrono::duration<double, std::ratio<86400>>(days));
  fs::last_write_time(path, fs::file_time_type::clock::now() - age);
  return path;
}

}  // namespace

TEST_CASE("cache prune: by age, by size (oldest first), never a foreign file") {
  TempDir dir;
  const fs::path old1 = add_entry(dir.path, 'a', 100, 40);
  const fs::path old2 = add_entry(dir.path, 'b', 200, 20);
  const fs::path recent = add_entry(dir.path, 'c', 300, 1);
  const fs::path newest = add_entry(dir.path, 'd', 400, 0);
  std::ofstream(dir.path / "README.txt") << "mine";
  fs::create_directories(dir.path / "zz");
  std::ofstream(dir.path / "zz" / "notes.json") << "mine too";
  const fs::path stale_tmp = dir.path / "cc" / ("." + std::string(64, 'c') + ".json.tmp.99");
  std::ofstream(stale_tmp) << "half";
  fs::last_write_time(stale_tmp, fs::file_time_type::clock::now() - std::chrono::hours(2));

  CHECK(measure_cache(dir.path).entries == 4);
  CHECK(measure_cache(dir.path).bytes == 1000);

  CachePruneOptions by_age;
  by_age.older_than_days = 30;
  CachePruneResult result = prune_cache(dir.path, by_age);
  CHECK(result.removed.entries == 1);
  CHECK(result.removed.bytes == 100);
  CHECK(result.kept.entries == 3);
  CHECK(!fs::exists(old1));
  CHECK(!fs::exists(old1.parent_path()));  // left empty
  CHECK(!fs::exists(stale_tmp));

  CachePruneOptions by_size;
  by_size.max_bytes = 750;
  result = prune_cache(dir.path, by_size);
  CHECK(result.removed.entries == 1);  // the oldest (200) brings 900 down to 700
  CHECK(!fs::exists(old2));
  CHECK(fs::exists(recent));
  CHECK(fs::exists(newest));
  CHECK(result.kept.bytes == 700);

  by_size.max_bytes = 0;
  prune_cache(dir.path, by_size);
  CHECK(measure_cache(dir.path).entries == 0);
  CHECK(fs::exists(dir.path / "README.txt"));
  CHECK(fs::exists(dir.path / "zz" / "notes.json"));
}

TEST_CASE("cache prune: a used entry is young again") {
  TempDir dir;
  const fs::path entry = add_entry(dir.path, 'e', 10, 90);
  touch_cache_entry(entry);
  CachePruneOptions by_age;
  by_age.older_than_days = 30;
  CHECK(prune_cache(dir.path, by_age).removed.entries == 0);
  CHECK(measure_cache(dir.path / "missing").entries == 0);
}
