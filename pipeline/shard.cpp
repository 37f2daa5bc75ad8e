#include "shard.hpp"

#include <charconv>
#include <cstdint>

#include "pipeline/document_id.hpp"

namespace idm {
namespace {

constexpr int kMaxShards = 100000;

bool parse_positive(std::string_view text, int& value) {
  if (text.empty() || text.size() > 6) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  int parsed = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (error != std::errc() || end != text.data() + text.size() || parsed < 1) return false;
  value = parsed;
  return true;
}

// FNV-1a, 64 bits: fixed by its definition, unlike std::hash, so every machine and every
// build agrees.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

}  // namespace

bool parse_shard(std::string_view text, Shard& shard) {
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  int index = 0, count = 0;
  if (!parse_positive(text.substr(0, slash), index) ||
      !parse_positive(text.substr(slash + 1), count))
    return false;
  if (count > kMaxShards || index > count) return false;
  shard = Shard{index, count};
  return true;
}

std::string to_string(const Shard& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

int shard_of(const std::string& path, int count) {
  if (count <= 1) return 1;
  return static_cast<int>(fnv1a(document_id_from_path(path)) % static_cast<std::uint64_t>(count)) +
         1;
}

std::vector<std::string> select_shard(const std::vector<std::string>& sorted_inputs,
                                      const Shard& shard) {
  std::vector<std::string> out;
  for (const std::string& path : sorted_inputs) {
    if (shard_of(path, shard.count) == shard.index) out.push_back(path);
  }
  return out;
}

}  // namespace idm
