#pragma once
// Outputs appear whole or not at all: written to a temporary file beside the target, then
// renamed over it, so an interrupted run never leaves half a file nor loses the last good one.

#include <filesystem>
#include <functional>
#include <string_view>

namespace idm {

/// Writes |content| to |path| atomically. Throws std::runtime_error on failure.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Lets |produce| write a temporary file (its argument), then renames it to |path|. On an
/// exception the temporary file is removed and |path| is untouched.
void produce_file_atomically(const std::filesystem::path& path,
                             const std::function<void(const std::filesystem::path&)>& produce);

}  // namespace idm
