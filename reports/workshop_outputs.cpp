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
      content = collect_workshop(records, workshop, options.people, options.language);
    }
    const ReportLabels& labels = report_labels(content.language);
    LinkPolicy links{options.input_root, fs::absolute(dir).string(), options.link_base};
    const std::string rel = "workshops/" + folder + "/";

    {
      const timings::Scope timed("8 workshop speakers.xlsx");
      produce_file_atomically(dir / "speakers.xlsx", [&](const fs::path& tmp) {
        write_speakers_workbook(content, tmp.string(), options);
      });
    }
    written.push_back(rel + "speakers.xlsx");
    {
      const timings::Scope timed("8 workshop speakers.csv");
      write_file_atomically(dir / "speakers.csv", speakers_csv(content.speakers, labels));
    }
    written.push_back(rel + "speakers.csv");
    {
      const timings::Scope timed("8 workshop summary.md");
      write_file_atomically(dir / "summary.md", render_summary_markdown(content, links));
    }
    written.push_back(rel + "summary.md");
    {
      const timings::Scope timed("8 workshop summary.html");
      write_file_atomically(dir / "summary.html", render_summary_html(content, links));
    }
    written.push_back(rel + "summary.html");
    if (!options.summary_pdf) {
      std::error_code ec;
      fs::remove(dir / "summary.pdf", ec);  // an earlier run's, no longer asked for
      continue;
    }
    try {
      const timings::Scope timed("8 workshop summary.pdf");
      produce_file_atomically(dir / "summary.pdf", [&](const fs::path& tmp) {
        write_summary_pdf(records, workshop, tmp.string(),
                          SummaryPdfOptions{options.created, content.language});
      });
      written.push_back(rel + "summary.pdf");
    } catch (const SummaryPdfUnavailable& e) {
      // Without the PDF module this file alone is missing (an earlier run's goes as stale).
      const RunWarning warning{rel + "summary.pdf", 0, std::string("not written: ") + e.what()};
      if (options.on_warning) {
        options.on_warning(warning);
      } else {
        fmt::print(stderr, "warning: {}: {}\n", warning.document, warning.message);
      }
    }
  }
  std::sort(written.begin(), written.end());
  return written;
}

}  // namespace idm
