#include "reports/sheet_statistics.hpp"

#include <fmt/core.h>

#include <map>
#include <stdexcept>

namespace idm {

namespace {

// A breakdown's rows: the union of every column's categories, in the first column's order.
struct Breakdown {
  const char* table;
  std::string_view title;
  std::vector<Tally> Statistics::*member;
};

struct ChartPlace {
  std::string title;
  lxw_row_t first = 0;  // data rows
  lxw_row_t last = 0;
};

std::vector<std::pair<std::string, std::string>> categories(
    const std::vector<StatisticsColumn>& columns, std::vector<Tally> Statistics::*member) {
  std::vector<std::pair<std::string, std::string>> out;  // key, label
  std::map<std::string, bool> seen;
  for (const StatisticsColumn& column : columns)
    for (const Tally& t : column.statistics.*member)
      if (seen.emplace(t.key, true).second) out.emplace_back(t.key, t.label);
  return out;
}

std::int64_t count_of(const std::vector<Tally>& tallies, const std::string& key) {
  for (const Tally& t : tallies)
    if (t.key == key) return t.count;
  return 0;
}

void add_chart(WorkbookContext& context, TableSheet& sheet, const ChartPlace& place,
               lxw_row_t at_row, lxw_col_t at_col) {
  lxw_chart* chart = workbook_add_chart(context.workbook, LXW_CHART_BAR);
  if (!chart) throw std::runtime_error("libxlsxwriter: workbook_add_chart: out of memory");
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  if (!series) throw std::runtime_error("libxlsxwriter: chart_add_series: out of memory");
  chart_series_set_categories(series, sheet.name().c_str(), place.first, 0, place.last, 0);
  chart_series_set_values(series, sheet.name().c_str(), place.first, 1, place.last, 1);
  chart_title_set_name(chart, place.title.c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  // Bars read top-down in the table's order.
  chart_axis_set_reverse(chart->y_axis);
  lxw_chart_options options{};
  options.x_scale = 1.2;
  options.y_scale = 1.1;
  xlsx_check(worksheet_insert_chart_opt(sheet.worksheet(), at_row, at_col, chart, &options),
             "worksheet_insert_chart_opt");
}

}  // namespace

void write_statistics_sheet(WorkbookContext& context, const std::vector<StatisticsColumn>& columns,
                            const ReportLabels& labels) {
  if (columns.empty()) throw std::logic_error("write_statistics_sheet needs a column");
  // Headings live as long as the sheet: ColumnSpec keeps pointers.
  std::vector<std::string> headings;
  for (const StatisticsColumn& c : columns)
    headings.push_back(c.heading);
  // Every table's first header, kept alive for the sheet's life.
  std::vector<std::string> firsts = {
      std::string(labels.measure),      std::string(labels.col_role),
      std::string(labels.col_gender),   std::string(labels.col_region),
      std::string(labels.col_org_kind), std::string(labels.col_country)};
  const auto columns_for = [&](std::size_t i) {
    std::vector<ColumnSpec> out{{firsts[i].c_str(), ColumnKind::kText, 60}};
    for (const std::string& h : headings)
      out.push_back({h.c_str(), ColumnKind::kInteger});
    return out;
  };

  std::vector<ColumnSpec> spec = columns_for(0);
  TableSheet sheet(context, labels.sheet_statistics, spec);
  const auto figure = [&](std::string_view name, std::int64_t Statistics::*member) {
    sheet.next_row("");
    sheet.text(0, name);
    for (std::size_t c = 0; c < columns.size(); ++c)
      sheet.integer(static_cast<lxw_col_t>(c + 1), columns[c].statistics.*member);
  };
  figure(labels.stat_sessions, &Statistics::sessions);
  figure(labels.stat_speakers, &Statistics::slots);
  figure(labels.stat_people, &Statistics::people);
  figure(labels.stat_panel_known, &Statistics::panel_known);
  figure(labels.stat_panel_women, &Statistics::panel_women);
  sheet.next_row("");
  sheet.text(0, labels.stat_women_share);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Statistics& s = columns[c].statistics;
    if (s.panel_known > 0) {
      sheet.percent(static_cast<lxw_col_t>(c + 1),
                    static_cast<double>(s.panel_women) / static_cast<double>(s.panel_known));
    }
  }

  const Breakdown breakdowns[] = {
      {"tblStatRoles", labels.by_role, &Statistics::by_role},
      {"tblStatGender", labels.by_gender, &Statistics::by_gender},
      {"tblStatRegions", labels.by_region, &Statistics::by_region},
      {"tblStatOrganisations", labels.by_org_kind, &Statistics::by_org_kind},
      {"tblStatCountries", labels.by_country, &Statistics::by_country},
  };
  std::vector<ChartPlace> charts;
  for (std::size_t b = 0; b < std::size(breakdowns); ++b) {
    const Breakdown& breakdown = breakdowns[b];
    sheet.start_table(breakdown.table, columns_for(b + 1));
    const auto rows = categories(columns, breakdown.member);
    for (const auto& [key, label] : rows) {
      sheet.next_row("");
      sheet.text(0, label);
      for (std::size_t c = 0; c < columns.size(); ++c)
        sheet.integer(static_cast<lxw_col_t>(c + 1),
                      count_of(columns[c].statistics.*breakdown.member, key));
    }
    if (!rows.empty() && breakdown.member != &Statistics::by_country) {
      charts.push_back({std::string(breakdown.title), sheet.header_row() + 1, sheet.last_row()});
    }
  }
  const auto chart_col = static_cast<lxw_col_t>(columns.size() + 2);
  for (std::size_t i = 0; i < charts.size(); ++i)
    add_chart(context, sheet, charts[i], static_cast<lxw_row_t>(1 + i * 18), chart_col);
  sheet.finish();
}

}  // namespace idm
