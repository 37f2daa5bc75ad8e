// The Speakers sheet: one row per person and session (however many documents list them), by
// workshop, day, time and role (moderator first), with the person's id linking to People.

#include <fmt/core.h>

#include <set>
#include <string>
#include <unordered_map>

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
  kPerson,
  kHonorific,
  kName,
  kFunction,
  kOrganisation,
  kCountry,
  kNote,
  kDocument,
  kPage,
  kAlsoIn,
};

constexpr ColumnSpec kColumns[] = {
    {"Workshop", ColumnKind::kText},
    {"Day", ColumnKind::kInteger},
    {"Date", ColumnKind::kText},
    {"Time", ColumnKind::kText},
    {"Session", ColumnKind::kWrappedText, 45},
    {"Role", ColumnKind::kText},
    {"Person", ColumnKind::kText},
    {"Honorific", ColumnKind::kText},
    {"Name", ColumnKind::kText},
    {"Function", ColumnKind::kWrappedText, 45},
    {"Organisation", ColumnKind::kWrappedText, 35},
    {"Country", ColumnKind::kText},
    {"Note", ColumnKind::kText},
    {"Document", ColumnKind::kText},
    {"Page", ColumnKind::kInteger},
    {"Also in", ColumnKind::kWrappedText, 35},
};

// Speakers of documents that describe no workshop: one row per session and person.
std::vector<SpeakerRow> speakers_outside_workshops(const std::vector<DocumentRecord>& documents,
                                                   const std::vector<Person>& people) {
  std::unordered_map<std::string, std::string> person_of;
  for (const Person& person : people)
    for (const Appearance& a : person.appearances)
      person_of.emplace(appearance_key(a.document, a.session, a.name), person.id);
  std::vector<SpeakerRow> rows;
  std::set<std::string> seen;
  for (const DocumentRecord& record : documents) {
    if (!record.events.empty()) continue;
    for (const Speaker& sp : record.speakers) {
      if (!seen.insert(record.id + "|" + sp.session + "|" + fold_key(sp.name)).second) continue;
      SpeakerRow row = speaker_row(record, sp, person_of);
      if (const Session* s = find_session(record, sp.session)) {
        row.day = s->day;
        row.date = s->date;
        row.start = s->start;
        row.end = s->end;
        row.session = s->title.empty() ? s->id : s->title;
      } else {
        row.session = sp.session;
      }
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace

void write_speakers_sheet(WorkbookContext& context, const std::vector<WorkshopContent>& workshops,
                          const std::vector<DocumentRecord>& documents,
                          const std::vector<Person>& people, const ReportLabels& labels) {
  std::unordered_map<std::string, std::size_t> people_row;  // person id -> People sheet row
  for (std::size_t i = 0; i < people.size(); ++i)
    people_row.emplace(people[i].id, i + 2);  // 1-based, under the header

  TableSheet sheet(context, "Speakers", kColumns);
  const auto write = [&](const std::string& workshop, const SpeakerRow& row) {
    sheet.next_row(row.document, row.page);
    sheet.text(kWorkshop, workshop);
    if (row.day > 0) sheet.integer(kDay, row.day);
    sheet.date(kDate, row.date);
    sheet.time(kTime, row.start);
    sheet.text(kSession, one_line(row.session));
    sheet.text(kRole, role_label(row.role, labels));
    if (const auto found = people_row.find(row.person); found != people_row.end()) {
      sheet.linked_text(kPerson, row.person, fmt::format("internal:People!A{}", found->second));
    } else {
      sheet.text(kPerson, row.person);
    }
    sheet.text(kHonorific, row.honorific);
    sheet.text(kName, row.name);
    sheet.text(kFunction, row.function);
    sheet.text(kOrganisation, row.organization);
    sheet.text(kCountry, row.country);
    sheet.text(kNote, row.note);
    sheet.text(kDocument, row.document);
    if (row.page > 0) {
      sheet.linked_integer(kPage, row.page, page_link(context.pdf_url(row.source_path), row.page));
    }
    sheet.text(kAlsoIn, sources_text(row.also_in, labels));
  };
  for (const WorkshopContent& content : workshops)
    for (const SpeakerRow& row : content.speakers)
      write(content.event.slug, row);
  for (const SpeakerRow& row : speakers_outside_workshops(documents, people))
    write("", row);
  sheet.finish();
}

}  // namespace idm
