// gender_of() and org_kind_of() rule cues out by the letters that start the text's words
// before searching: they must answer as the plain search of every cue (kept here as the
// reference) does, for texts that hold cues, near misses and none.

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reports/labels.hpp"
#include "reports/statistics.hpp"
#include "reports/workshop_speakers.hpp"

using namespace idm;

namespace {

bool reference_has(std::string_view text, std::span<const std::string_view> words) {
  const std::string padded = " " + fold_key(text) + " ";
  for (const std::string_view word : words) {
    const std::string key = fold_key(word);
    if (!key.empty() && padded.find(" " + key + " ") != std::string::npos) return true;
  }
  return false;
}

Gender reference_gender(std::string_view honorific) {
  bool woman = false;
  bool man = false;
  for (const ReportLabels* labels : all_report_labels()) {
    woman = woman || reference_has(honorific, labels->women_honorifics);
    man = man || reference_has(honorific, labels->men_honorifics);
  }
  if (woman == man) return Gender::kUnknown;
  return woman ? Gender::kWoman : Gender::kMan;
}

OrgKind reference_org_kind(std::string_view organization, std::string_view function) {
  for (const std::string_view text : {organization, function}) {
    if (text.empty()) continue;
    std::size_t best = SIZE_MAX;
    OrgKind kind = OrgKind::kUnknown;
    for (const ReportLabels* labels : all_report_labels()) {
      for (std::size_t i = 0; i < labels->org_cues.size() && i < best; ++i) {
        if (reference_has(text, labels->org_cues[i].words)) {
          best = i;
          kind = labels->org_cues[i].kind;
        }
      }
    }
    if (kind != OrgKind::kUnknown) return kind;
  }
  return OrgKind::kUnknown;
}

// Every cue word of every language, honorifics and organisation cues alike.
std::vector<std::string> all_cue_words() {
  std::vector<std::string> words;
  for (const ReportLabels* labels : all_report_labels()) {
    for (const std::string_view w : labels->women_honorifics)
      words.emplace_back(w);
    for (const std::string_view w : labels->men_honorifics)
      words.emplace_back(w);
    for (const OrgCue& cue : labels->org_cues)
      for (const std::string_view w : cue.words)
        words.emplace_back(w);
  }
  return words;
}

}  // namespace

TEST_CASE("gender_of and org_kind_of answer as a search of every cue") {
  const std::vector<std::string> cues = all_cue_words();
  REQUIRE(cues.size() > 20);
  std::vector<std::string> texts = {"",
                                    " ",
                                    "x",
                                    "Radio Monde",
                                    "journaliste",
                                    "Ministère du Travail",
                                    "International Organization for Migration (IOM)",
                                    "Réseau des diasporas africaines",
                                    "H.E. Ms",
                                    "S.E. Sr.",
                                    "Dra.",
                                    "Prof."};
  for (const std::string& cue : cues) {
    texts.push_back(cue);                                // alone
    texts.push_back("The " + cue + " of Somewhere");     // inside
    texts.push_back(cue + "s");                          // a longer word: no cue
    texts.push_back("x" + cue);                          // glued to another word: no cue
    texts.push_back(cue.substr(0, cue.size() / 2 + 1));  // cut short
  }
  // Two cues in one text, of different kinds and languages: precedence decides.
  std::uint64_t state = 0x2545F4914F6CDD1Dull;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int n = 0; n < 1500; ++n)
    texts.push_back(cues[next() % cues.size()] + ", " + cues[next() % cues.size()]);

  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(gender_of(text) == reference_gender(text));
    CHECK(org_kind_of(text, "") == reference_org_kind(text, ""));
    CHECK(org_kind_of("", text) == reference_org_kind("", text));
    CHECK(org_kind_of("Radio Monde", text) == reference_org_kind("Radio Monde", text));
  }
}
