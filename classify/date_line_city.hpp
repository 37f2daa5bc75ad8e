#pragma once
// The city of a workshop from the STRUCTURE of the text around its date, not from a list of
// cities: a date/venue line is a chain of segments ("Maison de la culture, auditorium –
// Hanoï (Viet Nam), jeudi 2 et vendredi 3 mars 2006"), and prose names the place just before
// the date ("se tiendra à Port Moresby les 26 et 27 avril").

#include <cstddef>
#include <optional>
#include <string_view>

namespace idm {

/// A span of printed bytes.
struct TextSpan {
  size_t begin = 0, end = 0;
};

/// The city of a date/venue line |line| (printed, one clause) whose date covers [date_begin,
/// date_end). The line is cut into segments at , ; : | / · ( ) and spaced dashes; each keeps
/// what reads as a place name (capitalised words, inner particles allowed, edge prepositions
/// and weekday names dropped). Of those, in order:
/// - one followed by a country ("Hanoï (Viet Nam)", "(Madrid, Spain)");
/// - one named again inside another segment ("Apia Cultural Centre, ..., Apia");
/// - the one just before the date ("Palacio de Congresos – Colombo, del 19 al 20 ...");
/// - the last one after the date (venue runs from room to building to city);
/// - a country alone before the date ("Panama, du 19 au 20 mai"): a city of that name.
std::optional<TextSpan> city_of_date_line(std::string_view line, size_t date_begin,
                                          size_t date_end);

/// The place named in prose just before a date at |date_begin| of |text|: a run of one to
/// four capitalised words after a preposition of place (the tables' place_prepositions), followed
/// by at most two short lower-case words or an opening bracket ("in Kuala Lumpur on 8 and 9
/// May", "en Almaty (15-16 de mayo)", "en Hanói los días 26 – 27"). Never a country, month or
/// weekday.
std::optional<TextSpan> place_before_date(std::string_view text, size_t date_begin);

}  // namespace idm
