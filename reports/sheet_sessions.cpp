// The Sessions sheet: every session of every record, with a link to its page in the PDF.

#include <string>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t {
  kWorkshop,
  kDocument,
  kSession,
  kDay,
  kDate,
  kStart,
  kEnd,
  kKind,
  kTitle,
  kVenue,
  kDescription,
  kQuestions,
  kPage,
};

constexpr ColumnSpec kColumns[] = {
    {"Workshop", ColumnKind::kText},
    {"Document", ColumnKind::kText},
    {"Session", ColumnKind::kText},
    {"Day", ColumnKind::kInteger},
    {"Date", ColumnKind::kText},
    {"Start", ColumnKind::kText},
    {"End", ColumnKind::kText},
    {"Kind", ColumnKind::kText},
    {"Title", ColumnKind::kText},
    {"Venue", ColumnKind::kText},
    {"Description", ColumnKind::kWrappedText},
    {"Questions", ColumnKind::kWrappedText},
    {"Page", ColumnKind::kInteger},
};

}  // namespace

void write_sessions_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents) {
  TableSheet sheet(context, "Sessions", kColumns);
  for (const DocumentRecord& record : documents) {
    const std::string pdf = context.pdf_url(record.source.path);
    for (const Session& session : record.sessions) {
      std::string questions;
      for (const std::string& question : session.questions) {
        questions += (questions.empty() ? "" : "\n") + question;
      }
      sheet.next_row(record.id, session.page);
      sheet.text(kWorkshop, workshop_of(record, &session));
      sheet.text(kDocument, record.id);
      sheet.text(kSession, session.id);
      if (session.day > 0) sheet.integer(kDay, session.day);
      sheet.date(kDate, session.date);
      sheet.time(kStart, session.start);
      sheet.time(kEnd, session.end);
      sheet.text(kKind, session.kind);
      sheet.text(kTitle, session.title);
      sheet.text(kVenue, session.venue);
      sheet.text(kDescription, session.description);
      sheet.text(kQuestions, questions);
      if (session.page > 0) sheet.linked_integer(kPage, session.page, page_link(pdf, session.page));
    }
  }
  sheet.finish();
}

}  // namespace idm
