#include "document_id.hpp"

#include <filesystem>

#include "extractors/unicode_text.hpp"

namespace idm {

std::string document_id_from_path(const std::string& path) {
  const std::string stem = std::filesystem::path(path).stem().string();
  // Letters that do not decompose into ASCII are spelled out first.
  std::string spelled;
  for (size_t i = 0; i < stem.size(); ++i) {
    const std::string_view rest = std::string_view(stem).substr(i);
    if (rest.starts_with("\u0153") || rest.starts_with("\u0152")) {
      spelled += "oe";
      ++i;
    } else if (rest.starts_with("\u00e6") || rest.starts_with("\u00c6")) {
      spelled += "ae";
      ++i;
    } else if (rest.starts_with("\u00df")) {
      spelled += "ss";
      ++i;
    } else {
      spelled += stem[i];
    }
  }
  const std::string folded = fold_for_matching(spelled);
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
