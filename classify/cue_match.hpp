#pragma once
// Finding cue phrases of a language table in text. Text is folded first (fold_for_matching);
// a cue matches whole words only ("pause" does not match "pauses").

#include <string>
#include <string_view>

#include "classify/language_table.hpp"

namespace idm {

/// Position of the first whole-word occurrence of |cue| in |folded|, or npos.
size_t find_cue(std::string_view folded, std::string_view cue);

/// The first cue of |cues| found in |folded| (earliest position; longest cue on a tie), or
/// an empty view.
std::string_view first_cue(std::string_view folded, Cues cues, size_t* position = nullptr);

/// True when |folded| starts with one of |cues| (whole words).
bool starts_with_cue(std::string_view folded, Cues cues);

/// The same question over every language table's |field|: the first table whose cues match.
const LanguageTable* any_language_has(std::string_view folded, Cues LanguageTable::*field);

}  // namespace idm
