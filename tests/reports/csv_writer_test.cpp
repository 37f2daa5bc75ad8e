// speakers.csv: RFC 4180 quoting, UTF-8 byte-order mark, CRLF, formula injection.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "reports/csv_writer.hpp"

using idm::csv_field;
using idm::CsvWriter;
using idm::neutralize_formula;

TEST_CASE("csv: a document starts with the UTF-8 byte-order mark and ends rows with CRLF") {
  CsvWriter csv;
  csv.row({"Name", "Pays"});
  csv.row({"Élodie Marchand", "Côte d'Ivoire"});
  CHECK(csv.str() == "\xEF\xBB\xBF\"Name\",\"Pays\"\r\n\"Élodie Marchand\",\"Côte d'Ivoire\"\r\n");

  const std::vector<std::string> fields = {"a", "", "c"};
  CsvWriter other;
  other.row(fields);
  CHECK(other.str() == "\xEF\xBB\xBF\"a\",\"\",\"c\"\r\n");
}

TEST_CASE("csv: quotes are doubled; commas and line breaks stay inside the quoted field") {
  CHECK(csv_field("plain") == "\"plain\"");
  CHECK(csv_field("say \"hello\"") == "\"say \"\"hello\"\"\"");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("line\r\nbreak") == "\"line\r\nbreak\"");
  CHECK(csv_field("") == "\"\"");
}

TEST_CASE("csv: cells a spreadsheet would run as a formula get a leading apostrophe") {
  CHECK(csv_field("=1+1") == "\"'=1+1\"");
  CHECK(csv_field("+33") == "\"'+33\"");
  CHECK(csv_field("-2") == "\"'-2\"");
  CHECK(csv_field("@SUM(A1:A2)") == "\"'@SUM(A1:A2)\"");
  CHECK(csv_field("\t=cmd") == "\"'\t=cmd\"");
  CHECK(csv_field("\r=cmd") == "\"'\r=cmd\"");
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  // Only the first character matters.
  CHECK(neutralize_formula("1+1=2") == "1+1=2");
  CHECK(neutralize_formula("Okafor-Reyes") == "Okafor-Reyes");
  CHECK(neutralize_formula("") == "");
  CHECK(neutralize_formula("'quoted") == "'quoted");
}

TEST_CASE("csv: invalid UTF-8 is replaced, never passed through") {
  CHECK(csv_field("a\xFF"
                  "b") ==
        "\"a\xEF\xBF\xBD"
        "b\"");
}
