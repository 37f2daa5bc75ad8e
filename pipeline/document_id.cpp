#include "document_id.hpp"

#include <filesystem>

#include "extractors/unicode_text.hpp"

namespace idm {

std::string document_id_from_path(const std::string& path) {
  const std::string stem = std::filesystem::path(path).stem().string();
  const std::string folded = fold_for_matching(stem);
  std::string id;
  for (char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-')
    id.pop_back();
  return id.empty() ? "document" : id;
}

std::string claim_unique_id(const std::string& id, std::set<std::string>& taken) {
  std::string candidate = id;
  for (int n = 2; taken.count(candidate); ++n)
    candidate = id + "-" + std::to_string(n);
  taken.insert(candidate);
  return candidate;
}

}  // namespace idm
