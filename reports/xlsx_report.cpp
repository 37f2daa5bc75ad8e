#include "reports/xlsx_report.hpp"

#include <fmt/core.h>

#include <ctime>
#include <memory>
#include <stdexcept>

#include "reports/sheets.hpp"
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
  std::vector<RecordedCell> cells;
  if (options.cells_dump) context.cells = &cells;
  write_overview_sheet(context, run, documents, options.run_times);
  write_documents_sheet(context, run, documents);
  write_workshops_sheet(context, documents);
  write_sessions_sheet(context, documents);
  write_speakers_sheet(context, documents);
  write_people_sheet(context, people, documents);
  write_key_messages_sheet(context, documents);
  write_recommendations_sheet(context, documents);
  write_statements_sheet(context, documents);
  write_blocks_sheet(context, documents);
  write_warnings_sheet(context, run, documents);

  // workbook_close() writes the file and frees the workbook, whatever it returns.
  const lxw_error err = workbook_close(workbook.release());
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(
        fmt::format("libxlsxwriter: cannot write '{}': {}", path, lxw_strerror(err)));
  }
  if (options.cells_dump) *options.cells_dump = dump_cells(cells);
}

}  // namespace idm
