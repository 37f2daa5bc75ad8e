#pragma once
// The common-word lists of the quality check, one file per language (common_*.cpp). Entries
// are folded (fold_for_matching), letters only, sorted.

#include "classify/language_table.hpp"

namespace idm::languages {
extern const Cues kCommonFrench;
extern const Cues kCommonEnglish;
extern const Cues kCommonSpanish;
}  // namespace idm::languages
