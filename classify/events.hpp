#pragma once
// The workshops (events) a document is about: series title, theme, dates, city and venue.

#include <string>
#include <vector>

#include "classify/language_table.hpp"
#include "model/document_record.hpp"

namespace idm {

/// The workshops of a document, from its blocks:
/// - the title page: the series name line ("Dialogue international sur la migration 2018")
///   gives the title and year; the main heading near it (not a document-type title such as
///   "Ordre du jour") gives the theme; the date/venue line ("8 et 9 octobre 2018, salle de
///   conférence XVIII, Palais des Nations, Genève") gives the dates, the city (as printed, one
///   of the tables' cities) and the venue (what lies between the date and the city);
/// - without a date line, prose of the first pages naming dates with a city ("held in New
///   York (14-15 April 2031) and Geneva (6-7 October 2031)", "se tiendra les 14 et 15 avril
///   2031 au Siège ... à New York"), one event each;
/// - else one event with the year only (a concept note announcing a year), the year and theme
///   then possibly from a quoted theme ("En 2018, ... au thème « ... »").
/// Slugs: "<year>-<MM>-<city in English, lower case, hyphenated>", or "<year>".
/// |language| is the document's table; the cues of every table are recognised.
std::vector<Event> find_events(const DocumentRecord& record, const LanguageTable& language);

/// "2018-10-geneva" from the start date and the English city name; "<year>" without them.
std::string event_slug(int year, const std::string& start_date, std::string_view city_english);

}  // namespace idm
