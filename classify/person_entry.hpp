#pragma once
// One entry of a programme's list of people: "H.E. Ms Ingrid Solvang, Minister of Labour and
// Social Inclusion, Norway (video message)".

#include <string>
#include <string_view>

namespace idm {

struct PersonEntry {
  std::string honorific;  // as printed, possibly compound ("H.E. Ms", "S.E. M.")
  std::string name;       // without the honorific
  std::string function;   // the rest, as printed, notes removed
  std::string note;       // "video message", "message vidéo" (from the tables' notes)
};

/// Splits an entry into honorific, name, function and note (honorifics and notes from every
/// language table). Returns false when the entry does not start with a person's name.
bool parse_person_entry(std::string_view text, PersonEntry& entry);

/// Length in bytes of the honorific(s) that open |text| (0 when none), spaces included.
size_t leading_honorifics(std::string_view text);

/// Where a second entry the layout ran into |text| starts ("…, Universidad de Doha (Catar)
/// Señora Elif Mohammadi, Directora…"), or npos: after a first entry with its function (a
/// comma), a capitalised honorific not after a comma or another honorific, then a name of two
/// words or more and a comma.
size_t next_entry_start(std::string_view text);

}  // namespace idm
