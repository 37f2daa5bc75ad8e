#pragma once
// The programme of an agenda (or of a report's annexed agendas): time slots as sessions, with
// their day, times, kind, venue, description, guiding questions and people.

#include <string>
#include <string_view>
#include <vector>

#include "classify/language_table.hpp"
#include "model/document_record.hpp"

namespace idm {

struct TimeRange {
  std::string start, end;  // HH:MM
  size_t length = 0;       // bytes of the text the range took
};

/// A time range opening |text|: "9 h – 10 h", "10 h 30 – 12 h", "10h30–12h", "10:30 – 12:00",
/// "17 h -17 h 30", "10.30 – 12.00 horas". False when |text| does not start with one.
bool parse_time_range(std::string_view text, TimeRange& range);

struct Programme {
  std::vector<Session> sessions;
  std::vector<Speaker> speakers;
  std::vector<std::string> slot_blocks;      // block ids of slot times and titles
  std::vector<std::string> question_blocks;  // block ids of guiding questions
  std::vector<std::string> slot_content;     // other blocks read into a slot (people, venue...)
};

/// Reads the programme from |record|'s blocks. |record.events| (already found) give the dates
/// of the days and the event of each session.
Programme read_programme(const DocumentRecord& record, const LanguageTable& language);

class FoldCache;

/// The same, the blocks' texts folded through |folds| (shared with the other readers).
Programme read_programme(const DocumentRecord& record, const LanguageTable& language,
                         FoldCache& folds);

}  // namespace idm
