#pragma once
// summary.xlsx: the workbook over every document of a run (see shared/contract/README.md).

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/document_record.hpp"
#include "model/people.hpp"
#include "model/run_report.hpp"
#include "reports/workshop_speakers.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

struct WorkbookOptions {
  /// Creation time written into the workbook (e.g. SOURCE_DATE_EPOCH). 0 means the fixed time
  /// 2000-01-01T00:00:00Z, never "now", so equal inputs give byte-identical files.
  std::int64_t created = 0;
  /// Folder that relative source paths are relative to, for the PDF hyperlinks.
  std::string input_root;
  /// Links to the PDFs go under this URL (`--link-base`) instead of relative to the workbook.
  std::string link_base;
  /// Language of the labels that are values (role names, statistics categories); the sheet
  /// and column names stay English.
  std::string language = "en";
  /// Show the run's started/finished times on the Overview sheet. Leave it off unless they are
  /// fixed (SOURCE_DATE_EPOCH): wall-clock times would make every run's workbook differ.
  bool run_times = false;
  /// Receives what the workbook could not show in full (cut cells, links over Excel's limit).
  /// If empty, these warnings are printed to stderr.
  std::function<void(const RunWarning&)> on_warning;
  /// When set, receives every cell of the workbook as canonical text (dump_cells() of
  /// reports/xlsx_util.hpp: "Sheet!A1<TAB>value" per line), for comparing runs cell by cell.
  std::string* cells_dump = nullptr;
  /// Instead of cells_dump: receives that text in pieces, in order, while the sheets are
  /// written (CellsText), so that the caller can write it out without holding it whole.
  std::function<void(std::string_view)> cells_text;
  /// The contents of group_workshops(documents), collected in |language| with the run's
  /// people (collect_workshop()), when the caller has them already; null: collected here.
  const std::vector<WorkshopContent>* workshops = nullptr;
};

/// Time written for WorkbookOptions::created == 0: 2000-01-01T00:00:00Z.
inline constexpr std::int64_t kDefaultWorkbookTime = 946684800;

/// Writes summary.xlsx to |path| (the caller makes it atomic via temp+rename): the sheets
/// Overview, Documents, Workshops, Sessions, Speakers, People, Key messages, Recommendations,
/// Statements, Blocks and Warnings, each an Excel table. |people| is the run's registry
/// (build_people_registry()). Throws std::runtime_error with a clear message on any
/// libxlsxwriter error.
void write_summary_workbook(const RunReport& run, const std::vector<DocumentRecord>& documents,
                            const std::vector<Person>& people, const std::string& path,
                            const WorkbookOptions& options);

}  // namespace idm
