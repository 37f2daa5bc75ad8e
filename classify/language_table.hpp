#pragma once
// The cue words of one language. Every language-specific word the classifier looks for lives
// in one of these tables (languages/*.cpp), never in the code paths: a new language is a new
// table plus samples. All entries are folded (fold_for_matching: lower case, no accents,
// plain apostrophes and hyphens).

#include <span>
#include <string_view>
#include <vector>

namespace idm {

using Cues = std::span<const std::string_view>;

/// A printed city name and the English name used in slugs ("geneve" -> "Geneva").
struct CityName {
  std::string_view printed;
  std::string_view canonical;
};

/// A word that numbers a programme day ("premiere" -> 1, "second" -> 2).
struct Ordinal {
  std::string_view word;
  int value;
};

/// A loose head word of a document's title and the type it names ("synthese" ->
/// summary_of_conclusions), for titles that no full title phrase names.
struct TypeHead {
  std::string_view word;
  std::string_view doc_type;
};

struct LanguageTable {
  std::string_view code;  // ISO 639-1
  Cues stopwords;         // frequent function words: language identification

  // Document type, from the title or headings.
  Cues agenda_titles;
  Cues concept_note_titles;
  Cues summary_titles;
  Cues report_titles;
  std::span<const TypeHead> type_heads;  // first or last word of a short title heading

  // Workshops and dates.
  Cues series_names;   // "international dialogue on migration"
  Cues months;         // January first
  Cues weekdays;       // any order
  Cues range_joiners;  // "et", "and", "y", "au", "to" between two days of a range
  std::span<const CityName> cities;
  Cues place_prepositions;  // "in", "a", "en": before a place named in prose

  // Programme.
  Cues day_words;  // "journee", "day", "dia": a day heading of the programme
  std::span<const Ordinal> ordinals;
  Cues registration;  // session kinds, by cue in the slot title
  Cues opening;
  Cues closing;
  Cues breaks;
  Cues side_events;
  Cues panels;
  Cues venue_labels;     // "lieu", "venue", "lugar" (followed by ':')
  Cues question_intros;  // "questions qui orienteront", "guiding questions"

  // Roles, as labels before a colon ("Moderator:", "Orateurs :").
  Cues moderator_labels;
  Cues speaker_labels;
  Cues presenter_labels;
  Cues opening_labels;
  Cues closing_labels;
  Cues honorifics;  // "m.", "mme", "s.e.", "mr", "ms", "dr", "sra." ...
  // The honorifics (of this table) that say a person is a woman or a man ("mme", "sra.",
  // "docteure" / "m.", "sr.", "doctor"): a later "Mme X" is not the "M. Y X" printed before.
  Cues feminine_honorifics;
  Cues masculine_honorifics;
  // Abbreviations that are words of a name and keep their dot ("st." of "St. Hilaire").
  Cues name_abbreviations;
  Cues notes;  // "message video", "video message": kept apart from the function

  // Findings: head words of the section titles and introducing sentences, matched as word
  // starts ("recommandation" finds "Recommandations principales").
  Cues key_message_headings;
  Cues recommendation_headings;
  Cues directive_cues;     // "should", "doivent", "deberian": a sentence saying what to do
  Cues reporting_verbs;    // "a souligne", "stressed", "senalo"
  Cues attribution_leads;  // "selon", "according to", "como senalo"

  // Speaker entries: the first word of an organisation's name ("ministere", "institute",
  // "universidad"), where an entry without commas names one after the function.
  Cues organization_heads;
  // Words of an organisation named after a country or people ("diaspora"): the country that
  // ends such a name stays in it ("Réseau de la diaspora du Mali").
  Cues organization_of_country;
};

/// Every table the classifier knows, in a fixed order.
const std::vector<const LanguageTable*>& language_tables();

/// The table for |code|, or nullptr.
const LanguageTable* find_language(std::string_view code);

}  // namespace idm
