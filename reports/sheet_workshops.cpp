// The Workshops sheet: one row per workshop of the run, with the documents that describe it.

#include <cstdint>
#include <string>

#include "model/workshops.hpp"
#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t {
  kWorkshop,
  kTitle,
  kTheme,
  kYear,
  kStart,
  kEnd,
  kCity,
  kVenue,
  kDocuments,
  kSessions,
  kSpeakers,
};

constexpr ColumnSpec kColumns[] = {
    {"Workshop", ColumnKind::kText},    {"Title", ColumnKind::kText},
    {"Theme", ColumnKind::kText},       {"Year", ColumnKind::kInteger},
    {"Start", ColumnKind::kText},       {"End", ColumnKind::kText},
    {"City", ColumnKind::kText},        {"Venue", ColumnKind::kText},
    {"Documents", ColumnKind::kText},   {"Sessions", ColumnKind::kInteger},
    {"Speakers", ColumnKind::kInteger},
};

}  // namespace

void write_workshops_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents) {
  TableSheet sheet(context, "Workshops", kColumns);
  for (const Workshop& workshop : group_workshops(documents)) {
    const Event& event = workshop.event;
    std::string ids;
    std::int64_t sessions = 0;
    std::int64_t speakers = 0;
    for (const std::size_t index : workshop.documents) {
      const DocumentRecord& record = documents.at(index);
      ids += (ids.empty() ? "" : ", ") + record.id;
      sessions += static_cast<std::int64_t>(sessions_of(record, event.slug).size());
      for (const Speaker& speaker : record.speakers) {
        if (workshop_of(record, find_session(record, speaker.session)) == event.slug) ++speakers;
      }
    }
    sheet.next_row(ids);
    sheet.text(kWorkshop, event.slug);
    sheet.text(kTitle, event.title);
    sheet.text(kTheme, event.theme);
    if (event.year > 0) sheet.integer(kYear, event.year);
    sheet.date(kStart, event.start_date);
    sheet.date(kEnd, event.end_date);
    sheet.text(kCity, event.city);
    sheet.text(kVenue, event.venue);
    sheet.text(kDocuments, ids);
    sheet.integer(kSessions, sessions);
    sheet.integer(kSpeakers, speakers);
  }
  sheet.finish();
}

}  // namespace idm
