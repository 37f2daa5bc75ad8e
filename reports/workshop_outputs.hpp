#pragma once
// The outputs of each workshop (shared/contract/README.md):
//   OUT/workshops/<slug>/speakers.xlsx, speakers.csv, summary.md, summary.html, and
//   summary.pdf when asked (typesetting costs more than every other output together)

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "model/document_record.hpp"
#include "model/run_report.hpp"
#include "model/workshops.hpp"
#include "reports/workshop_speakers.hpp"

namespace idm {

struct WorkshopOutputOptions {
  /// Creation time written into speakers.xlsx (e.g. SOURCE_DATE_EPOCH); 0 means the fixed time
  /// 2000-01-01T00:00:00Z (never "now"), so equal inputs give byte-identical files.
  std::int64_t created = 0;
  /// Folder that relative source paths are relative to, for the links to PDF pages.
  std::string input_root;
  /// Receives what speakers.xlsx could not show in full; printed to stderr if empty.
  std::function<void(const RunWarning&)> on_warning;
  /// Also typeset summary.pdf (`--summary-pdf`); when false an earlier run's is removed.
  bool summary_pdf = false;
  /// Language of every output (`--report-language`); empty: each workshop's own (its
  /// agenda's, see workshop_language()).
  std::string language;
  /// Links to the PDFs go under this URL (`--link-base`); empty: relative links.
  std::string link_base;
  /// The run's people registry, for the person ids of the speaker lists (may be null).
  const std::vector<Person>* people = nullptr;
};

/// The column headings of speakers.xlsx and speakers.csv, in |labels|' language.
std::vector<std::string> speaker_columns(const ReportLabels& labels);

/// speakers.csv of |rows|: RFC 4180, UTF-8 with a byte-order mark, formula-safe; headings and
/// role names in |labels|' language.
std::string speakers_csv(const std::vector<SpeakerRow>& rows, const ReportLabels& labels);

/// Writes speakers.xlsx of |content| to |path| (not atomically): the speaker list (real dates
/// and times, long texts wrapped), its people and its statistics with charts, all in
/// |content|'s language; its warnings name it |label| (the path under the run's folder, as
/// the written file is a temporary one). Throws std::runtime_error.
void write_speakers_workbook(const WorkshopContent& content, const std::string& path,
                             const WorkshopOutputOptions& options,
                             const std::string& label = "speakers.xlsx");

/// A safe folder name for |slug|: lower-case ASCII letters, digits and '-' ("workshop" if
/// nothing is left).
std::string workshop_folder(const std::string& slug);

/// One workshop's folder and what its files show.
struct WorkshopFolder {
  std::filesystem::path dir;  // OUT/workshops/<folder>, created
  std::string rel;            // "workshops/<folder>/", for the list of outputs
  const Workshop* workshop = nullptr;
  WorkshopContent content;  // collect_folder_content()
};

/// Every workshop of |workshops| (group_workshops() of the run's records, in that order) with
/// a folder of its own under |out_dir|/workshops, created; contents not collected yet.
std::vector<WorkshopFolder> prepare_workshop_folders(const std::vector<Workshop>& workshops,
                                                     const std::filesystem::path& out_dir);

/// Collects what |folder|'s files show (collect_workshop() with options.people and
/// options.language). Folders may be filled on different threads.
void collect_folder_content(const std::vector<DocumentRecord>& records, WorkshopFolder& folder,
                            const WorkshopOutputOptions& options);

/// The files of |folder| that can raise warnings: speakers.xlsx, and summary.pdf when asked
/// (an earlier run's is removed otherwise). Workbooks of different folders may be written on
/// different threads. Returns the paths written, relative to the run's folder.
std::vector<std::string> write_workshop_workbook(const std::vector<DocumentRecord>& records,
                                                 const WorkshopFolder& folder,
                                                 const WorkshopOutputOptions& options);

/// The text files of each folder, which raise no warnings: speakers.csv, summary.md and
/// summary.html. Safe to run on another thread than write_workshop_workbook(). Returns the
/// paths written, relative to the run's folder, in writing order.
std::vector<std::string> write_workshop_texts(const std::vector<WorkshopFolder>& folders,
                                              const WorkshopOutputOptions& options);

/// Writes OUT/workshops/<slug>/{speakers.xlsx,speakers.csv,summary.md,summary.html} (and
/// summary.pdf with options.summary_pdf) for every
/// workshop of |records| (group_workshops()); each file atomically (a temporary name beside it,
/// then std::filesystem::rename). Returns the paths written, relative to |out_dir|, sorted.
/// Throws std::runtime_error (or std::filesystem::filesystem_error) on failure.
std::vector<std::string> write_workshop_outputs(const std::vector<DocumentRecord>& records,
                                                const std::filesystem::path& out_dir,
                                                const WorkshopOutputOptions& options);

}  // namespace idm
