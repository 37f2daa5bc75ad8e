#pragma once
// The figures organisers quote, per workshop and for the run: sessions, speaking slots,
// distinct people; slots by role; people by gender (from the honorific only), country, M49
// region and kind of organisation; the share of women among moderators and panellists. The
// workbooks' Statistics sheets, their charts and the summaries' charts all show these numbers.

#include <cstdint>
#include <string>
#include <vector>

#include "reports/labels.hpp"
#include "reports/workshop_speakers.hpp"

namespace idm {

/// One person of a speaker list, with what the statistics read about them (first non-empty
/// value over their rows, in list order).
struct PersonFacts {
  std::string key;     // the registry's person id, else "name:" + the folded name
  std::string person;  // registry id, may be empty
  std::string name;    // display name (honorific and name)
  std::string honorific;
  std::string organization;
  std::string function;
  std::string country;       // as printed
  std::string country_code;  // ISO alpha-2
  Gender gender = Gender::kUnknown;
  Region region = Region::kUnknown;
  OrgKind org_kind = OrgKind::kUnknown;
  std::vector<std::string> roles;  // role_rank() order, each once
  std::int64_t sessions = 0;       // rows (one per session)
  std::string document;            // of the first row, for links
  std::string source_path;
  int page = 0;
};

/// One bar of a breakdown.
struct Tally {
  std::string key;    // role, country code, or the enum's position as text
  std::string label;  // as shown
  std::int64_t count = 0;
};

struct Statistics {
  std::int64_t sessions = 0;
  std::int64_t slots = 0;          // speaker rows: one per person and session
  std::int64_t people = 0;         // distinct people
  std::vector<Tally> by_role;      // every known role, then others (slots)
  std::vector<Tally> by_gender;    // women, men, unknown (people)
  std::vector<Tally> by_country;   // most people first, unknown last (people)
  std::vector<Tally> by_region;    // every M49 region, unknown last (people)
  std::vector<Tally> by_org_kind;  // every kind, unknown last (people)
  std::int64_t panel_people = 0;   // distinct moderators and panellists (role "speaker")
  std::int64_t panel_known = 0;    // of whom the honorific tells the gender
  std::int64_t panel_women = 0;
};

/// Gender told by |honorific| ("Mme", "Ms", "Sra.", "H.E. Ms"): the honorific words of every
/// language table; unknown otherwise (never guessed from a name).
Gender gender_of(std::string_view honorific);

/// Kind of the organisation |organization| (or of |function| when it names none), from the
/// cue words of every language table; unknown when none matches.
OrgKind org_kind_of(std::string_view organization, std::string_view function);

/// The people of |rows| (speaker_before() order), in order of first appearance.
std::vector<PersonFacts> people_of(const std::vector<SpeakerRow>& rows);

/// The figures of |rows| (a workshop's speaker list, or every workshop's for the run) with
/// |sessions| sessions, labelled in |labels|' language.
Statistics compute_statistics(const std::vector<SpeakerRow>& rows, std::int64_t sessions,
                              const ReportLabels& labels);
/// The same, with |people| == people_of(|rows|) already at hand (speakers.xlsx lists them too):
/// finding a person's gender and kind of organisation is most of the cost.
Statistics compute_statistics(const std::vector<SpeakerRow>& rows,
                              const std::vector<PersonFacts>& people, std::int64_t sessions,
                              const ReportLabels& labels);

/// The label of a gender, region or kind of organisation.
std::string_view gender_label(Gender gender, const ReportLabels& labels);

}  // namespace idm
