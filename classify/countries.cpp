#include "countries.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

struct CountryRow {
  std::string_view printed, code, language;
};

constexpr CountryRow kCountryRows[] = {
#include "countries_data.inc"
};

// Hyphens read as spaces: "République-Unie de Tanzanie" is printed with and without one.
// Same length, so offsets stay valid.
std::string without_hyphens(std::string text) {
  std::replace(text.begin(), text.end(), '-', ' ');
  return text;
}

struct FoldedName {
  std::string folded;
  std::string_view code;
};

// Folded once, longest first, so that "republique du congo" wins over "congo".
const std::vector<FoldedName>& folded_names() {
  static const std::vector<FoldedName> names = [] {
    std::vector<FoldedName> out;
    out.reserve(std::size(kCountryRows));
    for (const CountryRow& row : kCountryRows)
      out.push_back({without_hyphens(fold_for_matching(row.printed)), row.code});
    std::stable_sort(out.begin(), out.end(), [](const FoldedName& a, const FoldedName& b) {
      return a.folded.size() > b.folded.size();
    });
    return out;
  }();
  return names;
}

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

}  // namespace

void prepare_country_names() {
  (void)folded_names();
}

std::string_view country_code_of(std::string_view name) {
  std::string folded = without_hyphens(fold_for_matching(name));
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '.'))
    folded.pop_back();
  // The rows are sorted longest first: only those of the same length can match, and the
  // first of them that does is the first row that does.
  const std::vector<FoldedName>& names = folded_names();
  auto it =
      std::lower_bound(names.begin(), names.end(), folded.size(),
                       [](const FoldedName& n, size_t size) { return n.folded.size() > size; });
  for (; it != names.end() && it->folded.size() == folded.size(); ++it) {
    if (it->folded == folded) return it->code;
  }
  return {};
}

std::optional<CountryMention> trailing_country(std::string_view folded_text) {
  const std::string folded = without_hyphens(std::string(folded_text));
  size_t end = folded.size();
  while (end > 0 && (folded[end - 1] == ' ' || folded[end - 1] == '.' || folded[end - 1] == ')'))
    --end;
  const std::string_view text = std::string_view(folded).substr(0, end);
  for (const FoldedName& n : folded_names()) {
    if (n.folded.size() > text.size()) continue;
    const size_t begin = text.size() - n.folded.size();
    if (text.compare(begin, n.folded.size(), n.folded) != 0) continue;
    if (begin > 0 && is_word_byte(text[begin - 1])) continue;
    return CountryMention{begin, end, n.code};
  }
  return std::nullopt;
}

}  // namespace idm
