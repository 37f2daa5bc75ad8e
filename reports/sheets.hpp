#pragma once
// One function per sheet of summary.xlsx, each in its own sheet_<name>.cpp. They are called in
// sheet order by write_summary_workbook().

#include <string>
#include <vector>

#include "model/document_record.hpp"
#include "model/people.hpp"
#include "model/run_report.hpp"
#include "reports/labels.hpp"
#include "reports/workshop_speakers.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

/// Overview: the run (times, version, counts) and one row of counts per document.
/// |run_times|: show run.started/finished (only when they are fixed, e.g. SOURCE_DATE_EPOCH);
/// otherwise those cells say where the times are (run.json), so that runs stay identical.
void write_overview_sheet(WorkbookContext& context, const RunReport& run,
                          const std::vector<DocumentRecord>& documents, bool run_times);

/// Documents: one row per input of the run, joined with its record when there is one.
void write_documents_sheet(WorkbookContext& context, const RunReport& run,
                           const std::vector<DocumentRecord>& documents);

/// Workshops: one row per workshop (|workshops|: collect_workshop() of each group_workshops()),
/// with the sessions and speaker rows of its merged programme.
void write_workshops_sheet(WorkbookContext& context, const std::vector<WorkshopContent>& workshops);

/// Sessions: one row per session of every record, in record order.
void write_sessions_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents);

/// Speakers: one row per person and session of every workshop (|workshops|, each in
/// speaker_before() order), then those of documents without a workshop; the Person column links
/// to the People sheet (|people| in its row order). Role names from |labels|.
void write_speakers_sheet(WorkbookContext& context, const std::vector<WorkshopContent>& workshops,
                          const std::vector<DocumentRecord>& documents,
                          const std::vector<Person>& people, const ReportLabels& labels);

/// People: one row per person of the run's registry, with appearance counts.
void write_people_sheet(WorkbookContext& context, const std::vector<Person>& people,
                        const std::vector<DocumentRecord>& documents);

/// Key messages and Recommendations: one row per item, in record order.
void write_key_messages_sheet(WorkbookContext& context,
                              const std::vector<DocumentRecord>& documents);
void write_recommendations_sheet(WorkbookContext& context,
                                 const std::vector<DocumentRecord>& documents);

/// Statements: one row per reported statement, in record order.
void write_statements_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents);

/// Blocks: one row per block, documents in the given order, blocks in record order.
void write_blocks_sheet(WorkbookContext& context, const std::vector<DocumentRecord>& documents);

/// Warnings: the run's warnings, then one row per document that failed or was skipped.
void write_warnings_sheet(WorkbookContext& context, const RunReport& run,
                          const std::vector<DocumentRecord>& documents);

// Shared by the sheets (sheet_common.cpp).

/// The session of |record| with id |id|, or nullptr.
const Session* find_session(const DocumentRecord& record, const std::string& id);

/// The workshop slug of |session| (or of the record, when it describes a single event and the
/// session names none); empty if unknown. |session| may be null.
std::string workshop_of(const DocumentRecord& record, const Session* session);

/// Link to |page| of |pdf| (a file_url()); empty if either is missing.
std::string page_link(const std::string& pdf, int page);

}  // namespace idm
