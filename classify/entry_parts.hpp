#pragma once
// The parts of a speaker's function as printed: "Director, Migration Policy Institute, Ghana"
// -> organisation "Migration Policy Institute", country "Ghana" (GH).

#include <string>
#include <string_view>

namespace idm {

struct EntryParts {
  std::string organization;  // as printed, empty when the entry names none
  std::string country;       // as printed
  std::string country_code;  // ISO 3166-1 alpha-2
};

/// Reads the organisation and country out of a function by the entry's structure: a country
/// (iso-codes names, any of the three languages) as the last comma-separated part, in
/// brackets at the end ("São Paulo (Brésil)") or after a preposition ("… del Uruguay"); the
/// organisation as the part after the title ("Title, Organisation[, Country]") or, in an entry
/// without commas, from the first organisation word of the language tables ("Directora de
/// Asuntos Internacionales del Ministerio de Trabajo").
EntryParts split_function(std::string_view function);

}  // namespace idm
