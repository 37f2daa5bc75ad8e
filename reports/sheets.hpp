#pragma once
// One function per sheet of summary.xlsx, each in its own sheet_<name>.cpp. They are called in
// sheet order by write_summary_workbook().

#include <vector>

#include "model/document_record.hpp"
#include "model/run_report.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

/// Documents: one row per input of the run, joined with its record when there is one.
void write_documents_sheet(WorkbookContext& context, const RunReport& run,
                           const std::vector<DocumentRecord>& documents);

/// Blocks: one row per block, documents in the given order, blocks in record order.
void write_blocks_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents);

}  // namespace idm
