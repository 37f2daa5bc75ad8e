#pragma once
// Where a programme's days begin: a day heading that counts ("Première journée", "Day 2 –
// Tuesday, 14 April", "Segundo día") or one that is only a date ("Wednesday, 24 April",
// "jeudi 25 mars", "Viernes, 7 de abril").

#include <string>
#include <string_view>

#include "classify/language_table.hpp"

namespace idm {

/// The day number a day heading gives, or 0 when |folded| (fold_for_matching) is not one: the
/// table's day word followed by a number, or with an ordinal of the table.
int day_number(const std::string& folded, const LanguageTable& language);

/// The date (YYYY-MM-DD) of a line that is one calendar day and nothing else but weekday
/// names, short connecting words and punctuation; an empty string otherwise (a venue and date
/// line, a range of days, prose). A date without its year takes |default_year|.
std::string date_only_day(std::string_view text, int default_year);

}  // namespace idm
