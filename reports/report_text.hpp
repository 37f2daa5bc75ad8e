#pragma once
// How the reports print dates, times, roles, names and page lists, in the words of a language
// table (reports/labels.hpp).

#include <string>
#include <string_view>
#include <vector>

#include "reports/labels.hpp"

namespace idm {

/// 0 for moderator, then presenter, opening, speaker, closing, anything else.
int role_rank(std::string_view role);

/// The roles a programme knows, in role_rank() order.
inline constexpr std::string_view kProgrammeRoles[] = {"moderator", "presenter", "opening",
                                                       "speaker", "closing"};

/// "Moderator", "Opening remarks", ... in |labels|' language; unknown roles as given.
std::string role_label(std::string_view role, const ReportLabels& labels);

/// "Monday 14 April 2031" (with |weekday|) or "14 April 2031" in |labels|' language; |iso| as
/// given when it is not a date.
std::string format_date(std::string_view iso, const ReportLabels& labels, bool weekday = false);

/// "14–15 April 2031", "30 April – 2 May 2031", "14 April 2031", or "" when both are empty.
std::string format_date_range(std::string_view start, std::string_view end,
                              const ReportLabels& labels);

/// "10:00–10:30", "10:00", or "".
std::string format_time_range(std::string_view start, std::string_view end);

/// Whitespace runs (newlines included) made one space, trimmed.
std::string one_line(std::string_view text);

/// "Ms Halima Oduya".
std::string display_name(std::string_view honorific, std::string_view name);

/// Pages as "1, 5–7, 28".
std::string page_list(std::vector<int> pages);

/// "12.5 %" style share of |part| in |whole| (one decimal, "–" when |whole| is 0).
std::string percent_text(long long part, long long whole);

}  // namespace idm
