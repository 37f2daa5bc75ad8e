// printable: a file name or a message from a PDF cannot split a stderr line or reorder it.

#include <doctest/doctest.h>

#include "pipeline/printable.hpp"

using idm::printable;

TEST_CASE("printable: controls, bidi controls and broken UTF-8 escaped, the rest kept") {
  CHECK(printable("plain name.pdf") == "plain name.pdf");
  CHECK(printable("Genève – 2018 «café».pdf") == "Genève – 2018 «café».pdf");
  CHECK(printable("two\nlines.pdf") == "two\\nlines.pdf");
  CHECK(printable("tab\there\r") == "tab\\there\\r");
  CHECK(printable("bell\x07 esc\x1b[31m del\x7f") == "bell\\x07 esc\\x1b[31m del\\x7f");
  CHECK(printable("evil\u202Efdp.exe") == "evil\\u202efdp.exe");
  CHECK(printable("\u2066isolate\u2069 \u200F") == "\\u2066isolate\\u2069 \\u200f");
  CHECK(printable("c1 \u0085 control") == "c1 \\u0085 control");
  CHECK(printable("latin1 \xe9t\xe9") == "latin1 \\xe9t\\xe9");
  CHECK(printable("cut \xe2\x82") == "cut \\xe2\\x82");
  CHECK(printable("overlong \xc0\xaf") == "overlong \\xc0\\xaf");
}
