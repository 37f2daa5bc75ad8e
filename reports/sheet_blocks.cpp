// The Blocks sheet: every block of every document, with a link to its page in the PDF.

#include <string>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t { kDocument, kBlock, kPage, kKind, kLevel, kLabel, kConfidence, kText };

constexpr ColumnSpec kColumns[] = {
    {"Document", ColumnKind::kText},      {"Block", ColumnKind::kText},
    {"Page", ColumnKind::kInteger},       {"Kind", ColumnKind::kText},
    {"Level", ColumnKind::kInteger},      {"Label", ColumnKind::kText},
    {"Confidence", ColumnKind::kDecimal}, {"Text", ColumnKind::kWrappedText},
};

}  // namespace

void write_blocks_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents) {
  // A row per block of every document: the one sheet that grows with every page of the
  // archive. Its page links are formulas, so that they cost no memory until the workbook closes
  // and do not stop at Excel's 65,530 hyperlinks per sheet.
  TableSheet sheet(context, "Blocks", kColumns, LinkStyle::kFormula);
  for (const DocumentRecord& record : documents) {
    const std::string pdf = context.pdf_url(record.source.path);
    for (const Block& block : record.blocks) {
      sheet.next_row(record.id, block.page);
      sheet.text(kDocument, record.id);
      sheet.text(kBlock, block.id);
      if (block.page > 0) {
        sheet.linked_integer(kPage, block.page,
                             pdf.empty() ? pdf : pdf + "#page=" + std::to_string(block.page));
      }
      sheet.text(kKind, block.kind);
      if (block.level > 0) sheet.integer(kLevel, block.level);
      sheet.text(kLabel, block.label);
      if (block.confidence >= 0) sheet.decimal(kConfidence, block.confidence);
      sheet.text(kText, block.text);
    }
  }
  sheet.finish();
}

}  // namespace idm
