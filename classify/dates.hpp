#pragma once
// Calendar dates and date ranges in running text, in the month names of every language table
// ("26-27 mars 2018", "April 18–19, 2017", "18 y 19 de abril de 2032", "lundi 11 octobre").

#include <string>
#include <string_view>
#include <vector>

namespace idm {

struct DateRange {
  std::string start, end;  // YYYY-MM-DD; end == start for one day
  size_t position = 0;     // where the date starts in the folded text (fold_for_matching)
  size_t length = 0;       // and how many bytes of it it covers
};

/// Every date or date range in |text|, in order: a day, or days joined by a range joiner
/// ("et", "and", "y", "au", "to", "-"), with a month name of any language table, before
/// ("14 April") or after the days ("April 14"), then an optional year; ranges may cross a
/// month ("30 septembre au 1er octobre 2018") or a year. A date without a year takes
/// |default_year|, or is skipped when it is 0. A month and a year alone ("December 2031") are
/// not a date. Positions are in fold_for_matching(text) (|text| may be folded already).
std::vector<DateRange> find_dates(std::string_view text, int default_year = 0);

}  // namespace idm
