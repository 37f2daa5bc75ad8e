// Quality without gold: clean text of each language passes, every kind of broken extraction
// is flagged with its own reason.

#include "classify/quality.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "classify/languages/common_words.hpp"
#include "extractors/unicode_text.hpp"

using namespace idm;

namespace {

DocumentRecord record_of(const std::string& language, const std::vector<std::string>& pages) {
  DocumentRecord record;
  record.language = language;
  record.source.pages = static_cast<int>(pages.size());
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].empty()) continue;
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.page = static_cast<int>(i + 1);
    block.kind = "paragraph";
    block.text = pages[i];
    record.blocks.push_back(block);
  }
  return record;
}

const std::string kEnglish =
    "The workshop brought together representatives of governments, international "
    "organizations and civil society to discuss how migration can contribute to sustainable "
    "development. Participants stressed that the needs of migrants should be taken into "
    "account in national policies, and that cooperation between countries of origin, transit "
    "and destination is important for the protection of their rights.";
const std::string kFrench =
    "L'atelier a réuni des représentants des gouvernements, des organisations internationales "
    "et de la société civile afin d'examiner comment la migration peut contribuer au "
    "développement durable. Les participants ont souligné que les besoins des migrants "
    "doivent être pris en compte dans les politiques nationales et que la coopération entre "
    "les pays d'origine, de transit et de destination est essentielle pour la protection de "
    "leurs droits.";
const std::string kSpanish =
    "El taller reunió a representantes de los gobiernos, de las organizaciones "
    "internacionales y de la sociedad civil para examinar cómo la migración puede contribuir "
    "al desarrollo sostenible. Los participantes señalaron que las necesidades de los "
    "migrantes deben tenerse en cuenta en las políticas nacionales y que la cooperación entre "
    "los países de origen, tránsito y destino es importante para la protección de sus "
    "derechos.";

bool has_flag(const QualityReport& report, const std::string& start) {
  return std::any_of(report.flags.begin(), report.flags.end(),
                     [&](const std::string& f) { return f.starts_with(start); });
}

std::string flags_of(const QualityReport& report) {
  std::string out;
  for (const std::string& f : report.flags)
    out += f + "\n";
  return out;
}

std::string random_letters(size_t words, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> letter('a', 'z'), length(3, 9);
  std::string out;
  for (size_t i = 0; i < words; ++i) {
    if (!out.empty()) out += ' ';
    for (int n = length(rng); n > 0; --n)
      out += static_cast<char>(letter(rng));
  }
  return out;
}

}  // namespace

TEST_CASE("quality: clean text of every language is not flagged") {
  for (const auto& [language, text] :
       {std::pair{"en", kEnglish}, std::pair{"fr", kFrench}, std::pair{"es", kSpanish}}) {
    const QualityReport report = assess_quality(record_of(language, {text, text}), {});
    INFO(language, " ", flags_of(report));
    CHECK(report.flags.empty());
    CHECK(report.words > kMinQualityWords);
    CHECK(report.unknown_word_share < 0.5);
    CHECK(report.mean_word_length > 4);
    CHECK(report.mean_word_length < 8);
  }
}

TEST_CASE("quality: random letters are garbled text") {
  const QualityReport report = assess_quality(record_of("en", {random_letters(200, 7)}), {});
  INFO(flags_of(report));
  CHECK(report.unknown_word_share > 0.9);
  CHECK(has_flag(report, "Probably garbled text"));
  REQUIRE(report.flags.size() == 1);
  CHECK(report.flags[0].find("not common English words") != std::string::npos);
}

TEST_CASE("quality: (cid:N) debris is flagged as glyph codes") {
  std::string debris;
  for (int i = 0; i < 20; ++i)
    debris += " (cid:12)(cid:13)(cid:14)";
  const QualityReport report = assess_quality(record_of("fr", {kFrench + debris}), {});
  INFO(flags_of(report));
  CHECK(report.cid_share > 0.3);
  CHECK(has_flag(report, "Glyph codes instead of text"));
  CHECK_FALSE(has_flag(report, "Probably garbled text"));  // "cid" is not counted as a word
}

TEST_CASE("quality: runs of U+FFFD are unreadable characters") {
  std::string text = kSpanish;
  for (int i = 0; i < 10; ++i)
    text += " \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD";
  const QualityReport report = assess_quality(record_of("es", {text}), {});
  INFO(flags_of(report));
  CHECK(report.replacement_share > 0.01);
  CHECK(has_flag(report, "Unreadable characters"));
  // Invalid UTF-8 counts as replacement characters too.
  const QualityReport raw =
      assess_quality(record_of("es", {kSpanish + std::string(40, '\xFF')}), {});
  CHECK(has_flag(raw, "Unreadable characters"));
}

TEST_CASE("quality: pages without text") {
  const QualityReport report = assess_quality(record_of("en", {kEnglish, "", "", ""}), {});
  INFO(flags_of(report));
  CHECK(report.empty_page_share == doctest::Approx(0.75));
  CHECK(has_flag(report, "Pages without text: 3 of 4 pages"));
  // Furniture alone does not make a page.
  DocumentRecord record = record_of("en", {kEnglish, "", ""});
  Block furniture;
  furniture.page = 2;
  furniture.kind = "furniture";
  furniture.text = "Page 2";
  record.blocks.push_back(furniture);
  CHECK(assess_quality(record, {}).empty_page_share == doctest::Approx(2.0 / 3));
  // No text at all: only the page measure is judged.
  const QualityReport empty = assess_quality(record_of("fr", {"", ""}), {});
  CHECK(empty.words == 0);
  REQUIRE(empty.flags.size() == 1);
  CHECK(has_flag(empty, "Pages without text"));
}

TEST_CASE("quality: words run together or split into letters") {
  std::string joined = kEnglish;
  joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
  std::string text;
  for (int i = 0; i < 10; ++i)
    text += joined + " ";
  const QualityReport together = assess_quality(record_of("en", {text}), {});
  INFO(flags_of(together));
  CHECK(has_flag(together, "Words run together"));

  std::string split;
  for (char c : kFrench) {
    split += c;
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ') split += ' ';
  }
  const QualityReport apart = assess_quality(record_of("fr", {split}), {});
  INFO(flags_of(apart));
  CHECK(has_flag(apart, "Words broken apart"));
}

TEST_CASE("quality: thresholds come from the configuration") {
  QualityThresholds strict;
  strict.max_unknown_word_share = 0.05;
  CHECK(has_flag(assess_quality(record_of("en", {kEnglish}), strict), "Probably garbled text"));
  // Too few words to judge the word shares.
  CHECK(assess_quality(record_of("en", {"Xqzt vvbn plorf"}), strict).flags.empty());
}

TEST_CASE("quality: the common-word lists are folded, letters only, sorted, unique") {
  for (const Cues words :
       {languages::kCommonFrench, languages::kCommonEnglish, languages::kCommonSpanish}) {
    CHECK(words.size() >= 300);
    CHECK(std::is_sorted(words.begin(), words.end()));
    CHECK(std::adjacent_find(words.begin(), words.end()) == words.end());
    for (const std::string_view word : words) {
      INFO(word);
      CHECK(fold_for_matching(word) == word);
      CHECK(word.find_first_of(" '-.0123456789") == std::string_view::npos);
    }
  }
  CHECK(is_common_word("etat", "fr"));
  CHECK(is_common_word("the", "en"));
  CHECK(is_common_word("senalo", "es"));
  CHECK_FALSE(is_common_word("the", "fr"));
  CHECK(is_common_word("the", "de"));  // unknown language: every list
}
