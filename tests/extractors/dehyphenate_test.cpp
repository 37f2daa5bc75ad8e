// Vocabulary, join_text, join_lines: undoing end-of-line hyphenation, keeping compounds.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractors/dehyphenate.hpp"
#include "word_builder.hpp"

using namespace idm;

namespace {

Vocabulary vocabulary_of(const std::vector<std::string>& lines) {
  Vocabulary v;
  for (const std::string& line : lines)
    v.add_line(line);
  return v;
}

}  // namespace

TEST_CASE("vocabulary: counts whole words, folded, without punctuation or elision") {
  const Vocabulary v = vocabulary_of({"Les migrations, l'économie et les MIGRATIONS.",
                                      "le développement socio-économique des mi-"});
  CHECK(v.count("migrations") == 2);
  CHECK(v.count("Migrations") == 2);
  CHECK(v.count("economie") == 1);  // "l'économie": the elided article is not part of it
  CHECK(v.count("socio-économique") == 1);
  CHECK(v.count("mi") == 0);  // broken at the line end: not a word
  CHECK(v.count("mi-") == 0);
  CHECK(v.count("absent") == 0);
}

TEST_CASE("dehyphenate: 'mi-' + 'grations' joins when 'migrations' is printed elsewhere") {
  const Vocabulary v = vocabulary_of({"Les migrations internationales"});
  CHECK(join_text("les mi-", "grations de travail", v) == "les migrations de travail");
}

TEST_CASE("dehyphenate: 'socio-' + 'économique' keeps the hyphen when the compound is printed") {
  const Vocabulary v = vocabulary_of({"le développement socio-économique des régions"});
  CHECK(join_text("le développement socio-", "économique", v) ==
        "le développement socio-économique");
}

TEST_CASE("dehyphenate: the more frequent spelling wins") {
  // "co-operation" printed twice, "cooperation" once: the compound is the document's spelling.
  const Vocabulary compound = vocabulary_of({"co-operation and co-operation", "cooperation"});
  CHECK(join_text("co-", "operation", compound) == "co-operation");
  const Vocabulary joined = vocabulary_of({"cooperation and cooperation", "co-operation"});
  CHECK(join_text("co-", "operation", joined) == "cooperation");
}

TEST_CASE("dehyphenate: a word unknown either way is joined") {
  const Vocabulary v;
  CHECK(join_text("le pro-", "gramme", v) == "le programme");
}

TEST_CASE("dehyphenate: 'Vice-' + 'Secrétaire' keeps the hyphen (capital after it)") {
  const Vocabulary v;
  CHECK(join_text("la Vice-", "Secrétaire générale", v) == "la Vice-Secrétaire générale");
}

TEST_CASE("dehyphenate: hyphens and dashes that are not inside a word") {
  const Vocabulary v;
  CHECK(join_text("du 18-", "19 avril", v) == "du 18-19 avril");
  CHECK(join_text("la migration \u2014", "un enjeu", v) == "la migration \u2014 un enjeu");
  CHECK(join_text("migrations -", "travail", v) == "migrations - travail");
}

TEST_CASE("dehyphenate: lines without a hyphen are joined with a space") {
  const Vocabulary v;
  CHECK(join_text("first line", "second line", v) == "first line second line");
  CHECK(join_text("", "only", v) == "only");
  CHECK(join_text("only", "", v) == "only");
}

TEST_CASE("dehyphenate: a soft hyphen at the line end is dropped when joining") {
  const Vocabulary v = vocabulary_of({"migration"});
  CHECK(join_text("la mi\u00ad", "gration", v) == "la migration");
}

TEST_CASE("dehyphenate: join_lines mends every break of a block") {
  std::vector<Line> lines(3);
  lines[0].text = "Les mi-";
  lines[1].text = "grations et le développement socio-";
  lines[2].text = "économique.";
  const Vocabulary v = vocabulary_of({"migrations", "socio-économique"});
  CHECK(join_lines(lines, v) == "Les migrations et le développement socio-économique.");
  CHECK(join_lines({}, v).empty());
}

TEST_CASE("dehyphenate: append_joined appends in place") {
  const Vocabulary v;
  std::string out = "inter-";
  append_joined(out, "national", v);
  CHECK(out == "international");
}

TEST_CASE("dehyphenate: the typesetters' hyphen U+2010 at a line end") {
  const Vocabulary v = vocabulary_of({"la coopération régionale"});
  CHECK(join_text("la co\u2010", "opération régionale", v) == "la coopération régionale");
}

TEST_CASE("dehyphenate: a compound with an apostrophe broken at its hyphen") {
  const Vocabulary v = vocabulary_of({"la main-d’œuvre qualifiée", "l’œuvre"});
  CHECK(v.count("main-d’œuvre") == 1);
  CHECK(join_text("accords de main-", "d’œuvre dans", v) == "accords de main-d’œuvre dans");
}

TEST_CASE("dehyphenate: a compound under way keeps its hyphen when both parts are words") {
  // Neither "whole-of-approach" nor "whole-ofapproach" is printed, "of" and "approach" are.
  const Vocabulary v = vocabulary_of({"a share of the approach", "the approach of all"});
  CHECK(join_text("a whole-of-", "approach to it", v) == "a whole-of-approach to it");
  // A word cut inside a compound has no such parts.
  CHECK(join_text("the socio-eco-", "nomic side", v) == "the socio-economic side");
}
