// The Documents sheet: one row per input of the run.

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t {
  kId,
  kFile,
  kStatus,
  kError,
  kDocType,
  kLanguage,
  kTitle,
  kPages,
  kBlocks,
  kKeyMessages,
  kRecommendations,
  kSpeakers,
  kStatements,
};

constexpr ColumnSpec kColumns[] = {
    {"Document", ColumnKind::kText},
    {"File", ColumnKind::kText},
    {"Status", ColumnKind::kText},
    {"Error", ColumnKind::kText},
    {"Type", ColumnKind::kText},
    {"Language", ColumnKind::kText},
    {"Title", ColumnKind::kText},
    {"Pages", ColumnKind::kInteger},
    {"Blocks", ColumnKind::kInteger},
    {"Key messages", ColumnKind::kInteger},
    {"Recommendations", ColumnKind::kInteger},
    {"Speakers", ColumnKind::kInteger},
    {"Statements", ColumnKind::kInteger},
};
// No timing column: the workbook is byte-identical across runs over the same inputs;
// seconds per document are in run.json.

void write_record_cells(TableSheet& sheet, const DocumentRecord& record) {
  sheet.text(kDocType, record.doc_type);
  sheet.text(kLanguage, record.language);
  sheet.text(kTitle, record.title);
  sheet.integer(kBlocks, static_cast<std::int64_t>(record.blocks.size()));
  sheet.integer(kKeyMessages, static_cast<std::int64_t>(record.key_messages.size()));
  sheet.integer(kRecommendations, static_cast<std::int64_t>(record.recommendations.size()));
  sheet.integer(kSpeakers, static_cast<std::int64_t>(record.speakers.size()));
  sheet.integer(kStatements, static_cast<std::int64_t>(record.statements.size()));
}

}  // namespace

void write_documents_sheet(WorkbookContext& context, const RunReport& run,
                           const std::vector<DocumentRecord>& documents) {
  std::unordered_map<std::string, const DocumentRecord*> by_id;
  for (const DocumentRecord& record : documents)
    by_id.emplace(record.id, &record);

  TableSheet sheet(context, "Documents", kColumns);
  std::unordered_set<std::string> listed;
  for (const DocumentOutcome& outcome : run.documents) {
    listed.insert(outcome.id);
    const auto found = by_id.find(outcome.id);
    const DocumentRecord* record =
        outcome.status == "ok" && found != by_id.end() ? found->second : nullptr;

    sheet.next_row(outcome.id);
    sheet.text(kId, outcome.id);
    sheet.linked_text(kFile, outcome.path, context.pdf_url(outcome.path));
    sheet.text(kStatus, outcome.status);
    sheet.text(kError, outcome.error_kind.empty() || outcome.error.empty()
                           ? outcome.error_kind + outcome.error
                           : outcome.error_kind + ": " + outcome.error);
    const int pages = outcome.pages > 0 ? outcome.pages : (record ? record->source.pages : 0);
    if (pages > 0) sheet.integer(kPages, pages);
    if (record) write_record_cells(sheet, *record);
  }

  // A record the run report does not list still gets its row, so that nothing is hidden.
  for (const DocumentRecord& record : documents) {
    if (listed.count(record.id)) continue;
    sheet.next_row(record.id);
    sheet.text(kId, record.id);
    sheet.linked_text(kFile, record.source.path, context.pdf_url(record.source.path));
    if (record.source.pages > 0) sheet.integer(kPages, record.source.pages);
    write_record_cells(sheet, record);
  }
  sheet.finish();
}

}  // namespace idm
