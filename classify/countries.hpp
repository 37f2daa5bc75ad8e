#pragma once
// Country names in English, French and Spanish with their ISO 3166-1 alpha-2 codes, from
// Debian's iso-codes (generated at build time by countries/make_countries.py), so that a
// speaker's country is recognised by a maintained list rather than by words in the code.

#include <optional>
#include <string_view>

namespace idm {

struct CountryMention {
  size_t begin = 0, end = 0;  // in the folded text given
  std::string_view code;      // ISO 3166-1 alpha-2
};

/// The ISO code of |name| when it is a country's name in any of the three languages (folded
/// comparison, whole name), else an empty view.
std::string_view country_code_of(std::string_view name);

/// The country named at the very end of |folded| (fold_for_matching text), as a whole word
/// run: "ministere de l'interieur, libye" -> libye. Longest name wins.
std::optional<CountryMention> trailing_country(std::string_view folded);

/// Folds the country names now rather than at the first lookup (about half a millisecond).
void prepare_country_names();

}  // namespace idm
