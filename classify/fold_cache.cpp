#include "fold_cache.hpp"

#include "extractors/unicode_text.hpp"

namespace idm {

const std::string& FoldCache::fold(std::string_view text) {
  auto it = folded_.find(text);
  if (it == folded_.end()) it = folded_.emplace(std::string(text), fold_for_matching(text)).first;
  return it->second;
}

}  // namespace idm
