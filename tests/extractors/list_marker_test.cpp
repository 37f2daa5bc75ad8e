// List markers: bullets, dashes and enumerators.

#include <doctest/doctest.h>

#include "extractors/list_marker.hpp"

using namespace idm;

TEST_CASE("list markers: bullets and dashes") {
  for (const char* token : {"\u2022", "\u2013", "\u2014", "-", "\u25AA", "\u25E6", "*", "\uF0B7"}) {
    CAPTURE(token);
    CHECK(is_list_marker(token));
    CHECK_FALSE(is_enumerator(token));
  }
}

TEST_CASE("list markers: enumerators") {
  for (const char* token : {"1)", "12.", "123)", "a)", "B)", "(iv)", "iv.", "(3)", "XII)"}) {
    CAPTURE(token);
    CHECK(is_enumerator(token));
    CHECK(is_list_marker(token));
  }
}

TEST_CASE("list markers: words and numbers are not markers") {
  for (const char* token : {"", "word", "1", "1234)", "ab)", "()", ")", "2031", "(a", "+"}) {
    CAPTURE(token);
    CHECK_FALSE(is_list_marker(token));
  }
}

TEST_CASE("leading_list_marker: the marker's length in bytes, when a space follows") {
  CHECK(leading_list_marker("1) La nécessité") == 2);
  CHECK(leading_list_marker("12. Point") == 3);
  CHECK(leading_list_marker("iv. Conclusions") == 3);
  CHECK(leading_list_marker("\u2022 Item") == 3);  // U+2022 is three bytes of UTF-8
  CHECK(leading_list_marker("- dash item") == 1);
  CHECK(leading_list_marker("(a) first") == 3);
}

TEST_CASE("leading_list_marker: no marker") {
  CHECK(leading_list_marker("Migration") == 0);
  CHECK(leading_list_marker("-") == 0);  // nothing follows
  CHECK(leading_list_marker("1)") == 0);
  CHECK(leading_list_marker(" 1) indented") == 0);
  CHECK(leading_list_marker("M. Dupont") == 0);  // an honorific, not "M." as an enumerator
  CHECK(leading_list_marker("A. Bester, J. Doe") == 0);
  CHECK(leading_list_marker("2031 report") == 0);
}
