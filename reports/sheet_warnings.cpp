// The Warnings sheet: the run's warnings, then every document that failed or was skipped.

#include <string>
#include <unordered_map>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t { kDocument, kPage, kSeverity, kMessage };

constexpr ColumnSpec kColumns[] = {
    {"Document", ColumnKind::kText},
    {"Page", ColumnKind::kInteger},
    {"Severity", ColumnKind::kText},
    {"Message", ColumnKind::kText},
};

}  // namespace

void write_warnings_sheet(WorkbookContext& context, const RunReport& run,
                          const std::vector<DocumentRecord>& documents) {
  std::unordered_map<std::string, std::string> path_of;
  for (const DocumentOutcome& outcome : run.documents)
    path_of.emplace(outcome.id, outcome.path);
  for (const DocumentRecord& record : documents)
    path_of.emplace(record.id, record.source.path);
  const auto pdf_of = [&](const std::string& id) {
    const auto found = path_of.find(id);
    return found == path_of.end() ? std::string() : file_url(found->second, context.input_root);
  };

  TableSheet sheet(context, "Warnings", kColumns);
  for (const RunWarning& warning : run.warnings) {
    sheet.next_row(warning.document, warning.page);
    sheet.text(kDocument, warning.document);
    if (warning.page > 0) {
      sheet.linked_integer(kPage, warning.page, page_link(pdf_of(warning.document), warning.page));
    }
    sheet.text(kSeverity, "warning");
    sheet.text(kMessage, warning.message);
  }
  for (const DocumentOutcome& outcome : run.documents) {
    if (outcome.status != "failed" && outcome.status != "skipped") continue;
    sheet.next_row(outcome.id);
    sheet.linked_text(kDocument, outcome.id, file_url(outcome.path, context.input_root));
    sheet.text(kSeverity, outcome.status);
    sheet.text(kMessage, outcome.error_kind.empty() || outcome.error.empty()
                             ? outcome.error_kind + outcome.error
                             : outcome.error_kind + ": " + outcome.error);
  }
  sheet.finish();
}

}  // namespace idm
