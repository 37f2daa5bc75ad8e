#include "cache_prune.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "reports/atomic_file.hpp"

namespace idm {
namespace fs = std::filesystem;
namespace {

bool is_hex(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// "ab" / "ab<62 more hex>.json": what ResultCache::path_for names.
bool is_entry(const std::string& folder, const std::string& name) {
  return name.size() == 64 + 5 && name.ends_with(".json") && is_hex(name.substr(0, 64)) &&
         name.compare(0, 2, folder) == 0;
}

bool is_shard_folder(const std::string& name) {
  return name.size() == 2 && is_hex(name);
}

struct Entry {
  fs::path path;
  fs::file_time_type modified;
  std::uint64_t bytes = 0;
};

// Every entry of the cache, and (separately) its leftover temporary files.
std::vector<Entry> list_entries(const fs::path& dir, std::vector<Entry>* temporaries) {
  std::vector<Entry> entries;
  std::error_code ec;
  for (const auto& folder : fs::directory_iterator(dir, ec)) {
    std::error_code type_ec;
    const std::string folder_name = folder.path().filename().string();
    if (folder.is_symlink(type_ec) || !folder.is_directory(type_ec) ||
        !is_shard_folder(folder_name)) {
      continue;
    }
    for (const auto& file : fs::directory_iterator(folder.path(), type_ec)) {
      std::error_code file_ec;
      if (!file.is_regular_file(file_ec) || file.is_symlink(file_ec)) continue;
      const std::string name = file.path().filename().string();
      Entry entry{file.path(), file.last_write_time(file_ec), file.file_size(file_ec)};
      if (file_ec) continue;
      if (is_entry(folder_name, name)) {
        entries.push_back(std::move(entry));
      } else if (temporaries && is_temporary_name(name)) {
        temporaries->push_back(std::move(entry));
      }
    }
  }
  return entries;
}

}  // namespace

CacheUsage measure_cache(const fs::path& dir) {
  CacheUsage usage;
  for (const Entry& entry : list_entries(dir, nullptr)) {
    ++usage.entries;
    usage.bytes += entry.bytes;
  }
  return usage;
}

CachePruneResult prune_cache(const fs::path& dir, const CachePruneOptions& options) {
  CachePruneResult result;
  std::vector<Entry> temporaries;
  std::vector<Entry> entries = list_entries(dir, &temporaries);
  const auto now = fs::file_time_type::clock::now();
  std::error_code ec;
  // A temporary file younger than this may belong to a run writing right now.
  for (const Entry& tmp : temporaries) {
    if (now - tmp.modified > std::chrono::hours(1)) fs::remove(tmp.path, ec);
  }
  // Oldest first; ties by name so that the result does not depend on the listing's order.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.modified != b.modified ? a.modified < b.modified : a.path < b.path;
  });
  std::uint64_t total = 0;
  for (const Entry& entry : entries)
    total += entry.bytes;
  const auto remove = [&](const Entry& entry) {
    std::error_code remove_ec;
    if (!fs::remove(entry.path, remove_ec)) return false;
    ++result.removed.entries;
    result.removed.bytes += entry.bytes;
    total -= entry.bytes;
    return true;
  };
  std::vector<bool> gone(entries.size(), false);
  if (options.older_than_days) {
    const auto age = std::chrono::duration_cast<fs::file_time_type::duration>(
        std::chrono::duration<double, std::ratio<86400>>(*options.older_than_days));
    for (size_t i = 0; i < entries.size(); ++i) {
      if (now - entries[i].modified > age) gone[i] = remove(entries[i]);
    }
  }
  if (options.max_bytes) {
    for (size_t i = 0; i < entries.size() && total > *options.max_bytes; ++i) {
      if (!gone[i]) gone[i] = remove(entries[i]);
    }
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    if (gone[i]) continue;
    ++result.kept.entries;
    result.kept.bytes += entries[i].bytes;
  }
  // Sub-folders left empty (listed first: removing while listing may skip entries).
  std::vector<fs::path> folders;
  for (const auto& folder : fs::directory_iterator(dir, ec)) {
    std::error_code folder_ec;
    if (!folder.is_symlink(folder_ec) && folder.is_directory(folder_ec) &&
        is_shard_folder(folder.path().filename().string())) {
      folders.push_back(folder.path());
    }
  }
  for (const fs::path& folder : folders) {
    std::error_code folder_ec;
    if (fs::is_empty(folder, folder_ec)) fs::remove(folder, folder_ec);
  }
  return result;
}

void touch_cache_entry(const fs::path& path) {
  std::error_code ignored;
  fs::last_write_time(path, fs::file_time_type::clock::now(), ignored);
}

}  // namespace idm
