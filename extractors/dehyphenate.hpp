#pragma once
// Joining lines into running text, undoing end-of-line hyphenation where the document's own
// vocabulary shows the joined word ("mi-" + "grations" -> "migrations") and keeping real
// compound hyphens ("socio-" + "économique" when "socio-économique" is printed elsewhere).

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lines.hpp"

namespace idm {

class Vocabulary {
 public:
  /// Counts the words of |line| (whole words only: a word broken at the line end is not one).
  void add_line(std::string_view line);
  /// How often |word| (compared folded) appears whole in the document.
  int count(std::string_view word) const;
  /// Appends to |out| the words add_line would count in |line|, folded: lines may be read
  /// side by side, and their words counted after.
  static void words_of(std::string_view line, std::vector<std::string>& out);
  /// Counts words from words_of, moving them out of |words|.
  void add_words(std::vector<std::string>& words);

 private:
  std::unordered_map<std::string, int> counts_;
};

/// Joins |lines| with spaces, mending words broken at line ends.
std::string join_lines(const std::vector<Line>& lines, const Vocabulary& vocabulary);

/// Appends |after| to |out| the way join_lines joins two lines.
void append_joined(std::string& out, std::string_view after, const Vocabulary& vocabulary);

/// Joins two pieces of text the way join_lines joins two lines.
std::string join_text(std::string_view before, std::string_view after,
                      const Vocabulary& vocabulary);

}  // namespace idm
