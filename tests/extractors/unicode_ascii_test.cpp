// The ASCII answers of the letter predicates (answered without utf8proc) are utf8proc's.

#include <doctest/doctest.h>
#include <utf8proc.h>

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
