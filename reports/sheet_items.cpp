// The Key messages and Recommendations sheets (same shape): one row per item, in record order.

#include <string>
#include <vector>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t { kDocument, kWorkshop, kNumber, kTitle, kText, kBlocks, kPage };

constexpr ColumnSpec kColumns[] = {
    {"Document", ColumnKind::kText},    {"Workshop", ColumnKind::kText},
    {"Number", ColumnKind::kInteger},   {"Title", ColumnKind::kText},
    {"Text", ColumnKind::kWrappedText}, {"Blocks", ColumnKind::kText},
    {"Page", ColumnKind::kInteger},
};

void write_items_sheet(WorkbookContext& context, const char* name,
                       const std::vector<DocumentRecord>& documents,
                       std::vector<Item> DocumentRecord::*items) {
  TableSheet sheet(context, name, kColumns);
  for (const DocumentRecord& record : documents) {
    const std::string pdf = context.pdf_url(record.source.path);
    std::string workshops;
    for (const Event& event : record.events) {
      workshops += (workshops.empty() ? "" : ", ") + event.slug;
    }
    for (const Item& item : record.*items) {
      std::string blocks;
      for (const std::string& block : item.blocks) {
        blocks += (blocks.empty() ? "" : ", ") + block;
      }
      sheet.next_row(record.id, item.page);
      sheet.text(kDocument, record.id);
      sheet.text(kWorkshop, workshops);
      if (item.number > 0) sheet.integer(kNumber, item.number);
      sheet.text(kTitle, item.title);
      sheet.text(kText, item.text);
      sheet.text(kBlocks, blocks);
      if (item.page > 0) sheet.linked_integer(kPage, item.page, page_link(pdf, item.page));
    }
  }
  sheet.finish();
}

}  // namespace

void write_key_messages_sheet(WorkbookContext& context,
                              const std::vector<DocumentRecord>& documents) {
  write_items_sheet(context, "Key messages", documents, &DocumentRecord::key_messages);
}

void write_recommendations_sheet(WorkbookContext& context,
                                 const std::vector<DocumentRecord>& documents) {
  write_items_sheet(context, "Recommendations", documents, &DocumentRecord::recommendations);
}

}  // namespace idm
