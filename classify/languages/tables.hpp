#pragma once
// The language tables compiled into idmreport (one file each in this folder).

#include "classify/language_table.hpp"

namespace idm::languages {
extern const LanguageTable kFrench;
extern const LanguageTable kEnglish;
extern const LanguageTable kSpanish;
}  // namespace idm::languages
