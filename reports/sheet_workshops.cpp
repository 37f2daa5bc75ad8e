// The Workshops sheet: one row per workshop of the run, with the documents that describe it and
// the sessions and speaker rows of its merged programme.

#include <cstdint>
#include <string>

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

void write_workshops_sheet(WorkbookContext& context,
                           const std::vector<WorkshopContent>& workshops) {
  TableSheet sheet(context, "Workshops", kColumns);
  for (const WorkshopContent& content : workshops) {
    const Event& event = content.event;
    std::string ids;
    for (const DocumentRecord* record : content.documents)
      ids += (ids.empty() ? "" : ", ") + record->id;
    // The merged programme's counts, as in the Speakers sheet and the workshop's own files.
    const auto sessions = static_cast<std::int64_t>(content.programme.size());
    const auto speakers = static_cast<std::int64_t>(content.speakers.size());
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
