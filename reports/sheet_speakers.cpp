// The Speakers sheet: one row per programme appearance, ordered by workshop, day, time, role
// (moderator first), then document order.

#include <algorithm>
#include <climits>
#include <string>
#include <tuple>
#include <utility>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t {
  kWorkshop,
  kDay,
  kDate,
  kTime,
  kSession,
  kRole,
  kHonorific,
  kName,
  kFunction,
  kOrganisation,
  kCountry,
  kNote,
  kDocument,
  kPage,
};

constexpr ColumnSpec kColumns[] = {
    {"Workshop", ColumnKind::kText},  {"Day", ColumnKind::kInteger},
    {"Date", ColumnKind::kText},      {"Time", ColumnKind::kText},
    {"Session", ColumnKind::kText},   {"Role", ColumnKind::kText},
    {"Honorific", ColumnKind::kText}, {"Name", ColumnKind::kText},
    {"Function", ColumnKind::kText},  {"Organisation", ColumnKind::kText},
    {"Country", ColumnKind::kText},   {"Note", ColumnKind::kText},
    {"Document", ColumnKind::kText},  {"Page", ColumnKind::kInteger},
};

using SortKey = std::tuple<bool, std::string, int, bool, std::string, int>;

struct Row {
  const DocumentRecord* record;
  const Speaker* speaker;
  const Session* session;  // may be null
  std::string workshop;
  SortKey key;
};

// Workshop, day, time, role (moderator first); unknown workshop, day or time sort last.
SortKey sort_key(const std::string& workshop, const Session* session, const Speaker& speaker) {
  const int day = session && session->day > 0 ? session->day : INT_MAX;
  const std::string time = session ? session->start : std::string();
  return {workshop.empty(), workshop, day, time.empty(), time, speaker.role == "moderator" ? 0 : 1};
}

}  // namespace

void write_speakers_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents) {
  std::vector<Row> rows;
  for (const DocumentRecord& record : documents) {
    for (const Speaker& speaker : record.speakers) {
      const Session* session = find_session(record, speaker.session);
      std::string workshop = workshop_of(record, session);
      SortKey key = sort_key(workshop, session, speaker);
      rows.push_back(Row{&record, &speaker, session, std::move(workshop), std::move(key)});
    }
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.key < b.key; });

  TableSheet sheet(context, "Speakers", kColumns);
  for (const Row& row : rows) {
    const Speaker& speaker = *row.speaker;
    sheet.next_row(row.record->id, speaker.page);
    sheet.text(kWorkshop, row.workshop);
    if (row.session) {
      if (row.session->day > 0) sheet.integer(kDay, row.session->day);
      sheet.date(kDate, row.session->date);
      sheet.time(kTime, row.session->start);
      sheet.text(kSession, row.session->title.empty() ? row.session->id : row.session->title);
    } else {
      sheet.text(kSession, speaker.session);
    }
    sheet.text(kRole, speaker.role);
    sheet.text(kHonorific, speaker.honorific);
    sheet.text(kName, speaker.name);
    sheet.text(kFunction, speaker.function);
    sheet.text(kOrganisation, speaker.organization);
    sheet.text(kCountry, speaker.country);
    sheet.text(kNote, speaker.note);
    sheet.text(kDocument, row.record->id);
    if (speaker.page > 0) {
      const std::string pdf = file_url(row.record->source.path, context.input_root);
      sheet.linked_integer(kPage, speaker.page, page_link(pdf, speaker.page));
    }
  }
  sheet.finish();
}

}  // namespace idm
