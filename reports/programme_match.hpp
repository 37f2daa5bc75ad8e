#pragma once
// Whether two documents of one workshop describe the same session or the same person: an
// agenda, its scan (read by OCR, with its misread letters) and a yearly report's annex print
// one programme with small differences (a title cut elsewhere, an end time left out, "l'atlas"
// read "Patlas"), and the workshop's outputs show it once.

#include <string_view>

#include "model/document_record.hpp"

namespace idm {

/// Edit distance (Levenshtein, bytes) between |a| and |b|, as a share of the longer one:
/// 1 for equal texts, 0 for nothing in common. Both empty: 1.
double text_similarity(std::string_view a, std::string_view b);

/// Titles of one session as two documents print them: equal once folded (case, accents,
/// punctuation), a few letters apart (OCR), or one the other's first words (a title cut short
/// or carrying a subtitle).
bool same_session_title(std::string_view a, std::string_view b);

/// Two sessions of different documents that are one: same day and date (when both give them),
/// same start, ends that agree (or one missing), and titles that match (same_session_title()).
/// A session without a start matches only one with the same folded title and no start.
bool same_session(const Session& a, const Session& b);

/// Two names of one person: equal once folded, a leading honorific printed in the name (one of
/// |honorific_a|, |honorific_b|, the entries' own) left aside ("Dr Ana Ruiz" / "Ana Ruiz").
/// With |misread| (names from two documents, one maybe read by OCR) also a letter or two apart
/// in a long enough name, or preceded by a few short words (a misread honorific, "HLE. Ms").
bool same_person_name(std::string_view a, std::string_view b, std::string_view honorific_a = {},
                      std::string_view honorific_b = {}, bool misread = true);

}  // namespace idm
