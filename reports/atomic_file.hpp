#pragma once
// Outputs appear whole or not at all: written to a temporary file beside the target, then
// renamed over it, so an interrupted run never leaves half a file nor loses the last good one.
// A run killed between the two steps leaves the temporary file (".NAME.tmp.PID"); the next
// run into the folder removes it (remove_leftover_temporaries).

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace idm {

/// Writes |content| to |path| atomically. Throws std::runtime_error saying the system's reason
/// ("cannot write PATH: No space left on device (ENOSPC)"); |path| is untouched then.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Lets |produce| write a temporary file (its argument), then renames it to |path|. On an
/// exception the temporary file is removed and |path| is untouched.
void produce_file_atomically(const std::filesystem::path& path,
                             const std::function<void(const std::filesystem::path&)>& produce);

/// True for the name of a temporary file of the functions above (".NAME.tmp.DIGITS").
bool is_temporary_name(std::string_view filename);

/// Removes the temporary files (is_temporary_name) directly in |dir| and, when |depth| > 0,
/// in its sub-folders down to |depth| levels. Only for a folder no other process writes into
/// (a run holds the output folder's lock). Returns how many were removed.
int remove_leftover_temporaries(const std::filesystem::path& dir, int depth);

/// "No space left on device (ENOSPC)": strerror and the errno's name.
std::string system_reason(int error);

}  // namespace idm
