#include "reports/report_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <optional>

namespace idm {

namespace {

constexpr std::string_view kEnDash = "\xE2\x80\x93";

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view iso) {
  // YYYY-MM-DD exactly.
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::pair<std::size_t, std::size_t> spans[3] = {{0, 4}, {5, 2}, {8, 2}};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = spans[p].first; i < spans[p].first + spans[p].second; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (iso[i] - '0');
    }
  }
  const std::chrono::year_month_day ymd{std::chrono::year{parts[0]},
                                        std::chrono::month{static_cast<unsigned>(parts[1])},
                                        std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string_view month_name(const std::chrono::year_month_day& ymd, const ReportLabels& l) {
  return l.months[static_cast<unsigned>(ymd.month()) - 1];
}

std::string day_month(const std::chrono::year_month_day& ymd, const ReportLabels& l) {
  return fmt::format(fmt::runtime(l.day_month), fmt::arg("day", static_cast<unsigned>(ymd.day())),
                     fmt::arg("month", month_name(ymd, l)));
}

std::string day_month_year(const std::chrono::year_month_day& ymd, const ReportLabels& l) {
  return fmt::format(
      fmt::runtime(l.day_month_year), fmt::arg("day", static_cast<unsigned>(ymd.day())),
      fmt::arg("month", month_name(ymd, l)), fmt::arg("year", static_cast<int>(ymd.year())));
}

}  // namespace

int role_rank(std::string_view role) {
  for (std::size_t i = 0; i < std::size(kProgrammeRoles); ++i)
    if (role == kProgrammeRoles[i]) return static_cast<int>(i);
  return static_cast<int>(std::size(kProgrammeRoles));
}

std::string role_label(std::string_view role, const ReportLabels& l) {
  if (role == "moderator") return std::string(l.moderator);
  if (role == "presenter") return std::string(l.presenter);
  if (role == "opening") return std::string(l.opening);
  if (role == "speaker") return std::string(l.speaker);
  if (role == "closing") return std::string(l.closing);
  return std::string(role);
}

std::string format_date(std::string_view iso, const ReportLabels& l, bool weekday) {
  const auto ymd = parse_iso_date(iso);
  if (!ymd) return std::string(iso);
  const std::string date = day_month_year(*ymd, l);
  if (!weekday) return date;
  const std::chrono::weekday wd{std::chrono::sys_days{*ymd}};
  return fmt::format(fmt::runtime(l.weekday_date), fmt::arg("weekday", l.weekdays[wd.c_encoding()]),
                     fmt::arg("date", date));
}

std::string format_date_range(std::string_view start, std::string_view end, const ReportLabels& l) {
  if (start.empty() && end.empty()) return {};
  if (start.empty()) return format_date(end, l);
  if (end.empty() || end == start) return format_date(start, l);
  const auto a = parse_iso_date(start);
  const auto b = parse_iso_date(end);
  if (!a || !b) return fmt::format("{} {} {}", start, kEnDash, end);
  if (a->year() == b->year() && a->month() == b->month()) {
    return fmt::format("{}{}{}", static_cast<unsigned>(a->day()), kEnDash, day_month_year(*b, l));
  }
  if (a->year() == b->year()) {
    return fmt::format("{} {} {}", day_month(*a, l), kEnDash, day_month_year(*b, l));
  }
  return fmt::format("{} {} {}", day_month_year(*a, l), kEnDash, day_month_year(*b, l));
}

std::string format_time_range(std::string_view start, std::string_view end) {
  if (start.empty()) return std::string(end);
  if (end.empty()) return std::string(start);
  return fmt::format("{}{}{}", start, kEnDash, end);
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      out += c;
      space = false;
    }
  }
  return out;
}

std::string display_name(std::string_view honorific, std::string_view name) {
  const std::string h = one_line(honorific);
  const std::string n = one_line(name);
  if (h.empty()) return n;
  if (n.empty()) return h;
  return h + " " + n;
}

std::string page_list(std::vector<int> pages) {
  std::sort(pages.begin(), pages.end());
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  pages.erase(std::remove_if(pages.begin(), pages.end(), [](int p) { return p <= 0; }),
              pages.end());
  std::string out;
  for (std::size_t i = 0; i < pages.size();) {
    std::size_t j = i;
    while (j + 1 < pages.size() && pages[j + 1] == pages[j] + 1)
      ++j;
    if (!out.empty()) out += ", ";
    out += j > i ? fmt::format("{}{}{}", pages[i], kEnDash, pages[j]) : fmt::format("{}", pages[i]);
    i = j + 1;
  }
  return out;
}

std::string percent_text(long long part, long long whole) {
  if (whole <= 0) return std::string(kEnDash);
  // Integer arithmetic: the same digits whatever the locale and the platform's rounding.
  const long long tenths = (part * 1000 + whole / 2) / whole;
  return fmt::format("{}.{}\u00a0%", tenths / 10, tenths % 10);
}

}  // namespace idm
