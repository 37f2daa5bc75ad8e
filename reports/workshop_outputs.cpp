#include "reports/workshop_outputs.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "model/stage_timings.hpp"
#include "model/workshops.hpp"
#include "reports/atomic_file.hpp"
#include "reports/csv_writer.hpp"
#include "reports/summary_html.hpp"
#include "reports/summary_markdown.hpp"
#include "reports/summary_pdf.hpp"
#include "reports/xlsx_report.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

namespace fs = std::filesystem;

namespace {

enum Col : lxw_col_t {
  kDay,
  kDate,
  kStart,
  kEnd,
  kSession,
  kRole,
  kHonorific,
  kName,
  kFunction,
  kOrganisation,
  kCountry,
  kNote,
  kDocument,
  kPage,
};

constexpr ColumnSpec kColumns[] = {
    {kSpeakerColumns[kDay], ColumnKind::kInteger},
    {kSpeakerColumns[kDate], ColumnKind::kText},
    {kSpeakerColumns[kStart], ColumnKind::kText},
    {kSpeakerColumns[kEnd], ColumnKind::kText},
    {kSpeakerColumns[kSession], ColumnKind::kText},
    {kSpeakerColumns[kRole], ColumnKind::kText},
    {kSpeakerColumns[kHonorific], ColumnKind::kText},
    {kSpeakerColumns[kName], ColumnKind::kText},
    {kSpeakerColumns[kFunction], ColumnKind::kText},
    {kSpeakerColumns[kOrganisation], ColumnKind::kText},
    {kSpeakerColumns[kCountry], ColumnKind::kText},
    {kSpeakerColumns[kNote], ColumnKind::kText},
    {kSpeakerColumns[kDocument], ColumnKind::kText},
    {kSpeakerColumns[kPage], ColumnKind::kInteger},
};
static_assert(std::size(kColumns) == std::size(kSpeakerColumns));

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

void print_warning(const RunWarning& warning) {
  fmt::print(stderr, "warning: {}: {}\n", warning.document, warning.message);
}

}  // namespace

std::string speakers_csv(const std::vector<SpeakerRow>& rows) {
  CsvWriter csv;
  csv.row(std::span<const std::string>(
      std::vector<std::string>(std::begin(kSpeakerColumns), std::end(kSpeakerColumns))));
  for (const SpeakerRow& r : rows) {
    const std::string day = r.day > 0 ? fmt::format("{}", r.day) : std::string();
    const std::string page = r.page > 0 ? fmt::format("{}", r.page) : std::string();
    csv.row({day, r.date, r.start, r.end, one_line(r.session), role_label(r.role),
             one_line(r.honorific), one_line(r.name), one_line(r.function),
             one_line(r.organization), one_line(r.country), one_line(r.note), r.document, page});
  }
  return csv.str();
}

void write_speakers_workbook(const std::vector<SpeakerRow>& rows, const std::string& title,
                             const std::string& path, const WorkshopOutputOptions& options) {
  // Numbers and column widths are printed when the workbook closes, so the guard spans it all.
  const NumericLocaleGuard c_numbers;
  std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new(path.c_str()));
  if (!workbook) {
    throw std::runtime_error(fmt::format("libxlsxwriter: workbook_new: cannot create '{}'", path));
  }
  const std::string doc_title = "Speakers: " + title;
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
  TableSheet sheet(context, "Speakers", kColumns);
  for (const SpeakerRow& r : rows) {
    sheet.next_row(r.document, r.page);
    if (r.day > 0) sheet.integer(kDay, r.day);
    sheet.text(kDate, r.date);
    sheet.text(kStart, r.start);
    sheet.text(kEnd, r.end);
    sheet.text(kSession, one_line(r.session));
    sheet.text(kRole, role_label(r.role));
    sheet.text(kHonorific, one_line(r.honorific));
    sheet.text(kName, one_line(r.name));
    sheet.text(kFunction, one_line(r.function));
    sheet.text(kOrganisation, one_line(r.organization));
    sheet.text(kCountry, one_line(r.country));
    sheet.text(kNote, one_line(r.note));
    sheet.text(kDocument, r.document);
    if (r.page > 0) {
      sheet.linked_integer(kPage, r.page, pdf_page_url(r.source_path, options.input_root, r.page));
    }
  }
  sheet.finish();
  worksheet_set_landscape(sheet.worksheet());
  worksheet_fit_to_pages(sheet.worksheet(), 1, 0);
  worksheet_repeat_rows(sheet.worksheet(), 0, 0);

  const lxw_error err = workbook_close(workbook.release());
  if (err != LXW_NO_ERROR) {
    throw std::runtime_error(
        fmt::format("libxlsxwriter: cannot write '{}': {}", path, lxw_strerror(err)));
  }
}

std::string workshop_folder(const std::string& slug) {
  std::string out;
  for (const char c : slug) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-')
    out.pop_back();
  return out.empty() ? std::string("workshop") : out;
}

std::vector<std::string> write_workshop_outputs(const std::vector<DocumentRecord>& records,
                                                const fs::path& out_dir,
                                                const WorkshopOutputOptions& options) {
  std::vector<std::string> written;
  std::vector<std::string> folders;
  for (const Workshop& workshop : group_workshops(records)) {
    std::string folder = workshop_folder(workshop.event.slug);
    // Two slugs that sanitise alike must not share a folder.
    for (int n = 2; std::find(folders.begin(), folders.end(), folder) != folders.end(); ++n)
      folder = fmt::format("{}-{}", workshop_folder(workshop.event.slug), n);
    folders.push_back(folder);

    const fs::path dir = out_dir / "workshops" / folder;
    fs::create_directories(dir);
    WorkshopContent content;
    {
      const timings::Scope timed("8 workshop content");
      content = collect_workshop(records, workshop);
    }
    const std::string rel = "workshops/" + folder + "/";

    {
      const timings::Scope timed("8 workshop speakers.xlsx");
      produce_file_atomically(dir / "speakers.xlsx", [&](const fs::path& tmp) {
        write_speakers_workbook(content.speakers, workshop_title(content.event), tmp.string(),
                                options);
      });
    }
    written.push_back(rel + "speakers.xlsx");
    {
      const timings::Scope timed("8 workshop speakers.csv");
      write_file_atomically(dir / "speakers.csv", speakers_csv(content.speakers));
    }
    written.push_back(rel + "speakers.csv");
    {
      const timings::Scope timed("8 workshop summary.md");
      write_file_atomically(dir / "summary.md",
                            render_summary_markdown(content, options.input_root));
    }
    written.push_back(rel + "summary.md");
    {
      const timings::Scope timed("8 workshop summary.html");
      write_file_atomically(dir / "summary.html", render_summary_html(content, options.input_root));
    }
    written.push_back(rel + "summary.html");
    if (!options.summary_pdf) {
      std::error_code ec;
      fs::remove(dir / "summary.pdf", ec);  // an earlier run's, no longer asked for
      continue;
    }
    {
      const timings::Scope timed("8 workshop summary.pdf");
      produce_file_atomically(dir / "summary.pdf", [&](const fs::path& tmp) {
        write_summary_pdf(records, workshop, tmp.string(), SummaryPdfOptions{options.created});
      });
    }
    written.push_back(rel + "summary.pdf");
  }
  std::sort(written.begin(), written.end());
  return written;
}

}  // namespace idm
