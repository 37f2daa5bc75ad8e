#pragma once
// The --cache folder's size, and `idmreport cache prune`: every build of the program keys its
// results anew (pipeline/cache.hpp), so without pruning the folder only grows.

#include <cstdint>
#include <filesystem>
#include <optional>

namespace idm {

struct CacheUsage {
  std::uint64_t entries = 0;
  std::uint64_t bytes = 0;
};

/// The entries of the cache in |dir| (DIR/<2 hex>/<64 hex>.json) and their bytes; zero when
/// |dir| does not exist.
CacheUsage measure_cache(const std::filesystem::path& dir);

struct CachePruneOptions {
  std::optional<std::uint64_t> max_bytes;  // remove the least recently used beyond this size
  std::optional<double> older_than_days;   // remove entries not used for this long
};

struct CachePruneResult {
  CacheUsage removed;
  CacheUsage kept;
};

/// Removes cache entries by age (modification time: a run that uses an entry touches it) and
/// then, oldest first, until the rest fits |options.max_bytes|; also temporary files of
/// interrupted writes older than an hour and sub-folders left empty. Only names a cache
/// writes are touched: a mistyped folder loses nothing else. Safe while runs use the cache
/// (an entry removed under a reader is a miss).
CachePruneResult prune_cache(const std::filesystem::path& dir, const CachePruneOptions& options);

/// Marks the entry at |path| as used now (for prune_cache's ages). Errors are ignored.
void touch_cache_entry(const std::filesystem::path& path);

}  // namespace idm
