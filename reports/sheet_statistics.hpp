#pragma once
// The Statistics sheet of summary.xlsx (the run and each workshop) and of speakers.xlsx (one
// workshop): one Excel table per breakdown, and a bar chart of each breakdown's first column.

#include <string>
#include <utility>
#include <vector>

#include "reports/labels.hpp"
#include "reports/statistics.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

/// One column of figures: its heading and the figures.
struct StatisticsColumn {
  std::string heading;
  Statistics statistics;
};

/// Adds the sheet |labels|.sheet_statistics to |context|'s workbook: figures, then slots by
/// role, people by gender, region, kind of organisation and country, one column per entry of
/// |columns|; the charts show the first column. Words from |labels|.
void write_statistics_sheet(WorkbookContext& context, const std::vector<StatisticsColumn>& columns,
                            const ReportLabels& labels);

}  // namespace idm
