// The ASCII answers of the letter predicates (answered without utf8proc) are utf8proc's, and
// so are the NFC shortcuts.

#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <string>

#include "extractors/unicode_text.hpp"

using namespace idm;

TEST_CASE("unicode_text: ASCII letters as utf8proc classifies them") {
  for (char32_t c = 0; c < 0x80; ++c) {
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    CAPTURE(static_cast<unsigned>(c));
    CHECK(is_letter(c) == (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO));
    CHECK(is_uppercase_letter(c) == (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT));
    CHECK(is_lowercase_letter(c) == (cat == UTF8PROC_CATEGORY_LL));
  }
}

namespace {

std::string nfc(const std::string& text) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string result = n < 0 ? "<error>" : std::string(reinterpret_cast<char*>(out), n);
  std::free(out);
  return result;
}

std::string utf8(char32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

}  // namespace

TEST_CASE("unicode_text: code points said NFC-inert are their own NFC after any letter") {
  // Letters that open compositions, plain and accented, and an inert neighbour after.
  const std::u32string bases = U"AEIOUYNCSZGKLRWaeiouyncszgklrw\u00C0\u00E9\u00D6\u00FC\u0152";
  size_t inert = 0;
  for (char32_t c = 0x20; c < 0x3000; ++c) {
    if (!is_nfc_inert(c)) continue;
    ++inert;
    CAPTURE(static_cast<unsigned>(c));
    REQUIRE(utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class == 0);
    REQUIRE(nfc(utf8(c)) == utf8(c));
    for (char32_t b : bases) {
      const std::string pair = utf8(b) + utf8(c) + "a";
      REQUIRE(nfc(pair) == pair);
    }
  }
  CHECK(inert > 0x300);
  // Marks and the quads are not: they compose with their letter or decompose.
  CHECK_FALSE(is_nfc_inert(0x301));
  CHECK_FALSE(is_nfc_inert(0x2000));
  CHECK_FALSE(is_nfc_inert(0x20D7));
}

TEST_CASE("normalize_printed: accented Latin and curly quotes keep, decomposed accents compose") {
  CHECK(normalize_printed("l\u2019\u00E9t\u00E9 \u2013 \u201Cd\u00E9j\u00E0\u201D \u20AC") ==
        "l\u2019\u00E9t\u00E9 \u2013 \u201Cd\u00E9j\u00E0\u201D \u20AC");
  CHECK(normalize_printed("e\u0301t\u00E9 \u2019") == "\u00E9t\u00E9 \u2019");
  CHECK(normalize_printed("\u2126 \u00E9") == "\u03A9 \u00E9");  // ohm sign: Greek omega
}

TEST_CASE("normalize_printed: accented words are given back as they are, and only them") {
  CHECK(normalize_printed("Se\u00F1ora Mu\u00F1oz \u2014 \u00AB\u00E9t\u00E9\u00BB\u2026") ==
        "Se\u00F1ora Mu\u00F1oz \u2014 \u00AB\u00E9t\u00E9\u00BB\u2026");
  // What an accented word may still carry: a soft hyphen, a C1 control, a zero-width space,
  // a tab, a combining accent, a quad, a ligature, invalid UTF-8.
  CHECK(normalize_printed("peri\u00ADo\u0301dico") == "peri\u00F3dico");
  CHECK(normalize_printed("\u00E9\u0085t\u00E9") == "\u00E9t\u00E9");
  CHECK(normalize_printed("\u00E9\u200Bt\u00E9") == "\u00E9t\u00E9");
  CHECK(normalize_printed("\u00E9\tt\u00E9") == "\u00E9 t\u00E9");
  CHECK(normalize_printed("\u00E9\u2000t") == "\u00E9\u2002t");
  CHECK(normalize_printed("\u00E9\uFB01n") == "\u00E9fin");
  CHECK(normalize_printed("\u00E9\xC3") == "\u00E9\uFFFD");
}
