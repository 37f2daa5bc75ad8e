#include "furniture.hpp"

#include <cmath>
#include <map>
#include <regex>
#include <string>

#include "unicode_text.hpp"

namespace idm {
namespace {

constexpr double kBand = 0.14;      // share of the page height that headers/footers live in
constexpr double kSamePlace = 8.0;  // points: how far a repeated line may move between pages

enum class Band { none, top, bottom };

// Digits stand for page numbers and dates that change from page to page, but only in lines
// with words enough to be recognised without them ("10 h – 11 h" is not a running header).
std::string repetition_key(const std::string& text) {
  std::string key;
  int letters = 0;
  for (char c : fold_for_matching(text))
    letters += (c >= 'a' && c <= 'z') || (c & 0x80);
  if (letters < 4) return fold_for_matching(text);
  for (char c : fold_for_matching(text)) {
    if (c >= '0' && c <= '9') {
      if (key.empty() || key.back() != '#') key += '#';
    } else if (c != ' ') {
      key += c;
    }
  }
  return key;
}

// A header must be set off from the body below it, a footer from the body above it: a body
// line that merely happens to open a page is followed closely by the next body line.
Band band_of(const PageLines& page, size_t index) {
  const Line& line = page.lines[index];
  const double h = line.box.height();
  if (line.box.y1 <= kBand * page.height) {
    double next_top = page.height;
    for (const Line& other : page.lines) {
      if (other.box.y0 > line.box.y1 - 0.2 * h) next_top = std::min(next_top, other.box.y0);
    }
    if (next_top - line.box.y1 >= 0.5 * h) return Band::top;
  } else if (line.box.y0 >= (1 - kBand) * page.height) {
    double previous_bottom = 0;
    for (const Line& other : page.lines) {
      if (other.box.y1 < line.box.y0 + 0.2 * h)
        previous_bottom = std::max(previous_bottom, other.box.y1);
    }
    if (line.box.y0 - previous_bottom >= 0.5 * h) return Band::bottom;
  }
  return Band::none;
}

// Compiled when first needed: documents whose page numbers are bare numbers never do.
const std::regex& page_number_pattern() {
  static const std::regex pattern(
      R"(^(?:(?:page|pag|pagina|p|s|seite)\.?\s*)?[-(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:/|of|de|sur|von|sobre)\s*\d{1,4})?\s*[-)\]]?$)",
      std::regex::optimize);
  return pattern;
}

// What page_number_pattern() says of |trimmed|, when that is plain without it: a bare
// number ("12", "iv") is one; a text with a character the pattern cannot match, or without a
// digit or a roman numeral's letter, is none. Most lines in the page bands are one or the
// other, and std::regex is slow to say so.
enum class Quick { no, yes, ask };

Quick quick_page_number(std::string_view trimmed) {
  if (trimmed.empty()) return Quick::no;
  constexpr std::string_view kDigits = "0123456789", kRoman = "ivxlc";
  if (trimmed.find_first_not_of(kDigits) == std::string_view::npos && trimmed.size() <= 4)
    return Quick::yes;
  if (trimmed.find_first_not_of(kRoman) == std::string_view::npos && trimmed.size() <= 7)
    return Quick::yes;
  constexpr std::string_view kAllowed = "0123456789ivxlcpagnstefordubr.-()[]/ \t\n\v\f\r";
  if (trimmed.find_first_not_of(kAllowed) != std::string_view::npos) return Quick::no;
  if (trimmed.find_first_of(kDigits) == std::string_view::npos &&
      trimmed.find_first_of(kRoman) == std::string_view::npos)
    return Quick::no;
  return Quick::ask;
}

}  // namespace

bool is_page_number(std::string_view text) {
  const std::string folded = fold_for_matching(text);
  if (folded.empty() || folded.size() > 40) return false;
  std::string trimmed = folded;
  while (!trimmed.empty() && trimmed.back() == ' ')
    trimmed.pop_back();
  const Quick quick = quick_page_number(trimmed);
  if (quick != Quick::ask) return quick == Quick::yes;
  return std::regex_match(trimmed, page_number_pattern());
}

std::vector<std::vector<bool>> find_furniture(const std::vector<PageLines>& pages) {
  struct Candidate {
    size_t page, line;
    Band band;
    std::string key;
  };
  std::vector<Candidate> candidates;
  std::vector<std::vector<bool>> result(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) {
    result[p].assign(pages[p].lines.size(), false);
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      const Band band = band_of(pages[p], i);
      if (band == Band::none) continue;
      if (is_page_number(pages[p].lines[i].text)) {
        result[p][i] = true;
      } else {
        candidates.push_back({p, i, band, repetition_key(pages[p].lines[i].text)});
      }
    }
  }
  // A candidate repeats when another page has one with the same key in the same place.
  for (const Candidate& c : candidates) {
    const Rect& box = pages[c.page].lines[c.line].box;
    for (const Candidate& other : candidates) {
      if (other.page == c.page || other.band != c.band || other.key != c.key) continue;
      const Rect& o = pages[other.page].lines[other.line].box;
      const bool same_row = c.band == Band::top
                                ? std::abs(o.y0 - box.y0) <= kSamePlace
                                : std::abs((pages[other.page].height - o.y1) -
                                           (pages[c.page].height - box.y1)) <= kSamePlace;
      if (same_row) {
        result[c.page][c.line] = true;
        break;
      }
    }
  }
  // A header printed on one page only (groff prints none on page 1) does not repeat, but it
  // stands in the margin, above the first line of every other page. (Not so for footers:
  // footnotes too sit below the last line of other pages.)
  // Book layouts print a chapter's title as the header of its odd pages: a short chapter has
  // it once, and other chapters' titles stand in the same place on their own pages. Where
  // the document's running header stands on other pages, those must not count as their
  // pages' first lines.
  if (pages.size() >= 2) {
    std::vector<std::vector<bool>> header_like(pages.size());
    for (size_t p = 0; p < pages.size(); ++p)
      header_like[p].assign(pages[p].lines.size(), false);
    for (const Candidate& c : candidates)
      header_like[c.page][c.line] = c.band == Band::top;
    const auto first_top = [&](size_t p, const Rect& header, bool shared_place) {
      double top = 1e9;
      for (size_t i = 0; i < pages[p].lines.size(); ++i) {
        const Rect& box = pages[p].lines[i].box;
        if (result[p][i] ||
            (shared_place && header_like[p][i] && std::abs(box.y0 - header.y0) <= kSamePlace))
          continue;
        top = std::min(top, box.y0);
      }
      return top;
    };
    // The document's running header stands there on other pages.
    const auto header_place = [&](size_t page, const Rect& box) {
      for (size_t p = 0; p < pages.size(); ++p) {
        if (p == page) continue;
        for (size_t i = 0; i < pages[p].lines.size(); ++i) {
          const Rect& other = pages[p].lines[i].box;
          if (result[p][i] && other.y1 <= kBand * pages[p].height &&
              std::abs(other.y0 - box.y0) <= kSamePlace)
            return true;
        }
      }
      return false;
    };
    std::vector<bool> once;
    for (const Candidate& c : candidates) {
      bool in_margin = !result[c.page][c.line] && c.band == Band::top;
      const Rect& box = pages[c.page].lines[c.line].box;
      const bool shared_place = in_margin && header_place(c.page, box);
      for (size_t p = 0; p < pages.size() && in_margin; ++p) {
        if (p == c.page) continue;
        const double top = first_top(p, box, shared_place);
        if (top < 1e8) in_margin = box.y1 < top - 2;
      }
      once.push_back(in_margin);
    }
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (once[k]) result[candidates[k].page][candidates[k].line] = true;
    }
  }

  // Running headers and footers have their band to themselves: a line that shares its baseline
  // with body text (a time beside a session title at the top of a page) is body text.
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<Line>& lines = pages[p].lines;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!result[p][i]) continue;
      for (size_t j = 0; j < lines.size(); ++j) {
        if (j != i && !result[p][j] && std::abs(lines[j].box.y1 - lines[i].box.y1) < 2) {
          result[p][i] = false;
          break;
        }
      }
    }
  }
  return result;
}

}  // namespace idm
