// The Overview sheet: a small table of the run, then one row of counts per document.

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum RunCol : lxw_col_t { kItem, kValue };

constexpr ColumnSpec kRunColumns[] = {
    {"Item", ColumnKind::kText},
    {"Value", ColumnKind::kText},
};

enum DocCol : lxw_col_t {
  kDocument,
  kStatus,
  kPages,
  kWorkshops,
  kSessions,
  kSpeakers,
  kKeyMessages,
  kRecommendations,
  kStatements,
  kBlocks,
  kWarnings,
  kError,
};

constexpr ColumnSpec kDocumentColumns[] = {
    {"Document", ColumnKind::kText},        {"Status", ColumnKind::kText},
    {"Pages", ColumnKind::kInteger},        {"Workshops", ColumnKind::kInteger},
    {"Sessions", ColumnKind::kInteger},     {"Speakers", ColumnKind::kInteger},
    {"Key messages", ColumnKind::kInteger}, {"Recommendations", ColumnKind::kInteger},
    {"Statements", ColumnKind::kInteger},   {"Blocks", ColumnKind::kInteger},
    {"Warnings", ColumnKind::kInteger},     {"Error", ColumnKind::kText},
};

std::int64_t count(std::size_t n) {
  return static_cast<std::int64_t>(n);
}

void write_counts(TableSheet& sheet, const DocumentRecord& record) {
  sheet.integer(kWorkshops, count(record.events.size()));
  sheet.integer(kSessions, count(record.sessions.size()));
  sheet.integer(kSpeakers, count(record.speakers.size()));
  sheet.integer(kKeyMessages, count(record.key_messages.size()));
  sheet.integer(kRecommendations, count(record.recommendations.size()));
  sheet.integer(kStatements, count(record.statements.size()));
  sheet.integer(kBlocks, count(record.blocks.size()));
}

}  // namespace

void write_overview_sheet(WorkbookContext& context, const RunReport& run,
                          const std::vector<DocumentRecord>& documents, bool run_times) {
  const auto with_status = [&](const char* status) {
    return count(static_cast<std::size_t>(
        std::count_if(run.documents.begin(), run.documents.end(),
                      [&](const DocumentOutcome& outcome) { return outcome.status == status; })));
  };

  TableSheet sheet(context, "Overview", kRunColumns);
  const auto item = [&](const char* name) {
    sheet.next_row("");
    sheet.text(kItem, name);
  };
  // Wall-clock times would make every run's workbook differ: fixed ones (SOURCE_DATE_EPOCH) are
  // shown, otherwise the cell says where the real times are, so that the workbook of two runs
  // over the same inputs stays byte-identical.
  constexpr const char* kNotFixed = "in run.json (set SOURCE_DATE_EPOCH to show it here)";
  item("Started");
  run_times ? sheet.datetime(kValue, run.started) : sheet.text(kValue, kNotFixed);
  item("Finished");
  run_times ? sheet.datetime(kValue, run.finished) : sheet.text(kValue, kNotFixed);
  item("Version");
  sheet.text(kValue, run.version);
  item("Inputs");
  sheet.integer(kValue, run.inputs);
  item("Documents ok");
  sheet.integer(kValue, with_status("ok"));
  item("Documents failed");
  sheet.integer(kValue, with_status("failed"));
  item("Documents skipped");
  sheet.integer(kValue, with_status("skipped"));
  item("Warnings");
  sheet.integer(kValue, count(run.warnings.size()));

  std::map<std::string, std::int64_t> warnings;
  for (const RunWarning& warning : run.warnings)
    ++warnings[warning.document];
  std::unordered_map<std::string, const DocumentRecord*> by_id;
  for (const DocumentRecord& record : documents)
    by_id.emplace(record.id, &record);

  sheet.start_table("tblOverviewDocuments", kDocumentColumns);
  for (const DocumentOutcome& outcome : run.documents) {
    const auto found = by_id.find(outcome.id);
    const DocumentRecord* record = found != by_id.end() ? found->second : nullptr;
    sheet.next_row(outcome.id);
    sheet.linked_text(kDocument, outcome.id, context.pdf_url(outcome.path));
    sheet.text(kStatus, outcome.status);
    const int pages = outcome.pages > 0 ? outcome.pages : (record ? record->source.pages : 0);
    if (pages > 0) sheet.integer(kPages, pages);
    if (record && outcome.status == "ok") write_counts(sheet, *record);
    sheet.integer(kWarnings, warnings[outcome.id]);
    sheet.text(kError, outcome.error_kind.empty() || outcome.error.empty()
                           ? outcome.error_kind + outcome.error
                           : outcome.error_kind + ": " + outcome.error);
  }
  sheet.finish();
}

}  // namespace idm
