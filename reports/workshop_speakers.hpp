#pragma once
// What the outputs of one workshop show (OUT/workshops/<slug>/), gathered from every record that
// describes it: the programme with its speakers (one row per session and person, however many
// documents list them), key messages, recommendations, statements by speaker, and the sources.

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/document_record.hpp"
#include "model/people.hpp"
#include "model/workshops.hpp"
#include "reports/report_text.hpp"

namespace idm {

/// Another document (and page) printing the same session or the same speaker entry.
struct RowSource {
  std::string document;     // record id
  std::string source_path;  // the record's PDF, for page links
  int page = 0;
};

/// One line of speakers.xlsx / speakers.csv.
struct SpeakerRow {
  int day = 0;
  std::string date;  // YYYY-MM-DD
  std::string start;
  std::string end;
  std::string session;  // title
  std::string role;     // as in the record: moderator | speaker | presenter | opening | closing
  std::string honorific;
  std::string name;
  std::string function;
  std::string organization;
  std::string country;
  std::string country_code;  // ISO 3166-1 alpha-2
  std::string person;        // id in the run's people registry; "" when unknown
  std::string note;
  std::string document;     // record id
  std::string source_path;  // the record's PDF, for page links
  int page = 0;
  std::vector<RowSource> also_in;  // the other documents listing the person for the session

  std::string session_key;  // ProgrammeSession::key ("" when the speaker names no session)
  int session_order = 0;    // position of the session in the programme
  int sequence = 0;         // position of the entry in its document, the last tie-breaker
};

struct ProgrammeSession {
  std::string key;  // day, start and folded title of the first document listing the session
  const Session* session = nullptr;
  const DocumentRecord* record = nullptr;  // the document it was taken from
  std::vector<std::size_t> speakers;       // indices into WorkshopContent::speakers, in order
  std::vector<RowSource> also_in;          // the other documents listing it (same_session())
};

struct SourcedItem {
  const Item* item = nullptr;
  const DocumentRecord* record = nullptr;
};

struct SourcedStatement {
  const Statement* statement = nullptr;
  const DocumentRecord* record = nullptr;
};

struct SpeakerStatements {
  std::string name;      // as printed the first time
  std::string function;  // the first non-empty one
  std::vector<SourcedStatement> statements;
};

/// One key message or recommendation, shown once however many documents print it: |sources|
/// holds every document (and page) printing the same text, the first one first.
struct FindingPoint {
  const Item* item = nullptr;
  std::vector<SourcedItem> sources;
};

/// The points first printed by one document, in its order.
struct FindingGroup {
  const DocumentRecord* record = nullptr;
  std::vector<FindingPoint> points;
};

/// |items| grouped by the document they come from (record order); an item whose folded text
/// matches one of an earlier document is not repeated: that document is added to its sources.
std::vector<FindingGroup> group_findings(const std::vector<SourcedItem>& items);

struct WorkshopContent {
  Event event;
  std::string language;  // of the outputs: the agenda's, else most documents' (or forced)
  std::vector<const DocumentRecord*> documents;  // record order
  std::vector<ProgrammeSession> programme;       // by day and time, then document order
  std::vector<SpeakerRow> speakers;              // speaker_before() order
  std::vector<SourcedItem> key_messages;         // documents in record order, items in order
  std::vector<SourcedItem> recommendations;
  std::vector<SpeakerStatements> statements;  // speakers by first appearance
};

/// Everything the outputs of |workshop| show. Agendas are read before other documents (and
/// documents with a text layer before scans read by OCR), so that when an agenda, its scan and
/// a report's annex list the same session and person the agenda's row is kept and the others
/// are added to its sources: sessions are one when same_session() says so, people of a session
/// when same_person_name() does; a person another document already places at the same day and
/// start (in a parallel session) is not added again. A document that
/// describes several workshops gives each the statements of the speakers on its programme (the
/// others go with the nearest attributed statement of the same document); its key messages and
/// recommendations go to each.
/// |people| (optional) gives each speaker row its person id; |language| forces the outputs'
/// language (empty: the workshop's own, see workshop_language()).
WorkshopContent collect_workshop(const std::vector<DocumentRecord>& records,
                                 const Workshop& workshop,
                                 const std::vector<Person>* people = nullptr,
                                 const std::string& language = {});

/// The language of a workshop's outputs: its agenda's, else the one most of |documents| are
/// written in (English on a tie).
std::string workshop_language(const std::vector<const DocumentRecord*>& documents);

/// Key of a programme appearance in the people registry: document, session id, folded name.
std::string appearance_key(std::string_view document, std::string_view session,
                           std::string_view name);

/// The row of |speaker| as |record| prints it, without the session's facts: who, their
/// function, organisation and country, the note, the source page, and the person id that
/// |person_of| (appearance_key() -> id) gives.
SpeakerRow speaker_row(const DocumentRecord& record, const Speaker& speaker,
                       const std::unordered_map<std::string, std::string>& person_of);

/// The order of the speaker list: day, date, start (unknown last), session, role (moderator
/// first), then the order of the source document.
bool speaker_before(const SpeakerRow& a, const SpeakerRow& b);

/// Comparison key: fold_for_matching(), punctuation dropped, one space between words.
std::string fold_key(std::string_view text);

/// The heading of the summary: the event's title and city ("Workshop <slug>" without a title).
std::string workshop_title(const Event& event, const ReportLabels& labels);

/// "Conference Room 4, United Nations Headquarters, New York" (venue, then the city unless the
/// venue names it).
std::string venue_line(const Event& event);

/// The speaker's function, then organisation and country when the function does not name them.
std::string speaker_details(const SpeakerRow& row);

/// "report-a, p. 28; agenda-scan, p. 1": the documents and pages of |sources| (RowSource).
std::string sources_text(const std::vector<RowSource>& sources, const ReportLabels& labels);

/// The pages of |record| that |content| cites (programme, speakers, findings, statements).
std::vector<int> cited_pages(const WorkshopContent& content, const DocumentRecord& record);

/// Day headings of the programme: [first, last) ranges of WorkshopContent::programme with
/// their title ("Day 1 — Monday 14 April 2031").
struct ProgrammeDay {
  std::string title;
  std::size_t first = 0;
  std::size_t last = 0;
};
std::vector<ProgrammeDay> programme_days(const WorkshopContent& content,
                                         const ReportLabels& labels);

/// An item's title and the rest of its text: the text minus the title when it starts with it.
std::pair<std::string, std::string> item_parts(const Item& item);

}  // namespace idm
