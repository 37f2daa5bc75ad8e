#include "dates.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

struct Token {
  enum Kind { number, word, punct } kind;
  size_t position, length;
  std::string_view text;
  int value = 0;        // numbers: their value
  bool suffix = false;  // numbers: an ordinal suffix follows the digits ("1er", "2nd")
  size_t digits = 0;    // numbers: how many digits
};

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (!is_word_byte(c)) {
      tokens.push_back({Token::punct, i, 1, text.substr(i, 1)});
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_word_byte(text[end]))
      ++end;
    Token token{Token::word, i, end - i, text.substr(i, end - i)};
    size_t digits = 0;
    while (digits < token.length && std::isdigit(static_cast<unsigned char>(text[i + digits])))
      ++digits;
    // A number, or a number with a short ordinal suffix ("1er", "1st", "14th", "1o").
    if (digits > 0 && digits <= 4 && token.length - digits <= 3) {
      bool letters = true;
      for (size_t k = i + digits; k < end; ++k)
        letters = letters && std::isalpha(static_cast<unsigned char>(text[k]));
      if (letters) {
        token.kind = Token::number;
        token.digits = digits;
        token.suffix = token.length > digits;
        token.value = std::stoi(std::string(text.substr(i, digits)));
      }
    }
    tokens.push_back(token);
    i = end;
  }
  return tokens;
}

struct Vocabulary {
  std::map<std::string_view, int> months;  // folded name -> 1..12
  std::set<std::string_view> weekdays;
  std::set<std::string_view> joiners;
};

const Vocabulary& vocabulary() {
  static const Vocabulary kVocabulary = [] {
    Vocabulary v;
    for (const LanguageTable* table : language_tables()) {
      for (size_t m = 0; m < table->months.size() && m < 12; ++m)
        v.months.emplace(table->months[m], static_cast<int>(m) + 1);
      v.weekdays.insert(table->weekdays.begin(), table->weekdays.end());
      v.joiners.insert(table->range_joiners.begin(), table->range_joiners.end());
    }
    return v;
  }();
  return kVocabulary;
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// A range across months spans a few days: "30 septembre au 1er octobre", never "14 April
// and 6 October" (two dates).
bool next_month(int m1, int m2) {
  return m2 == m1 + 1 || (m1 == 12 && m2 == 1);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Reads a date range from a token list.
class Parser {
 public:
  Parser(const std::vector<Token>& tokens, int default_year)
      : tokens_(tokens), default_year_(default_year), vocabulary_(vocabulary()) {}

  /// The date starting at token |i|, and the index of the first token after it.
  std::optional<std::pair<DateRange, size_t>> parse(size_t i) const {
    if (is_day(i)) return day_first(i);
    if (month(i) > 0) return month_first(i);
    return std::nullopt;
  }

 private:
  const Token* at(size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }

  bool is_day(size_t i) const {
    const Token* t = at(i);
    return t && t->kind == Token::number && t->digits <= 2 && t->value >= 1 && t->value <= 31;
  }
  int year(size_t i) const {
    const Token* t = at(i);
    return t && t->kind == Token::number && t->digits == 4 && !t->suffix && t->value >= 1900 &&
                   t->value <= 2099
               ? t->value
               : 0;
  }
  int month(size_t i) const {
    const Token* t = at(i);
    if (!t || t->kind != Token::word) return 0;
    const auto found = vocabulary_.months.find(t->text);
    return found == vocabulary_.months.end() ? 0 : found->second;
  }
  bool is_punct(size_t i, char c) const {
    const Token* t = at(i);
    return t && t->kind == Token::punct && t->text[0] == c;
  }
  bool is_weekday(size_t i) const {
    const Token* t = at(i);
    return t && t->kind == Token::word && vocabulary_.weekdays.contains(t->text);
  }
  bool is_joiner(size_t i) const {
    const Token* t = at(i);
    return t && vocabulary_.joiners.contains(t->text);
  }
  // A short connecting word ("de", "of", "del") that is no month, joiner or number.
  bool is_filler(size_t i) const {
    const Token* t = at(i);
    return t && t->kind == Token::word && t->length <= 3 && month(i) == 0 && !is_joiner(i) &&
           std::isalpha(static_cast<unsigned char>(t->text[0]));
  }
  // Skips an optional weekday (and its comma) before a day: "and Tuesday, 15 April".
  size_t skip_weekday(size_t i) const {
    if (!is_weekday(i)) return i;
    return is_punct(i + 1, ',') ? i + 2 : i + 1;
  }
  // True when a weekday comes just before token |i| ("lundi 11", "Monday, 14").
  bool after_weekday(size_t i) const {
    if (i >= 1 && is_weekday(i - 1)) return true;
    return i >= 2 && is_punct(i - 1, ',') && is_weekday(i - 2);
  }
  // Days |d1| and |d2| joined by token |joiner| make a range: increasing, and a dash with
  // spaces around it ("Day 1 – 14 April") joins only days close together.
  bool plausible_range(size_t joiner, int d1, int d2) const {
    if (d2 <= d1) return false;
    const Token& t = tokens_[joiner];
    const bool spaced = t.kind == Token::punct && joiner > 0 && joiner + 1 < tokens_.size() &&
                        tokens_[joiner - 1].position + tokens_[joiner - 1].length < t.position &&
                        t.position + t.length < tokens_[joiner + 1].position;
    return !spaced || d2 - d1 <= 6;
  }
  // The month after a day: "avril", "de abril", "of April".
  size_t month_after_day(size_t i) const {
    if (month(i) > 0) return i;
    if (is_filler(i) && month(i + 1) > 0) return i + 1;
    return std::string_view::npos;
  }
  // The year after a month: "2018", ", 2017", "de 2032".
  size_t year_after(size_t i) const {
    if (year(i)) return i;
    if ((is_punct(i, ',') || is_filler(i)) && year(i + 1)) return i + 1;
    return std::string_view::npos;
  }

  std::optional<std::pair<DateRange, size_t>> day_first(size_t i) const {
    int d1 = tokens_[i].value, d2 = d1, m1 = 0, m2 = 0, y1 = 0, y2 = 0;
    size_t j = i + 1;
    // More days: "8, 9 et 10", "14-15", "14 and Tuesday 15".
    while (true) {
      if (is_punct(j, ',') && is_day(j + 1) && tokens_[j + 1].value == d2 + 1) {
        d2 = tokens_[j + 1].value;
        j += 2;
        continue;
      }
      if (is_joiner(j)) {
        // A weekday after the joiner only when one precedes the first day too.
        const size_t k = after_weekday(i) ? skip_weekday(j + 1) : j + 1;
        if (is_day(k) && plausible_range(j, d1, tokens_[k].value)) {
          d2 = tokens_[k].value;
          j = k + 1;
        }
      }
      break;
    }
    const size_t mi = month_after_day(j);
    if (mi == std::string_view::npos) return std::nullopt;
    m1 = m2 = month(mi);
    j = mi + 1;
    if (const size_t yi = year_after(j); yi != std::string_view::npos) {
      y1 = y2 = year(yi);
      j = yi + 1;
    }
    // Across months (or years): "30 septembre au 1er octobre 2018".
    if (d1 == d2 && is_joiner(j)) {
      const size_t k = skip_weekday(j + 1);
      if (is_day(k)) {
        const size_t mk = month_after_day(k + 1);
        if (mk != std::string_view::npos && next_month(m1, month(mk)) && tokens_[k].value < d1) {
          d2 = tokens_[k].value;
          m2 = month(mk);
          j = mk + 1;
          if (const size_t yi = year_after(j); yi != std::string_view::npos) {
            y2 = year(yi);
            if (!y1) y1 = y2;
            j = yi + 1;
          } else {
            y2 = y1;
          }
        }
      }
    }
    return finish(i, j, y1, m1, d1, y2, m2, d2);
  }

  // "April 18–19, 2017", "September 30 – October 1, 2018".
  std::optional<std::pair<DateRange, size_t>> month_first(size_t i) const {
    int m1 = month(i), m2 = m1, y1 = 0, y2 = 0;
    size_t j = i + 1;
    if (!is_day(j) || year(j)) return std::nullopt;
    int d1 = tokens_[j].value, d2 = d1;
    j += 1;
    if (is_joiner(j)) {
      const size_t k = skip_weekday(j + 1);
      if (is_day(k)) {
        d2 = tokens_[k].value;
        j = k + 1;
      } else if (next_month(m1, month(k)) && is_day(k + 1) && tokens_[k + 1].value < d1) {
        m2 = month(k);
        d2 = tokens_[k + 1].value;
        j = k + 2;
      }
    }
    if (const size_t yi = year_after(j); yi != std::string_view::npos) {
      y1 = y2 = year(yi);
      j = yi + 1;
    }
    return finish(i, j, y1, m1, d1, y2, m2, d2);
  }

  std::optional<std::pair<DateRange, size_t>> finish(size_t first, size_t next, int y1, int m1,
                                                     int d1, int y2, int m2, int d2) const {
    if (!y2) y2 = y1;
    if (!y1 && !y2) y1 = y2 = default_year_;
    if (!y1 || !y2) return std::nullopt;
    // A range ending in the next year, printed with one year: "30 December - 2 January 2019".
    if (y1 == y2 && (m2 < m1 || (m2 == m1 && d2 < d1))) {
      if (m2 < m1) {
        --y1;
      } else {
        return std::nullopt;
      }
    }
    if (d1 > days_in_month(y1, m1) || d2 > days_in_month(y2, m2)) return std::nullopt;
    if (y2 < y1) return std::nullopt;
    DateRange range;
    range.start = fmt::format("{:04}-{:02}-{:02}", y1, m1, d1);
    range.end = fmt::format("{:04}-{:02}-{:02}", y2, m2, d2);
    range.position = tokens_[first].position;
    const Token& last = tokens_[next - 1];
    range.length = last.position + last.length - range.position;
    return std::make_pair(range, next);
  }

  const std::vector<Token>& tokens_;
  int default_year_;
  const Vocabulary& vocabulary_;
};

}  // namespace

std::vector<DateRange> find_dates(std::string_view text, int default_year) {
  const std::string folded = fold_for_matching(text);
  const std::vector<Token> tokens = tokenize(folded);
  const Parser parser(tokens, default_year);
  std::vector<DateRange> dates;
  size_t i = 0;
  while (i < tokens.size()) {
    if (auto found = parser.parse(i)) {
      dates.push_back(std::move(found->first));
      i = found->second;
    } else {
      ++i;
    }
  }
  return dates;
}

}  // namespace idm
