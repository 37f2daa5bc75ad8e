#pragma once
// The words the reports print, one table per language (reports/labels/{en,fr,es}.cpp): headings,
// column names, role names, statistics categories, month and weekday names, and the cue words
// that tell a speaker's gender (honorifics) and kind of organisation. Code holds no
// language-specific word; a new language is one more table.

#include <array>
#include <span>
#include <string_view>

namespace idm {

/// The kinds of organisation the statistics count, in the order they are shown.
enum class OrgKind {
  kGovernment,
  kUnSystem,
  kIntergovernmental,
  kCivilSociety,
  kPrivateSector,
  kAcademia,
  kMigrantsDiaspora,
  kUnknown,
};
inline constexpr std::size_t kOrgKinds = 8;

/// UN M49 regions (the Americas split in its two M49 intermediate regions), then unknown.
enum class Region {
  kAfrica,
  kLatinAmericaCaribbean,
  kNorthernAmerica,
  kAsia,
  kEurope,
  kOceania,
  kUnknown,
};
inline constexpr std::size_t kRegions = 7;

enum class Gender { kWoman, kMan, kUnknown };

/// Words that mark an organisation (or a function, when no organisation is given) as |kind|,
/// matched as whole words on folded text (case and accents ignored).
struct OrgCue {
  OrgKind kind;
  std::span<const std::string_view> words;
};

struct ReportLabels {
  std::string_view code;  // "en", "fr", "es"

  // Dates: "14 April 2031" / "14 avril 2031" / "14 de abril de 2031".
  std::array<std::string_view, 12> months;
  std::array<std::string_view, 7> weekdays;  // Sunday first
  std::string_view day_month;                // "{day} {month}" with fmt names day, month
  std::string_view day_month_year;           // "{day} {month} {year}"
  std::string_view weekday_date;             // "{weekday} {date}"

  // Summary (md, html, pdf).
  std::string_view kicker;          // above the PDF's title
  std::string_view workshop_named;  // "Workshop {}" when the event has no title
  std::string_view dates;
  std::string_view venue;
  std::string_view workshop;
  std::string_view contents;
  std::string_view key_messages;
  std::string_view recommendations;
  std::string_view programme;
  std::string_view statements;
  std::string_view sources;
  std::string_view statistics;
  std::string_view none_in_sources;
  std::string_view none;
  std::string_view untitled;
  std::string_view day_n;  // "Day {}"
  std::string_view sessions_without_date;
  std::string_view speakers_without_session;
  std::string_view speaker_not_named;
  std::string_view source;    // "Source"
  std::string_view from;      // "From {}" (heading of one document's items)
  std::string_view also_in;   // "also in" (the same point in another document)
  std::string_view page_ref;  // "{}, p. {}"
  std::string_view page_of;   // "Page {} of {}"
  std::string_view pages_n;   // "{} pages"
  std::string_view compiled;  // "Compiled from {} source documents."
  std::string_view footer;    // "Written by idmreport from {} source documents."
  std::string_view links_note;
  std::string_view time;
  std::string_view session;
  std::string_view document_type;
  std::string_view language;
  std::string_view title;
  std::string_view pages;
  std::string_view pages_cited;
  std::array<std::string_view, 4> parts;  // key messages, recommendations, programme, statements

  // Roles: singular label, and the heading over several people.
  std::string_view moderator;
  std::string_view presenter;
  std::string_view opening;
  std::string_view speaker;
  std::string_view closing;
  std::string_view speakers_heading;

  // speakers.xlsx / speakers.csv columns.
  std::string_view col_day;
  std::string_view col_date;
  std::string_view col_start;
  std::string_view col_end;
  std::string_view col_session;
  std::string_view col_role;
  std::string_view col_person;
  std::string_view col_honorific;
  std::string_view col_name;
  std::string_view col_function;
  std::string_view col_organisation;
  std::string_view col_country;
  std::string_view col_note;
  std::string_view col_document;
  std::string_view col_page;
  std::string_view col_also_in;  // other documents (and pages) listing the same entry
  std::string_view col_gender;
  std::string_view col_region;
  std::string_view col_org_kind;
  std::string_view col_roles;
  std::string_view col_appearances;
  std::string_view sheet_speakers;
  std::string_view sheet_people;
  std::string_view sheet_statistics;

  // Statistics.
  std::string_view measure;
  std::string_view count;
  std::string_view share;
  std::string_view category;
  std::string_view stat_sessions;
  std::string_view stat_speakers;  // speaking slots: one per person and session
  std::string_view stat_people;
  std::string_view stat_women_share;       // women among moderators and panellists
  std::string_view stat_panel_known;       // moderators and panellists of known gender
  std::string_view stat_panel_women;       // of whom women
  std::string_view stat_women_share_note;  // "{} of {} whose honorific tells"
  std::string_view by_role;
  std::string_view by_gender;
  std::string_view by_country;
  std::string_view by_region;
  std::string_view by_org_kind;
  std::string_view women;
  std::string_view men;
  std::string_view unknown;
  std::array<std::string_view, kRegions> regions;
  std::array<std::string_view, kOrgKinds> org_kinds;
  std::string_view counted_note;  // how the figures are counted

  // Cue words (folded: lower case, no accents, no dots).
  std::span<const std::string_view> women_honorifics;
  std::span<const std::string_view> men_honorifics;
  std::span<const OrgCue> org_cues;
};

extern const ReportLabels kLabelsEn;
extern const ReportLabels kLabelsFr;
extern const ReportLabels kLabelsEs;

/// Every table, English first.
std::span<const ReportLabels* const> all_report_labels();

/// The table of |language| ("fr", "en", "es"; English for any other).
const ReportLabels& report_labels(std::string_view language);

}  // namespace idm
