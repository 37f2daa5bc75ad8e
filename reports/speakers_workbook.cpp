// speakers.xlsx and speakers.csv of one workshop (reports/workshop_outputs.hpp).

#include <fmt/core.h>

#include <ctime>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include "reports/csv_writer.hpp"
#include "reports/sheet_statistics.hpp"
#include "reports/statistics.hpp"
#include "reports/workshop_outputs.hpp"
#include "reports/xlsx_report.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t {
  kDay,
  kDate,
  kStart,
  kEnd,
  kSession,
  kRole,
  kPerson,
  kHonorific,
  kName,
  kFunction,
  kOrganisation,
  kCountry,
  kNote,
  kDocument,
  kPage,
  kAlsoIn,
  kColumnCount,
};

constexpr ColumnKind kKinds[kColumnCount] = {
    ColumnKind::kInteger,     ColumnKind::kText,        ColumnKind::kText,
    ColumnKind::kText,        ColumnKind::kWrappedText, ColumnKind::kText,
    ColumnKind::kText,        ColumnKind::kText,        ColumnKind::kText,
    ColumnKind::kWrappedText, ColumnKind::kWrappedText, ColumnKind::kText,
    ColumnKind::kText,        ColumnKind::kText,        ColumnKind::kInteger,
    ColumnKind::kWrappedText,
};

enum PeopleCol : lxw_col_t {
  kPPerson,
  kPName,
  kPGender,
  kPOrganisation,
  kPOrgKind,
  kPCountry,
  kPRegion,
  kPRoles,
  kPSessions,
  kPDocument,
  kPPage,
};

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

void print_warning(const RunWarning& warning) {
  fmt::print(stderr, "warning: {}: {}\n", warning.document, warning.message);
}

std::string join_roles(const std::vector<std::string>& roles, const ReportLabels& labels) {
  std::string out;
  for (const std::string& role : roles)
    out += (out.empty() ? "" : ", ") + role_label(role, labels);
  return out;
}

void speakers_sheet(WorkbookContext& context, const WorkshopContent& content,
                    const ReportLabels& labels,
                    const std::unordered_map<std::string, std::size_t>& people_row) {
  const std::vector<std::string> headings = speaker_columns(labels);
  std::vector<ColumnSpec> columns;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    const double cap = kKinds[i] == ColumnKind::kWrappedText ? 40 : 0;
    columns.push_back({headings[i].c_str(), kKinds[i], cap});
  }
  TableSheet sheet(context, labels.sheet_speakers, columns);
  for (const SpeakerRow& r : content.speakers) {
    sheet.next_row(r.document, r.page);
    if (r.day > 0) sheet.integer(kDay, r.day);
    sheet.date(kDate, r.date);
    sheet.time(kStart, r.start);
    sheet.time(kEnd, r.end);
    sheet.text(kSession, one_line(r.session));
    sheet.text(kRole, role_label(r.role, labels));
    const auto row = people_row.find(r.person.empty() ? "name:" + fold_key(r.name) : r.person);
    if (!r.person.empty() && row != people_row.end()) {
      sheet.linked_text(kPerson, r.person,
                        fmt::format("internal:'{}'!A{}", labels.sheet_people, row->second));
    } else {
      sheet.text(kPerson, r.person);
    }
    sheet.text(kHonorific, one_line(r.honorific));
    sheet.text(kName, one_line(r.name));
    sheet.text(kFunction, one_line(r.function));
    sheet.text(kOrganisation, one_line(r.organization));
    sheet.text(kCountry, one_line(r.country));
    sheet.text(kNote, one_line(r.note));
    sheet.text(kDocument, r.document);
    if (r.page > 0) sheet.linked_integer(kPage, r.page, context.page_url(r.source_path, r.page));
    sheet.text(kAlsoIn, sources_text(r.also_in, labels));
  }
  sheet.finish();
}

void people_sheet(WorkbookContext& context, const std::vector<PersonFacts>& people,
                  const ReportLabels& labels) {
  const std::string headings[] = {
      std::string(labels.col_person),      std::string(labels.col_name),
      std::string(labels.col_gender),      std::string(labels.col_organisation),
      std::string(labels.col_org_kind),    std::string(labels.col_country),
      std::string(labels.col_region),      std::string(labels.col_roles),
      std::string(labels.col_appearances), std::string(labels.col_document),
      std::string(labels.col_page)};
  const ColumnSpec columns[] = {{headings[0].c_str(), ColumnKind::kText},
                                {headings[1].c_str(), ColumnKind::kText},
                                {headings[2].c_str(), ColumnKind::kText},
                                {headings[3].c_str(), ColumnKind::kWrappedText, 40},
                                {headings[4].c_str(), ColumnKind::kText},
                                {headings[5].c_str(), ColumnKind::kText},
                                {headings[6].c_str(), ColumnKind::kText},
                                {headings[7].c_str(), ColumnKind::kText},
                                {headings[8].c_str(), ColumnKind::kInteger},
                                {headings[9].c_str(), ColumnKind::kText},
                                {headings[10].c_str(), ColumnKind::kInteger}};
  TableSheet sheet(context, labels.sheet_people, columns);
  for (const PersonFacts& p : people) {
    sheet.next_row(p.document, p.page);
    sheet.text(kPPerson, p.person);
    sheet.text(kPName, p.name);
    sheet.text(kPGender, gender_label(p.gender, labels));
    sheet.text(kPOrganisation, p.organization);
    sheet.text(kPOrgKind, labels.org_kinds[static_cast<std::size_t>(p.org_kind)]);
    sheet.text(kPCountry, p.country);
    sheet.text(kPRegion, labels.regions[static_cast<std::size_t>(p.region)]);
    sheet.text(kPRoles, join_roles(p.roles, labels));
    sheet.integer(kPSessions, p.sessions);
    sheet.text(kPDocument, p.document);
    if (p.page > 0) sheet.linked_integer(kPPage, p.page, context.page_url(p.source_path, p.page));
  }
  sheet.finish();
}

}  // namespace

std::vector<std::string> speaker_columns(const ReportLabels& l) {
  return {std::string(l.col_day),      std::string(l.col_date),         std::string(l.col_start),
          std::string(l.col_end),      std::string(l.col_session),      std::string(l.col_role),
          std::string(l.col_person),   std::string(l.col_honorific),    std::string(l.col_name),
          std::string(l.col_function), std::string(l.col_organisation), std::string(l.col_country),
          std::string(l.col_note),     std::string(l.col_document),     std::string(l.col_page),
          std::string(l.col_also_in)};
}

std::string speakers_csv(const std::vector<SpeakerRow>& rows, const ReportLabels& labels) {
  CsvWriter csv;
  csv.row(std::span<const std::string>(speaker_columns(labels)));
  for (const SpeakerRow& r : rows) {
    const std::string day = r.day > 0 ? fmt::format("{}", r.day) : std::string();
    const std::string page = r.page > 0 ? fmt::format("{}", r.page) : std::string();
    csv.row({day, r.date, r.start, r.end, one_line(r.session), role_label(r.role, labels), r.person,
             one_line(r.honorific), one_line(r.name), one_line(r.function),
             one_line(r.organization), one_line(r.country), one_line(r.note), r.document, page,
             sources_text(r.also_in, labels)});
  }
  return csv.str();
}

void write_speakers_workbook(const WorkshopContent& content, const std::string& path,
                             const WorkshopOutputOptions& options, const std::string& label) {
  const ReportLabels& labels = report_labels(content.language);
  // Numbers and column widths are printed when the workbook closes, so the guard spans it all.
  const NumericLocaleGuard c_numbers;
  std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new(path.c_str()));
  if (!workbook) {
    throw std::runtime_error(fmt::format("libxlsxwriter: workbook_new: cannot create '{}'", path));
  }
  const std::string title = workshop_title(content.event, labels);
  const std::string doc_title = fmt::format("{}: {}", labels.speakers_heading, title);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(doc_title.c_str());
  properties.author = const_cast<char*>("idmreport");
  properties.comments = const_cast<char*>("Written by idmreport");
  // libxlsxwriter takes 0 as "now", which would make every run differ.
  properties.created =
      static_cast<std::time_t>(options.created != 0 ? options.created : kDefaultWorkbookTime);
  xlsx_check(workbook_set_properties(workbook.get(), &properties), "workbook_set_properties");

  WorkbookContext context(workbook.get(), options.input_root,
                          options.on_warning ? options.on_warning : print_warning);
  context.file_label = label;
  context.links.link_base = options.link_base;
  context.links.from_dir =
      std::filesystem::absolute(std::filesystem::path(path)).parent_path().string();

  const std::vector<PersonFacts> people = people_of(content.speakers);
  std::unordered_map<std::string, std::size_t> people_row;
  for (std::size_t i = 0; i < people.size(); ++i)
    people_row.emplace(people[i].key, i + 2);
  speakers_sheet(context, content, labels, people_row);
  people_sheet(context, people, labels);
  write_statistics_sheet(
      context,
      {{std::string(labels.count),
        compute_statistics(content.speakers, people,
                           static_cast<std::int64_t>(content.programme.size()), labels)}},
      labels);

  const lxw_error err = workbook_close(workbook.release());
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(
        fmt::format("libxlsxwriter: cannot write '{}': {}", path, lxw_strerror(err)));
  }
}

}  // namespace idm
