// valid_utf8(), text_width() and measure_text() have ASCII fast paths: they must give the
// answers of the plain one-code-point-at-a-time versions (kept here as references) for ASCII,
// non-ASCII, wide and invalid text alike.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reports/xlsx_util.hpp"

namespace {

constexpr char32_t kBad = 0xFFFFFFFF;

// The decoder the fast paths replaced: malformed, overlong and surrogate sequences are kBad
// and advance one byte.
char32_t reference_decode(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    ++i;
    return kBad;
  }
  if (i + length > text.size()) {
    ++i;
    return kBad;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kBad;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kBad;
  }
  i += length;
  return cp;
}

bool reference_bidi(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

bool reference_dropped(char32_t cp) {
  return cp == kBad || cp == 0 || cp == 0xFFFE || cp == 0xFFFF || reference_bidi(cp);
}

bool reference_wide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFD);
}

std::string reference_valid_utf8(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = reference_decode(text, i);
    if (reference_bidi(cp)) continue;
    if (reference_dropped(cp)) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

double reference_width(std::string_view text) {
  std::size_t widest = 0;
  std::size_t line = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = reference_decode(text, i);
    if (cp == '\n') {
      widest = std::max(widest, line);
      line = 0;
    } else {
      line += reference_wide(cp) ? 2u : 1u;
    }
  }
  return static_cast<double>(std::max(widest, line));
}

void check_same(const std::string& text) {
  CAPTURE(text);
  CHECK(idm::valid_utf8(text) == reference_valid_utf8(text));
  CHECK(idm::text_width(text) == reference_width(text));
  const idm::TextMeasure measure = idm::measure_text(text);
  CHECK(measure.width == reference_width(text));
  CHECK(measure.multiline == (text.find('\n') != std::string::npos));
}

}  // namespace

TEST_CASE("xlsx_util: ASCII fast paths give the answers of the plain decoder") {
  const std::vector<std::string> texts = {
      "",
      "a",
      "short",
      "exactly8",
      "nine char",
      "a line longer than eight bytes, and then some more of it",
      "two\nlines",
      "\n",
      "\n\n\nlast",
      "first line is the longest one\nshort",
      "short\nthe second line is the longest\nmid-length line",
      "trailing newline\n",
      "tab\tand\rcarriage return",
      std::string("NUL\0inside a long ASCII run", 27),
      std::string("\0", 1),
      std::string("12345678\0", 9),
      "caf\xC3\xA9 au lait, na\xC3\xAFve r\xC3\xA9sum\xC3\xA9",     // Latin-1 range
      "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E text",                  // wide CJK
      "\xEA\xB0\x80\xEA\xB0\x81\n\xED\x9E\xA3",                     // Hangul, two lines
      "emoji \xF0\x9F\x98\x80 and math \xF0\x9D\x90\x80",           // 4-byte, wide and not
      "fullwidth \xEF\xBC\xA1\xEF\xBD\xA0 halfwidth \xEF\xBD\xA1",  // U+FF21, U+FF60, U+FF61
      "rtl \xD7\x90\xE2\x80\x8F mark kept",                         // U+05D0 U+200F
      "bidi \xE2\x80\xAE"
      "reversed\xE2\x80\xAC back",                // U+202E ... U+202C
      "isolates \xE2\x81\xA6x\xE2\x81\xA9 gone",  // U+2066 ... U+2069
      "nonchars \xEF\xBF\xBE and \xEF\xBF\xBF",   // U+FFFE, U+FFFF
      "invalid \xFF byte",
      "lone continuation \x80 byte",
      "truncated at the end \xC3",
      "truncated \xE2\x82 in the middle",
      "overlong newline \xC0\x8A is not a newline",
      "overlong slash \xE0\x80\xAF",
      "surrogate \xED\xA0\x80 half",
      "beyond U+10FFFF \xF4\x90\x80\x80",
      "\xF8\x88\x80\x80\x80 five-byte form",
      "\xC3\xA9",
      "12345678\xC3\xA9",
      "1234567\xC3\xA9",
      std::string(100, 'x') + "\n" + std::string(120, 'y'),
      std::string(40000, 'z'),
  };
  for (const std::string& text : texts)
    check_same(text);
}

TEST_CASE("xlsx_util: fast paths agree with the plain decoder on random bytes") {
  // Fixed seed: the same strings each run. Bytes are drawn mostly from ASCII (with '\n' and
  // NUL), some from UTF-8 lead and continuation bytes, so that every path is taken at every
  // offset of an 8-byte word.
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const unsigned char pool[] = {'a',  'b',  ' ',  '\n', 0x00, 0x7F, 0x80, 0xBF, 0xC3,
                                0xA9, 0xE2, 0x80, 0xAE, 0xE6, 0x97, 0xF0, 0x9F, 0xFF};
  for (int n = 0; n < 3000; ++n) {
    const std::size_t length = next() % 40;
    std::string text;
    for (std::size_t k = 0; k < length; ++k) {
      const std::uint64_t r = next();
      text += r % 3 == 0 ? static_cast<char>(pool[(r >> 8) % sizeof pool])
                         : static_cast<char>('a' + (r >> 8) % 26);
    }
    check_same(text);
  }
}

TEST_CASE("xlsx_util: wide characters count two columns, lines are measured apart") {
  CHECK(idm::text_width("abc") == 3);
  CHECK(idm::text_width("\xE6\x97\xA5\xE6\x9C\xAC") == 4);  // two CJK characters
  CHECK(idm::text_width("caf\xC3\xA9") == 4);
  CHECK(idm::text_width("ab\nabcdef\nabc") == 6);
  CHECK(idm::text_width("\xFF") == 1);  // an invalid byte is one column
  const idm::TextMeasure one = idm::measure_text("one line");
  CHECK(one.width == 8);
  CHECK_FALSE(one.multiline);
  const idm::TextMeasure two = idm::measure_text("a\n\xE6\x97\xA5");
  CHECK(two.width == 2);
  CHECK(two.multiline);
}

TEST_CASE("WorkbookContext: pdf_url and page_url give LinkPolicy's answers, remembered") {
  // Nothing is written: the workbook is freed without being closed.
  lxw_workbook* workbook = workbook_new("/nonexistent/unwritten.xlsx");
  REQUIRE(workbook != nullptr);
  {
    idm::WorkbookContext context(workbook, "/work", {});
    for (const char* from : {"", "/work/out"}) {
      for (const char* base : {"", "https://x.org/pdf"}) {
        CAPTURE(from);
        CAPTURE(base);
        idm::WorkbookContext fresh(workbook, "/work", {});
        fresh.links.from_dir = from;
        fresh.links.link_base = base;
        for (int round = 0; round < 2; ++round) {  // the second round answers from memory
          for (const std::string path : {"samples/a b.pdf", "/data/c.pdf", "samples/a b.pdf", ""}) {
            CHECK(fresh.pdf_url(path) == fresh.links.pdf(path));
            for (const int page : {-1, 0, 1, 12})
              CHECK(fresh.page_url(path, page) == fresh.links.page(path, page));
          }
        }
      }
    }
    const std::string& first = context.pdf_url("samples/a.pdf");
    context.pdf_url("samples/b.pdf");  // adding another keeps |first| valid
    CHECK(first == "file:///work/samples/a.pdf");
    CHECK(context.page_url("samples/a.pdf", 3) == "file:///work/samples/a.pdf#page=3");
    CHECK(context.page_url("", 3).empty());
  }
  lxw_workbook_free(workbook);
}
