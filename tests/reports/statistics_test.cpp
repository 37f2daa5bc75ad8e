// The figures of the Statistics sheets and summaries (reports/statistics.hpp).

#include "reports/statistics.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "reports/chart_svg.hpp"
#include "reports/regions.hpp"
#include "reports/xlsx_util.hpp"

using namespace idm;

namespace {

SpeakerRow row(std::string honorific, std::string name, std::string role, std::string organization,
               std::string code) {
  SpeakerRow r;
  r.honorific = std::move(honorific);
  r.name = std::move(name);
  r.role = std::move(role);
  r.organization = std::move(organization);
  r.country_code = std::move(code);
  return r;
}

}  // namespace

TEST_CASE("gender is read from the honorific only, in every language") {
  CHECK(gender_of("Mme") == Gender::kWoman);
  CHECK(gender_of("M.") == Gender::kMan);
  CHECK(gender_of("H.E. Ms") == Gender::kWoman);
  CHECK(gender_of("S.E. Sr.") == Gender::kMan);
  CHECK(gender_of("Sra.") == Gender::kWoman);
  CHECK(gender_of("Dra.") == Gender::kWoman);
  CHECK(gender_of("Dr.") == Gender::kUnknown);
  CHECK(gender_of("Prof.") == Gender::kUnknown);
  CHECK(gender_of("") == Gender::kUnknown);
}

TEST_CASE("kinds of organisation from the words of each language") {
  CHECK(org_kind_of("Ministère du Travail", "") == OrgKind::kGovernment);
  CHECK(org_kind_of("Ministerio de Ambiente", "") == OrgKind::kGovernment);
  CHECK(org_kind_of("International Organization for Migration (IOM)", "") == OrgKind::kUnSystem);
  CHECK(org_kind_of("Organización Internacional para las Migraciones (OIM)", "") ==
        OrgKind::kUnSystem);
  CHECK(org_kind_of("Commission de l'Union africaine", "") == OrgKind::kIntergovernmental);
  CHECK(org_kind_of("Universidad de Concepción", "") == OrgKind::kAcademia);
  CHECK(org_kind_of("Réseau des diasporas africaines", "") == OrgKind::kMigrantsDiaspora);
  CHECK(org_kind_of("Fondation Terre Solidaire", "") == OrgKind::kCivilSociety);
  CHECK(org_kind_of("Chamber of Commerce of Lagos", "") == OrgKind::kPrivateSector);
  CHECK(org_kind_of("", "Minister of Labour, Norway") == OrgKind::kGovernment);
  CHECK(org_kind_of("Radio Monde", "journaliste") == OrgKind::kUnknown);
}

TEST_CASE("organisation cues match whole words, first, last or alone") {
  CHECK(org_kind_of("Ministry", "") == OrgKind::kGovernment);
  CHECK(org_kind_of("The Permanent Mission here", "") == OrgKind::kGovernment);
  CHECK(org_kind_of("Subministry ministryland", "") == OrgKind::kUnknown);
  CHECK(org_kind_of("Ministrys a ministry", "") == OrgKind::kGovernment);
}

TEST_CASE("M49 regions by ISO code") {
  CHECK(region_of("ML") == Region::kAfrica);
  CHECK(region_of("CL") == Region::kLatinAmericaCaribbean);
  CHECK(region_of("US") == Region::kNorthernAmerica);
  CHECK(region_of("WS") == Region::kOceania);
  CHECK(region_of("SE") == Region::kEurope);
  CHECK(region_of("PH") == Region::kAsia);
  CHECK(region_of("") == Region::kUnknown);
  CHECK(region_of("QQ") == Region::kUnknown);
}

TEST_CASE("statistics count people once, slots per session") {
  SpeakerRow a1 = row("Ms", "Ana Diaz", "moderator", "Ministry of Labour", "CL");
  a1.person = "p-ana-diaz";
  SpeakerRow a2 = a1;
  a2.role = "speaker";
  const std::vector<SpeakerRow> rows = {
      a1, a2, row("Mr", "Bo Li", "speaker", "University of Lagos", "NG"),
      row("", "Chris Doe", "speaker", "", ""), row("Mme", "Eve Roy", "opening", "OIM", "FR")};
  const Statistics s = compute_statistics(rows, 3, kLabelsEn);
  CHECK(s.sessions == 3);
  CHECK(s.slots == 5);
  CHECK(s.people == 4);
  CHECK(s.by_role[0].label == "Moderator");
  CHECK(s.by_role[0].count == 1);
  CHECK(s.by_role[3].count == 3);  // speaker
  CHECK(s.by_gender[0].count == 2);
  CHECK(s.by_gender[1].count == 1);
  CHECK(s.by_gender[2].count == 1);
  CHECK(s.panel_people == 3);
  CHECK(s.panel_known == 2);
  CHECK(s.panel_women == 1);
  CHECK(s.by_country.back().label == "Unknown");
  CHECK(s.by_region[static_cast<int>(Region::kAfrica)].count == 1);
  CHECK(s.by_org_kind[static_cast<int>(OrgKind::kUnSystem)].count == 1);

  // The people already at hand (speakers.xlsx) give the same figures.
  const Statistics given = compute_statistics(rows, people_of(rows), 3, kLabelsEn);
  const auto same = [](const std::vector<Tally>& a, const std::vector<Tally>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Tally& x, const Tally& y) {
      return x.key == y.key && x.label == y.label && x.count == y.count;
    });
  };
  CHECK(given.sessions == s.sessions);
  CHECK(given.slots == s.slots);
  CHECK(given.people == s.people);
  CHECK(same(given.by_role, s.by_role));
  CHECK(same(given.by_gender, s.by_gender));
  CHECK(same(given.by_country, s.by_country));
  CHECK(same(given.by_region, s.by_region));
  CHECK(same(given.by_org_kind, s.by_org_kind));
  CHECK(given.panel_people == s.panel_people);
  CHECK(given.panel_known == s.panel_known);
  CHECK(given.panel_women == s.panel_women);
  CHECK(percent_text(1, 3) == "33.3\u00a0%");
  CHECK(percent_text(0, 0) == "\xE2\x80\x93");

  const std::string svg = bar_chart_svg(s.by_gender, "By <gender>");
  CHECK(svg.find("<svg") == 0);
  CHECK(svg.find("By &lt;gender&gt;") != std::string::npos);
  CHECK(svg.find("http") == std::string::npos);
}

TEST_CASE("bidi controls from a PDF are neutralised") {
  CHECK(valid_utf8("abc\u202Edcba\u202C") == "abcdcba");
  CHECK(valid_utf8("x\u2066y\u2069") == "xy");
  CHECK(valid_utf8("\u05D0\u200F") == "\u05D0\u200F");  // marks are harmless and kept
}

TEST_CASE("links that travel") {
  CHECK(relative_url("samples/a b.pdf", "/work/main", "/tmp/out/workshops/x") ==
        "../../../../work/main/samples/a%20b.pdf");
  CHECK(relative_url("/data/in/a.pdf", "/work", "/data/out") == "../in/a.pdf");
  CHECK(based_url("samples/a.pdf", "/work", "https://archive.example.org/idm") ==
        "https://archive.example.org/idm/samples/a.pdf");
  CHECK(based_url("/elsewhere/b.pdf", "/work", "https://x.org/") == "https://x.org/b.pdf");
  const LinkPolicy relative{"/work", "/work/out", ""};
  CHECK(relative.page("samples/a.pdf", 4) == "../samples/a.pdf#page=4");
  const LinkPolicy served{"/work", "/work/out", "https://x.org/pdf"};
  CHECK(served.page("samples/a.pdf", 4) == "https://x.org/pdf/samples/a.pdf#page=4");
}
