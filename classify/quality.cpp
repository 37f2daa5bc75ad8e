#include "quality.hpp"

#include <fmt/format.h>

#include <set>
#include <string_view>
#include <unordered_set>

#include "classify/languages/common_words.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& words_of(std::string_view language) {
  static const WordSet kFrench(languages::kCommonFrench.begin(), languages::kCommonFrench.end());
  static const WordSet kEnglish(languages::kCommonEnglish.begin(), languages::kCommonEnglish.end());
  static const WordSet kSpanish(languages::kCommonSpanish.begin(), languages::kCommonSpanish.end());
  static const WordSet kAll = [] {
    WordSet all(kFrench);
    all.insert(kEnglish.begin(), kEnglish.end());
    all.insert(kSpanish.begin(), kSpanish.end());
    return all;
  }();
  if (language == "fr") return kFrench;
  if (language == "en") return kEnglish;
  if (language == "es") return kSpanish;
  return kAll;
}

std::string_view language_name(std::string_view code) {
  if (code == "fr") return "French";
  if (code == "en") return "English";
  if (code == "es") return "Spanish";
  return "French, English or Spanish";
}

// Next code point of |text| from |pos| (advanced); malformed bytes give U+FFFD one at a time.
char32_t next_code_point(std::string_view text, size_t& pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  size_t length = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  if (length == 0 || pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (byte(pos + i) & 0x3F);
  }
  pos += length;
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x3000;
}

// Removes every "(cid:N)" from |text|, counting them.
std::string strip_cids(std::string_view text, int& cids) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t at = text.find("(cid:", pos);
    if (at == std::string_view::npos) break;
    size_t end = at + 5;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9')
      ++end;
    if (end > at + 5 && end < text.size() && text[end] == ')') {
      out.append(text.substr(pos, at - pos));
      out += ' ';
      ++cids;
      pos = end + 1;
    } else {
      out.append(text.substr(pos, at + 5 - pos));
      pos = at + 5;
    }
  }
  out.append(text.substr(pos));
  return out;
}

struct Counts {
  long characters = 0;  // printed (not spaces)
  long replacements = 0;
  int cids = 0;
  int words = 0;
  int unknown = 0;
  long letters = 0;
};

bool is_ascii_space(unsigned char b) {
  return b == ' ' || b == '\t' || b == '\n' || b == '\r';
}

void count_text(std::string_view text, const WordSet& common, Counts& counts) {
  // Most of a document is ASCII: its bytes are counted without decoding them.
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      ++pos;
      if (!is_ascii_space(b)) ++counts.characters;
      continue;
    }
    const char32_t c = next_code_point(text, pos);
    if (is_space(c)) continue;
    ++counts.characters;
    if (c == 0xFFFD) ++counts.replacements;
  }
  const std::string folded = fold_for_matching(
      text.find("(cid:") == std::string_view::npos ? text : strip_cids(text, counts.cids));
  const std::string_view view(folded);
  pos = 0;
  size_t start = std::string_view::npos;
  int letters = 0;
  const auto close_word = [&](size_t end) {
    if (start == std::string_view::npos) return;
    ++counts.words;
    counts.letters += letters;
    if (!common.count(view.substr(start, end - start))) ++counts.unknown;
    start = std::string_view::npos;
    letters = 0;
  };
  while (pos < view.size()) {
    const size_t here = pos;
    const auto b = static_cast<unsigned char>(view[pos]);
    const char32_t c = b < 0x80 ? (++pos, b) : next_code_point(view, pos);
    if (c != 0xFFFD && is_letter(c)) {
      if (start == std::string_view::npos) start = here;
      ++letters;
    } else {
      close_word(here);
    }
  }
  close_word(view.size());
}

double share(double part, double whole) {
  return whole > 0 ? part / whole : 0;
}

}  // namespace

bool is_common_word(std::string_view folded_word, std::string_view language) {
  return words_of(language).count(folded_word) > 0;
}

QualityReport assess_quality(const DocumentRecord& record, const QualityThresholds& thresholds) {
  const WordSet& common = words_of(record.language);
  Counts counts;
  std::set<int> pages_with_text;
  for (const Block& block : record.blocks) {
    count_text(block.text, common, counts);
    if (block.kind == "furniture") continue;
    if (block.text.find_first_not_of(" \t\r\n") != std::string::npos)
      pages_with_text.insert(block.page);
  }
  int empty_pages = 0;
  for (int page = 1; page <= record.source.pages; ++page) {
    if (!pages_with_text.count(page)) ++empty_pages;
  }

  QualityReport report;
  report.words = counts.words;
  report.unknown_word_share = share(counts.unknown, counts.words);
  report.replacement_share =
      share(static_cast<double>(counts.replacements), static_cast<double>(counts.characters));
  report.cid_share = share(counts.cids, counts.words + counts.cids);
  report.empty_page_share = share(empty_pages, record.source.pages);
  report.mean_word_length = share(static_cast<double>(counts.letters), counts.words);

  const auto percent = [](double x) { return fmt::format("{:.0f}%", x * 100); };
  const auto fine_percent = [](double x) { return fmt::format("{:.1f}%", x * 100); };
  if (report.replacement_share > thresholds.max_replacement_share) {
    report.flags.push_back(fmt::format(
        "Unreadable characters: {} of the characters are U+FFFD replacement characters (limit "
        "{}); the fonts' encoding was probably not understood.",
        fine_percent(report.replacement_share), fine_percent(thresholds.max_replacement_share)));
  }
  if (report.cid_share > thresholds.max_cid_share) {
    report.flags.push_back(fmt::format(
        "Glyph codes instead of text: {} of the words are \"(cid:N)\" debris (limit {}); the "
        "fonts have no Unicode map.",
        fine_percent(report.cid_share), fine_percent(thresholds.max_cid_share)));
  }
  if (record.source.pages > 0 && report.empty_page_share > thresholds.max_empty_page_share) {
    report.flags.push_back(fmt::format(
        "Pages without text: {} of {} pages have no body text (limit {}); scanned pages or text "
        "drawn as images?",
        empty_pages, record.source.pages, percent(thresholds.max_empty_page_share)));
  }
  if (counts.words >= kMinQualityWords) {
    if (report.unknown_word_share > thresholds.max_unknown_word_share) {
      report.flags.push_back(
          fmt::format("Probably garbled text: {} of the words are not common {} words (limit {}).",
                      percent(report.unknown_word_share), language_name(record.language),
                      percent(thresholds.max_unknown_word_share)));
    }
    if (report.mean_word_length > thresholds.max_mean_word_length) {
      report.flags.push_back(fmt::format(
          "Words run together: words average {:.1f} letters (limit {:g}); the spaces between "
          "words were probably lost.",
          report.mean_word_length, thresholds.max_mean_word_length));
    }
    if (report.mean_word_length < thresholds.min_mean_word_length) {
      report.flags.push_back(fmt::format(
          "Words broken apart: words average {:.1f} letters (at least {:g} expected); words "
          "were probably split into letters.",
          report.mean_word_length, thresholds.min_mean_word_length));
    }
  }
  return report;
}

}  // namespace idm
