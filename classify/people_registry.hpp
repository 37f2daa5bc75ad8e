#pragma once
// Builds the run's registry of persons from the speakers and statements of every record.

#include <vector>

#include "model/document_record.hpp"
#include "model/people.hpp"

namespace idm {

/// One Person per individual across |records| (in record order; appearances sorted by
/// document, page). Two spellings are one person when their folded surnames agree and their
/// given names agree or one is an initial, a prefix, or missing ("M. Swing" -> "William Lacy
/// Swing") — a surname-only mention joins only when a single person has that surname.
std::vector<Person> build_people_registry(const std::vector<DocumentRecord>& records);

/// The registry key of a name: folded, honorifics and punctuation removed ("Mme Lúcia
/// Brüllhardt" -> "lucia brullhardt").
std::string person_key(const std::string& name);

}  // namespace idm
