#include "countries.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>
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

std::string_view country_code_of(std::string_view name) {
  // The code of the first row of folded_names() with that folded name, by a hash lookup
  // instead of a pass over every row.
  static const auto kByName = [] {
    std::unordered_map<std::string_view, std::string_view> by_name;
    for (const FoldedName& n : folded_names())
      by_name.emplace(n.folded, n.code);  // the first row of a name stays
    return by_name;
  }();
  std::string folded = without_hyphens(fold_for_matching(name));
  while (!folded.empty() && (folded.back() == ' ' || folded.back() == '.'))
    folded.pop_back();
  const auto it = kByName.find(folded);
  return it == kByName.end() ? std::string_view() : it->second;
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
