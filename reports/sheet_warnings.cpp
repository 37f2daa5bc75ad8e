// The Warnings sheet: the run's warnings, then every document that failed or was skipped.

#include <regex>
#include <string>
#include <string_view>
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

// The page a warning's message names ("p. 4", "page 4", "pages 4-5": the first) when the
// warning carries none; 0 if none.
int page_in_message(std::string_view message) {
  static const std::regex kPage(R"((?:^|[^A-Za-z])(?:p\.|pp\.|page|pages)\s*(\d{1,5})\b)",
                                std::regex::icase);
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(message.begin(), message.end(), m, kPage)) return 0;
  return std::stoi(m[1].str());
}

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
    return found == path_of.end() ? std::string() : context.pdf_url(found->second);
  };

  TableSheet sheet(context, "Warnings", kColumns);
  for (const RunWarning& warning : run.warnings) {
    const int page = warning.page > 0 ? warning.page : page_in_message(warning.message);
    sheet.next_row(warning.document, page);
    sheet.text(kDocument, warning.document);
    if (page > 0) sheet.linked_integer(kPage, page, page_link(pdf_of(warning.document), page));
    sheet.text(kSeverity, "warning");
    sheet.text(kMessage, warning.message);
  }
  for (const DocumentOutcome& outcome : run.documents) {
    if (outcome.status != "failed" && outcome.status != "skipped") continue;
    sheet.next_row(outcome.id);
    sheet.linked_text(kDocument, outcome.id, context.pdf_url(outcome.path));
    sheet.text(kSeverity, outcome.status);
    sheet.text(kMessage, outcome.error_kind.empty() || outcome.error.empty()
                             ? outcome.error_kind + outcome.error
                             : outcome.error_kind + ": " + outcome.error);
  }
  sheet.finish();
}

}  // namespace idm
