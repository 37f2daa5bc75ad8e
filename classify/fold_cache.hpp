#pragma once
// fold_for_matching of whole texts, worked out once per text for the classification stage:
// the language guess, the programme reader and the findings reader fold the same blocks, and
// folding a block of prose (accents, quotes, compatibility forms) costs far more than looking
// it up.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace idm {

class FoldCache {
 public:
  /// fold_for_matching(text): folded the first time this text is asked for, looked up after.
  /// The reference stays valid as long as the cache.
  const std::string& fold(std::string_view text);

  /// Texts folded so far.
  size_t size() const { return folded_.size(); }

 private:
  // Transparent: a string_view finds its text without being copied first.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> folded_;
};

}  // namespace idm
