#pragma once
// Clock times and time ranges as programmes print them, in every usual notation: "9 h – 10 h
// 30", "10h30-12h00", "10:30 – 12:00 hrs", "10.30 – 12.00 horas", "10 a.m. – 11.30 a.m.",
// "3 p.m. – 4.30 p.m.", "10:30 AM – 12:00 PM", "10.30am–12pm". Hand-written (no std::regex):
// it runs on every block of every document.

#include <optional>
#include <string>
#include <string_view>

namespace idm {

struct ClockRange {
  std::string start, end;  // HH:MM, 24-hour
  size_t begin = 0;        // bytes of |text| where the range starts and ends
  size_t end_offset = 0;
};

/// The time range that starts at byte |pos| of |text| (spaces skipped), or nullopt.
std::optional<ClockRange> read_clock_range(std::string_view text, size_t pos = 0);

/// True when |text| is only a meridiem or an hour word ("p.m.", "a. m.", "horas", "hrs"): the
/// end of a time the layout set on a line of its own.
bool is_clock_suffix(std::string_view text);

/// How many time ranges |text| holds (ranges starting after a non-digit).
int count_clock_ranges(std::string_view text);

}  // namespace idm
