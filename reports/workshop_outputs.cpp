#include "reports/workshop_outputs.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <memory>
#include <mutex>
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

std::vector<WorkshopFolder> prepare_workshop_folders(const std::vector<Workshop>& workshops,
                                                     const fs::path& out_dir) {
  std::vector<WorkshopFolder> folders;
  folders.reserve(workshops.size());
  std::vector<std::string> names;
  for (const Workshop& workshop : workshops) {
    std::string name = workshop_folder(workshop.event.slug);
    // Two slugs that sanitise alike must not share a folder.
    for (int n = 2; std::find(names.begin(), names.end(), name) != names.end(); ++n)
      name = fmt::format("{}-{}", workshop_folder(workshop.event.slug), n);
    names.push_back(name);

    WorkshopFolder folder;
    folder.dir = out_dir / "workshops" / name;
    fs::create_directories(folder.dir);
    folder.rel = "workshops/" + name + "/";
    folder.workshop = &workshop;
    folders.push_back(std::move(folder));
  }
  return folders;
}

void collect_folder_content(const std::vector<DocumentRecord>& records, WorkshopFolder& folder,
                            const WorkshopOutputOptions& options) {
  const timings::Scope timed("8 workshop content");
  folder.content = collect_workshop(records, *folder.workshop, options.people, options.language);
}

std::vector<std::string> write_workshop_workbook(const std::vector<DocumentRecord>& records,
                                                 const WorkshopFolder& folder,
                                                 const WorkshopOutputOptions& options) {
  std::vector<std::string> written;
  {
    const timings::Scope timed("8 workshop speakers.xlsx");
    produce_file_atomically(folder.dir / "speakers.xlsx", [&](const fs::path& tmp) {
      write_speakers_workbook(folder.content, tmp.string(), options, folder.rel + "speakers.xlsx");
    });
  }
  written.push_back(folder.rel + "speakers.xlsx");
  if (!options.summary_pdf) {
    std::error_code ec;
    fs::remove(folder.dir / "summary.pdf", ec);  // an earlier run's, no longer asked for
    return written;
  }
  try {
    // Typesetting goes through fontconfig, pango and cairo, whose shared state (font caches,
    // the font map) we have not shown to be safe from two threads at once: one PDF at a time.
    static std::mutex typesetting;
    const std::lock_guard<std::mutex> one_at_a_time(typesetting);
    const timings::Scope timed("8 workshop summary.pdf");
    produce_file_atomically(folder.dir / "summary.pdf", [&](const fs::path& tmp) {
      write_summary_pdf(records, *folder.workshop, tmp.string(),
                        SummaryPdfOptions{options.created, folder.content.language});
    });
    written.push_back(folder.rel + "summary.pdf");
  } catch (const SummaryPdfUnavailable& e) {
    // Without the PDF module this file alone is missing (an earlier run's goes as stale).
    const RunWarning warning{folder.rel + "summary.pdf", 0,
                             std::string("not written: ") + e.what()};
    if (options.on_warning) {
      options.on_warning(warning);
    } else {
      fmt::print(stderr, "warning: {}: {}\n", warning.document, warning.message);
    }
  }
  return written;
}

std::vector<std::string> write_workshop_texts(const std::vector<WorkshopFolder>& folders,
                                              const WorkshopOutputOptions& options) {
  std::vector<std::string> written;
  for (const WorkshopFolder& folder : folders) {
    const WorkshopContent& content = folder.content;
    const ReportLabels& labels = report_labels(content.language);
    const LinkPolicy links{options.input_root, fs::absolute(folder.dir).string(),
                           options.link_base};
    {
      const timings::Scope timed("8 workshop speakers.csv");
      write_file_atomically(folder.dir / "speakers.csv", speakers_csv(content.speakers, labels));
    }
    written.push_back(folder.rel + "speakers.csv");
    {
      const timings::Scope timed("8 workshop summary.md");
      write_file_atomically(folder.dir / "summary.md", render_summary_markdown(content, links));
    }
    written.push_back(folder.rel + "summary.md");
    {
      const timings::Scope timed("8 workshop summary.html");
      write_file_atomically(folder.dir / "summary.html", render_summary_html(content, links));
    }
    written.push_back(folder.rel + "summary.html");
  }
  return written;
}

std::vector<std::string> write_workshop_outputs(const std::vector<DocumentRecord>& records,
                                                const fs::path& out_dir,
                                                const WorkshopOutputOptions& options) {
  const std::vector<Workshop> workshops = group_workshops(records);
  std::vector<WorkshopFolder> folders = prepare_workshop_folders(workshops, out_dir);
  for (WorkshopFolder& folder : folders)
    collect_folder_content(records, folder, options);
  std::vector<std::string> written;
  for (const WorkshopFolder& folder : folders) {
    const std::vector<std::string> files = write_workshop_workbook(records, folder, options);
    written.insert(written.end(), files.begin(), files.end());
  }
  const std::vector<std::string> texts = write_workshop_texts(folders, options);
  written.insert(written.end(), texts.begin(), texts.end());
  std::sort(written.begin(), written.end());
  return written;
}

}  // namespace idm
