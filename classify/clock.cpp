#include "clock.hpp"

#include <cctype>

namespace idm {
namespace {

struct Clock {
  int hour = -1, minute = 0;
  int meridiem = 0;     // 0 none, 1 a.m., 2 p.m.
  bool marked = false;  // an 'h', a separator with minutes, or a meridiem: a clock, not a number
};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Spaces, including no-break and thin ones, as UTF-8.
size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size()) {
    if (t[i] == ' ' || t[i] == '\t') {
      ++i;
    } else if (t.compare(i, 2, "\u00a0") == 0) {
      i += 2;
    } else if (t.compare(i, 3, "\u202f") == 0 || t.compare(i, 3, "\u2009") == 0) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// "a.m.", "am", "a. m.", "p.m.", "pm", any case: 1 or 2, and the bytes taken.
int read_meridiem(std::string_view t, size_t i, size_t* taken) {
  const size_t start = i;
  if (i >= t.size()) return 0;
  const char c = lower(t[i]);
  if (c != 'a' && c != 'p') return 0;
  ++i;
  if (i < t.size() && t[i] == '.') ++i;
  i = skip_spaces(t, i);
  if (i >= t.size() || lower(t[i]) != 'm') return 0;
  ++i;
  if (i < t.size() && t[i] == '.') ++i;
  // Not the start of a word ("am Montag", "pmr"): the marker must end there.
  if (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) return 0;
  *taken = i - start;
  return c == 'a' ? 1 : 2;
}

// Words that follow a 24-hour clock: "h", "hrs", "hr", "horas", "heures".
size_t read_hour_word(std::string_view t, size_t i) {
  static constexpr std::string_view kWords[] = {"horas", "heures", "hrs", "hr", "h"};
  for (std::string_view w : kWords) {
    if (t.size() - i >= w.size()) {
      bool same = true;
      for (size_t k = 0; k < w.size() && same; ++k)
        same = lower(t[i + k]) == w[k];
      const size_t after = i + w.size();
      if (same && (after >= t.size() || !std::isalpha(static_cast<unsigned char>(t[after]))))
        return w.size();
    }
  }
  return 0;
}

std::optional<Clock> read_clock(std::string_view t, size_t& i) {
  size_t p = i;
  if (p >= t.size() || !is_digit(t[p])) return std::nullopt;
  Clock c;
  c.hour = t[p++] - '0';
  if (p < t.size() && is_digit(t[p])) c.hour = c.hour * 10 + (t[p++] - '0');
  if (p < t.size() && is_digit(t[p])) return std::nullopt;  // a year, not a clock
  // Separator then minutes: "10:30", "10.30", "10h30", "10 h 30", "10 h".
  size_t q = skip_spaces(t, p);
  if (q < t.size() && (t[q] == ':' || t[q] == '.' || lower(t[q]) == 'h')) {
    const bool is_h = lower(t[q]) == 'h';
    size_t r = skip_spaces(t, q + 1);
    if (r + 2 <= t.size() && is_digit(t[r]) && is_digit(t[r + 1]) &&
        (r + 2 >= t.size() || !is_digit(t[r + 2]))) {
      c.minute = (t[r] - '0') * 10 + (t[r + 1] - '0');
      c.marked = true;
      p = r + 2;
    } else if (is_h && (q + 1 >= t.size() || !std::isalpha(static_cast<unsigned char>(t[q + 1])))) {
      c.marked = true;  // "10 h"
      p = q + 1;
    }
  }
  // A trailing hour word after the minutes ("12.00 horas", "12:00 hrs", "10:30 h").
  size_t s = skip_spaces(t, p);
  if (const size_t w = read_hour_word(t, s); w > 0 && s < t.size()) {
    c.marked = true;
    p = s + w;
  }
  size_t taken = 0;
  s = skip_spaces(t, p);
  if (const int m = read_meridiem(t, s, &taken)) {
    c.meridiem = m;
    c.marked = true;
    p = s + taken;
  }
  if (c.hour > 23 || c.minute > 59) return std::nullopt;
  if (c.meridiem && (c.hour == 0 || c.hour > 12)) return std::nullopt;
  i = p;
  return c;
}

// "-", "–", "—", "‒", "−", "‐", "to", "à", "a", "al". A run of dashes is one joiner: a scan
// may read one long dash as two ("-—").
size_t read_joiner(std::string_view t, size_t i) {
  static constexpr std::string_view kDashes[] = {"-",      "\u2013", "\u2014",
                                                 "\u2012", "\u2212", "\u2010"};
  size_t taken = 0;
  for (bool more = true; more;) {
    more = false;
    for (std::string_view d : kDashes) {
      if (t.compare(i + taken, d.size(), d) == 0) {
        taken += d.size();
        more = true;
        break;
      }
    }
  }
  if (taken > 0) return taken;
  static constexpr std::string_view kWords[] = {"to", "\u00e0", "al", "a"};
  for (std::string_view w : kWords) {
    if (t.compare(i, w.size(), w) == 0 &&
        (i + w.size() >= t.size() || t[i + w.size()] == ' ' || t[i + w.size()] == '\xc2'))
      return w.size();
  }
  return 0;
}

int to_24(const Clock& c) {
  int h = c.hour;
  if (c.meridiem == 2 && h < 12) h += 12;
  if (c.meridiem == 1 && h == 12) h = 0;
  return h;
}

std::string hhmm(int h, int m) {
  std::string s(5, '0');
  s[0] = static_cast<char>('0' + h / 10);
  s[1] = static_cast<char>('0' + h % 10);
  s[2] = ':';
  s[3] = static_cast<char>('0' + m / 10);
  s[4] = static_cast<char>('0' + m % 10);
  return s;
}

}  // namespace

std::optional<ClockRange> read_clock_range(std::string_view text, size_t pos) {
  size_t i = skip_spaces(text, pos);
  const size_t begin = i;
  std::optional<Clock> a = read_clock(text, i);
  if (!a) return std::nullopt;
  i = skip_spaces(text, i);
  const size_t joiner = read_joiner(text, i);
  if (joiner == 0) return std::nullopt;
  i = skip_spaces(text, i + joiner);
  std::optional<Clock> b = read_clock(text, i);
  if (!b) return std::nullopt;
  // Both ends must read as clocks; a meridiem given once stands for both ("10 – 11.30 a.m."),
  // unless the start would then come after the end ("11.30 – 1 p.m.").
  if (!b->marked || (!a->marked && !b->meridiem)) return std::nullopt;
  if (!a->meridiem && b->meridiem) {
    a->meridiem = b->meridiem;
    if (to_24(*a) * 60 + a->minute > to_24(*b) * 60 + b->minute) a->meridiem = 1;
  }
  if (a->meridiem && !b->meridiem) b->meridiem = to_24(*a) > b->hour && b->hour < 12 ? 2 : 0;
  ClockRange range;
  range.start = hhmm(to_24(*a), a->minute);
  range.end = hhmm(to_24(*b), b->minute);
  range.begin = begin;
  range.end_offset = i;
  return range;
}

bool is_clock_suffix(std::string_view text) {
  size_t i = skip_spaces(text, 0);
  size_t taken = 0;
  if (read_meridiem(text, i, &taken) != 0) {
    i += taken;
  } else if (const size_t w = read_hour_word(text, i); w > 0) {
    i += w;
  } else {
    return false;
  }
  return skip_spaces(text, i) == text.size();
}

int count_clock_ranges(std::string_view text) {
  int count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) continue;
    if (const auto range = read_clock_range(text, i)) {
      ++count;
      i = range->end_offset;
    }
  }
  return count;
}

}  // namespace idm
