// The Statements sheet: who said what, as reported in the prose, with a link to the page.

#include <string>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t { kDocument, kWorkshop, kSpeaker, kFunction, kText, kBlock, kPage };

constexpr ColumnSpec kColumns[] = {
    {"Document", ColumnKind::kText},    {"Workshop", ColumnKind::kText},
    {"Speaker", ColumnKind::kText},     {"Function", ColumnKind::kText},
    {"Text", ColumnKind::kWrappedText}, {"Block", ColumnKind::kText},
    {"Page", ColumnKind::kInteger},
};

}  // namespace

void write_statements_sheet(WorkbookContext& context,
                            const std::vector<DocumentRecord>& documents) {
  TableSheet sheet(context, "Statements", kColumns);
  for (const DocumentRecord& record : documents) {
    const std::string pdf = context.pdf_url(record.source.path);
    const std::string workshop = workshop_of(record, nullptr);
    for (const Statement& statement : record.statements) {
      sheet.next_row(record.id, statement.page);
      sheet.text(kDocument, record.id);
      sheet.text(kWorkshop, workshop);
      sheet.text(kSpeaker, statement.speaker);
      sheet.text(kFunction, statement.function);
      sheet.text(kText, statement.text);
      sheet.text(kBlock, statement.block);
      if (statement.page > 0) {
        sheet.linked_integer(kPage, statement.page, page_link(pdf, statement.page));
      }
    }
  }
  sheet.finish();
}

}  // namespace idm
