#include "reports/xlsx_report.hpp"

#include <fmt/core.h>

#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>

#include "model/workshops.hpp"
#include "reports/sheet_statistics.hpp"
#include "reports/sheets.hpp"
#include "reports/statistics.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

namespace {

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

void print_warning(const RunWarning& warning) {
  if (warning.page > 0) {
    fmt::print(stderr, "warning: {} p. {}: {}\n", warning.document, warning.page, warning.message);
  } else {
    fmt::print(stderr, "warning: {}: {}\n", warning.document, warning.message);
  }
}

void set_properties(lxw_workbook* workbook, const RunReport& run, std::int64_t created) {
  const std::string comments = run.version.empty() ? std::string("Written by idmreport")
                                                   : "Written by idmreport " + run.version;
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>("IDM workshop documents: summary");
  properties.author = const_cast<char*>("idmreport");  // dc:creator and cp:lastModifiedBy
  properties.comments = const_cast<char*>(comments.c_str());
  // libxlsxwriter takes 0 as "now", which would make every run differ.
  properties.created = static_cast<std::time_t>(created != 0 ? created : kDefaultWorkbookTime);
  xlsx_check(workbook_set_properties(workbook, &properties), "workbook_set_properties");
}

// The run's figures, then each workshop's.
std::vector<StatisticsColumn> run_statistics(const std::vector<WorkshopContent>& workshops,
                                             const ReportLabels& labels) {
  std::vector<SpeakerRow> all;
  std::int64_t sessions = 0;
  std::vector<StatisticsColumn> columns(1);
  for (const WorkshopContent& content : workshops) {
    all.insert(all.end(), content.speakers.begin(), content.speakers.end());
    sessions += static_cast<std::int64_t>(content.programme.size());
    columns.push_back(
        {content.event.slug,
         compute_statistics(content.speakers, static_cast<std::int64_t>(content.programme.size()),
                            labels)});
  }
  columns[0] = {"Run", compute_statistics(all, sessions, labels)};
  return columns;
}

}  // namespace

void write_summary_workbook(const RunReport& run, const std::vector<DocumentRecord>& documents,
                            const std::vector<Person>& people, const std::string& path,
                            const WorkbookOptions& options) {
  // Numbers and column widths are printed when the workbook closes, so the guard spans it all.
  const NumericLocaleGuard c_numbers;

  std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new(path.c_str()));
  if (!workbook) {
    throw std::runtime_error(fmt::format("libxlsxwriter: workbook_new: cannot create '{}'", path));
  }
  set_properties(workbook.get(), run, options.created);

  WorkbookContext context(workbook.get(), options.input_root,
                          options.on_warning ? options.on_warning : print_warning);
  context.links.link_base = options.link_base;
  context.links.from_dir =
      std::filesystem::absolute(std::filesystem::path(path)).parent_path().string();
  std::optional<CellsText> cells;
  if (options.cells_text) {
    cells.emplace(options.cells_text);
  } else if (options.cells_dump) {
    options.cells_dump->clear();
    cells.emplace([dump = options.cells_dump](std::string_view piece) { *dump += piece; });
  }
  if (cells) context.cells = &*cells;
  write_overview_sheet(context, run, documents, options.run_times);
  write_documents_sheet(context, run, documents);
  const ReportLabels& labels = report_labels(options.language);
  std::vector<WorkshopContent> collected;
  if (!options.workshops) {
    for (const Workshop& workshop : group_workshops(documents))
      collected.push_back(collect_workshop(documents, workshop, &people, options.language));
  }
  const std::vector<WorkshopContent>& workshops =
      options.workshops ? *options.workshops : collected;
  write_workshops_sheet(context, workshops);
  write_sessions_sheet(context, documents);
  write_speakers_sheet(context, workshops, documents, people, labels);
  write_people_sheet(context, people, documents);
  write_statistics_sheet(context, run_statistics(workshops, labels), labels);
  write_key_messages_sheet(context, documents);
  write_recommendations_sheet(context, documents);
  write_statements_sheet(context, documents);
  write_blocks_sheet(context, documents);
  write_warnings_sheet(context, run, documents);
  if (cells) cells->finish();

  // workbook_close() writes the file and frees the workbook, whatever it returns.
  const lxw_error err = workbook_close(workbook.release());
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(
        fmt::format("libxlsxwriter: cannot write '{}': {}", path, lxw_strerror(err)));
  }
}

}  // namespace idm
