#include "summary_pdf.hpp"

#include <fmt/format.h>

#include <glib.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>

#include "reports/pdf_flow.hpp"

namespace idm {
namespace {

using pdf::escape;
using pdf::Font;

// The printed words of the summary, in the language of most of its sources. Labels are the
// ones agendas and summaries print ("Key messages", "Moderator:"), so the PDF reads like the
// documents it summarises.
struct Labels {
  const char* code;
  const char* kicker;  // above the title: says what the document is
  const char* compiled;
  const char* key_messages;
  const char* recommendations;
  const char* programme;
  const char* time;
  const char* session;
  const char* day;
  const char* moderator;
  const char* presenter;
  const char* speakers;
  const char* opening;
  const char* closing;
  const char* venue;
  const char* statements;
  const char* sources;
  const char* pages;  // "{} pages"
  const char* page_ref;
  const char* page_of;   // "Page {} of {}"
  const char* parts[4];  // key messages, recommendations, programme, statements (source list)
  const char* months[12];
  const char* weekdays[7];  // Sunday first
  bool month_de;            // "14 de abril de 2031"
};

constexpr Labels kEnglish{
    "en",
    "Report of the workshop",
    "Compiled from {} source documents.",
    "Key messages",
    "Recommendations",
    "Programme",
    "Time",
    "Session",
    "Day",
    "Moderator",
    "Presenter",
    "Speakers",
    "Opening remarks",
    "Closing remarks",
    "Venue",
    "Statements by speaker",
    "Source documents",
    "{} pages",
    "p.",
    "Page {} of {}",
    {"key messages", "recommendations", "programme", "statements"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
    false};

constexpr Labels kFrench{
    "fr",
    "Rapport de l\u2019atelier",
    "\u00c9tabli \u00e0 partir de {} documents sources.",
    "Messages cl\u00e9s",
    "Recommandations",
    "Programme",
    "Horaire",
    "S\u00e9ance",
    "Jour",
    "Mod\u00e9rateur",
    "Pr\u00e9sentateur",
    "Intervenants",
    "Allocutions d\u2019ouverture",
    "Allocutions de cl\u00f4ture",
    "Lieu",
    "D\u00e9clarations par intervenant",
    "Documents sources",
    "{} pages",
    "p.",
    "Page {} sur {}",
    {"messages cl\u00e9s", "recommandations", "programme", "d\u00e9clarations"},
    {"janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre",
     "octobre", "novembre", "d\u00e9cembre"},
    {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
    false};

constexpr Labels kSpanish{
    "es",
    "Informe del taller",
    "Elaborado a partir de {} documentos de origen.",
    "Mensajes clave",
    "Recomendaciones",
    "Programa",
    "Horario",
    "Sesi\u00f3n",
    "D\u00eda",
    "Moderador",
    "Presentador",
    "Oradores",
    "Palabras de apertura",
    "Palabras de clausura",
    "Lugar",
    "Declaraciones por orador",
    "Documentos de origen",
    "{} p\u00e1ginas",
    "p.",
    "P\u00e1gina {} de {}",
    {"mensajes clave", "recomendaciones", "programa", "declaraciones"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"domingo", "lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado"},
    true};

// The language most of the workshop's documents are written in (English on a tie).
const Labels& labels_for(const std::vector<DocumentRecord>& records, const Workshop& workshop) {
  std::map<std::string, int> votes;
  for (size_t i : workshop.documents)
    ++votes[records[i].language];
  const Labels* best = &kEnglish;
  int best_votes = votes["en"];
  for (const Labels* l : {&kFrench, &kSpanish}) {
    if (votes[l->code] > best_votes) {
      best = l;
      best_votes = votes[l->code];
    }
  }
  return *best;
}

struct Date {
  int year = 0, month = 0, day = 0;
};

Date parse_date(const std::string& iso) {
  Date d;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return d;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (iso[i] < '0' || iso[i] > '9') return d;
  }
  d.year = std::stoi(iso.substr(0, 4));
  d.month = std::stoi(iso.substr(5, 2));
  d.day = std::stoi(iso.substr(8, 2));
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) d = {};
  return d;
}

std::string month_year(const Labels& l, const Date& d) {
  const char* month = l.months[d.month - 1];
  return l.month_de ? fmt::format("de {} de {}", month, d.year)
                    : fmt::format("{} {}", month, d.year);
}

std::string long_date(const Labels& l, const Date& d) {
  return fmt::format("{} {}", d.day, month_year(l, d));
}

// "14–15 April 2031", "30 April – 2 May 2031"; the text as given when it is not a date.
std::string date_range(const Labels& l, const std::string& start, const std::string& end) {
  const Date a = parse_date(start);
  const Date b = parse_date(end.empty() ? start : end);
  if (a.year == 0 || b.year == 0) return start.empty() ? end : start;
  if (start == (end.empty() ? start : end)) return long_date(l, a);
  if (a.year == b.year && a.month == b.month) {
    return fmt::format("{}\u2013{}", a.day, long_date(l, b));
  }
  if (a.year == b.year) {
    const std::string first = l.month_de ? fmt::format("{} de {}", a.day, l.months[a.month - 1])
                                         : fmt::format("{} {}", a.day, l.months[a.month - 1]);
    return fmt::format("{} \u2013 {}", first, long_date(l, b));
  }
  return fmt::format("{} \u2013 {}", long_date(l, a), long_date(l, b));
}

// "Monday, 14 April 2031" / "lundi 14 avril 2031" / "lunes, 14 de abril de 2031".
std::string day_with_weekday(const Labels& l, const std::string& iso) {
  const Date d = parse_date(iso);
  if (d.year == 0) return iso;
  std::tm tm{};
  tm.tm_year = d.year - 1900;
  tm.tm_mon = d.month - 1;
  tm.tm_mday = d.day;
  tm.tm_hour = 12;
  const std::time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  const bool comma = std::string_view(l.code) != "fr";
  return fmt::format("{}{} {}", l.weekdays[out.tm_wday], comma ? "," : "", long_date(l, d));
}

// "1, 3–5, 8".
std::string page_list(const std::set<int>& pages) {
  std::string out;
  for (auto it = pages.begin(); it != pages.end();) {
    const int first = *it;
    int last = first;
    for (++it; it != pages.end() && *it == last + 1; ++it)
      last = *it;
    if (!out.empty()) out += ", ";
    out += first == last ? fmt::format("{}", first) : fmt::format("{}\u2013{}", first, last);
  }
  return out;
}

// "H.E. Ms Ingrid Solvang, Minister of Labour, Norway (video message)".
std::string person_entry(const std::string& honorific, const std::string& name,
                         const std::string& function, const std::string& note) {
  std::string out = honorific.empty() ? name : honorific + " " + name;
  if (!function.empty()) out += ", " + function;
  if (!note.empty()) out += " (" + note + ")";
  return out;
}

std::string file_name(const DocumentRecord& record) {
  const std::string name = std::filesystem::path(record.source.path).filename().string();
  return name.empty() ? record.id : name;
}

std::string iso_time(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z", tm.tm_year + 1900, tm.tm_mon + 1,
                     tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

// Sizes and spacing, in points.
constexpr Font kKicker{12, true, 0.3};
constexpr Font kTitle{18, true, 0};
constexpr Font kTheme{13.5, true, 0.15};
constexpr Font kBody{10, false, 0};
constexpr Font kBold{10, true, 0};
constexpr Font kHeading{14, true, 0};
constexpr Font kSubheading{11, true, 0};
constexpr Font kCell{9.5, false, 0};
constexpr Font kCellBold{9.5, true, 0};
constexpr Font kSmall{8.5, false, 0.35};
constexpr double kMarker = 22;      // list marker column
constexpr double kTimeColumn = 92;  // programme: time | session
constexpr double kBullet = 11;

class SummaryWriter {
 public:
  SummaryWriter(const std::vector<DocumentRecord>& records, const Workshop& workshop,
                pdf::Document& doc)
      : records_(records), workshop_(workshop), doc_(doc), l_(labels_for(records, workshop)) {}

  void write() {
    title();
    findings(&DocumentRecord::key_messages, l_.key_messages);
    findings(&DocumentRecord::recommendations, l_.recommendations);
    statements();
    sources();
    // Last, as reports annex it: a programme reader takes what follows a slot into the slot.
    programme();
    doc_.finish(
        [&](int n, int count) { return escape(fmt::format(fmt::runtime(l_.page_of), n, count)); });
  }

 private:
  double width() const { return doc_.text_width(); }

  pdf::Paragraph& add(const std::string& markup, const Font& font, double x, double space_before) {
    return doc_.add(doc_.layout(markup, font, width() - x), x, font, space_before);
  }

  void heading(const char* text) { add(escape(text), kHeading, 0, 20).keep_with_next = true; }

  void title() {
    const Event& e = workshop_.event;
    add(escape(l_.kicker), kKicker, 0, 0);
    std::string title = e.title.empty() ? (e.theme.empty() ? e.slug : e.theme) : e.title;
    add(escape(title), kTitle, 0, 8);
    if (!e.theme.empty() && e.theme != title) add(escape(e.theme), kTheme, 0, 6);
    // "14–15 April 2031, Conference Room 4, United Nations Headquarters, New York"
    std::vector<std::string> parts;
    if (const std::string dates = date_range(l_, e.start_date, e.end_date); !dates.empty()) {
      parts.push_back(dates);
    } else if (e.year > 0) {
      parts.push_back(std::to_string(e.year));
    }
    if (!e.venue.empty()) parts.push_back(e.venue);
    if (!e.city.empty() && e.venue.find(e.city) == std::string::npos) parts.push_back(e.city);
    std::string line;
    for (const std::string& part : parts)
      line += (line.empty() ? "" : ", ") + part;
    if (!line.empty()) add(escape(line), kBody, 0, 10);
    add(escape(fmt::format(fmt::runtime(l_.compiled), workshop_.documents.size())), kSmall, 0, 6);
  }

  // Key messages or recommendations of every document, numbered "1) Lead. Rest".
  void findings(std::vector<Item> DocumentRecord::*list, const char* name) {
    int number = 0;
    for (size_t i : workshop_.documents) {
      for (const Item& item : records_[i].*list) {
        if (number == 0) heading(name);
        ++number;
        std::string markup;
        if (item.text.empty() || item.text == item.title) {
          markup = "<b>" + escape(item.title) + "</b>";
        } else if (!item.title.empty() &&
                   item.text.compare(0, item.title.size(), item.title) == 0) {
          markup =
              "<b>" + escape(item.title) + "</b>" + escape(item.text.substr(item.title.size()));
        } else if (!item.title.empty()) {
          markup = "<b>" + escape(item.title) + "</b> " + escape(item.text);
        } else {
          markup = escape(item.text);
        }
        pdf::Paragraph& p = add(markup, kBody, kMarker, 6);
        p.side = doc_.layout(escape(fmt::format("{})", number)), kBody, kMarker);
        p.side_x = 0;
      }
    }
  }

  // The document whose programme is shown: an agenda if there is one, else the record with
  // the most sessions of this workshop (programmes are not merged across documents).
  const DocumentRecord* programme_source(std::vector<const Session*>& sessions) const {
    const DocumentRecord* best = nullptr;
    for (size_t i : workshop_.documents) {
      std::vector<const Session*> these = sessions_of(records_[i], workshop_.event.slug);
      if (these.empty()) continue;
      const bool agenda = records_[i].doc_type == "agenda";
      const bool best_agenda = best && best->doc_type == "agenda";
      if (!best || (agenda && !best_agenda) ||
          (agenda == best_agenda && these.size() > sessions.size())) {
        best = &records_[i];
        sessions = std::move(these);
      }
    }
    return best;
  }

  void programme() {
    std::vector<const Session*> sessions;
    const DocumentRecord* source = programme_source(sessions);
    if (!source) return;
    heading(l_.programme);
    doc_.paragraph(doc_.count() - 1).page_break_before = true;
    // The header row, once: a row split over pages continues without it.
    pdf::Paragraph& header = add(escape(l_.session), kCellBold, kTimeColumn, 4);
    header.side = doc_.layout(escape(l_.time), kCellBold, kTimeColumn - 8);
    header.keep_with_next = true;
    header.gray = 0.35;

    std::set<int> days;
    for (const Session* s : sessions)
      days.insert(s->day);
    int day = -1;
    std::string date;
    for (const Session* s : sessions) {
      if (s->day != day || s->date != date) {
        day = s->day;
        date = s->date;
        std::string text = fmt::format("{} {}", l_.day, std::max(day, 1));
        if (!date.empty()) text += " \u2013 " + day_with_weekday(l_, date);
        if (days.size() > 1 || !date.empty()) {
          add(escape(text), kSubheading, 0, 14).keep_with_next = true;
        }
      }
      session_row(*source, *s);
    }
  }

  void session_row(const DocumentRecord& source, const Session& s) {
    std::string time = s.start;
    if (!s.end.empty()) time += " \u2013 " + s.end;
    const size_t first = doc_.count();
    pdf::Paragraph& row = add(escape(s.title), kCellBold, kTimeColumn, 9);
    row.side = doc_.layout(escape(time), kCellBold, kTimeColumn - 8);
    row.rule_above = true;
    row.rule_x0 = 0;
    row.rule_x1 = width();
    row.keep_with_next = true;
    auto cell = [&](const std::string& markup, double indent, double space) -> pdf::Paragraph& {
      return add(markup, kCell, kTimeColumn + indent, space);
    };
    if (!s.venue.empty()) cell(escape(std::string(l_.venue) + ": " + s.venue), 0, 5);
    if (!s.description.empty()) cell(escape(s.description), 0, 5).gray = 0.2;

    // Role by role, in the order a programme prints them.
    struct RoleLabel {
      const char* role;
      const char* label;
      bool inline_entries;  // "Moderator: Name, function", one line each
    };
    const RoleLabel roles[] = {{"opening", l_.opening, false},
                               {"moderator", l_.moderator, true},
                               {"presenter", l_.presenter, true},
                               {"speaker", l_.speakers, false},
                               {"closing", l_.closing, false}};
    for (const RoleLabel& r : roles) {
      std::vector<const Speaker*> people;
      for (const Speaker& sp : source.speakers) {
        if (sp.session == s.id && sp.role == r.role) people.push_back(&sp);
      }
      if (people.empty()) continue;
      if (r.inline_entries) {
        for (const Speaker* sp : people) {
          cell(escape(std::string(r.label) + ": " +
                      person_entry(sp->honorific, sp->name, sp->function, sp->note)),
               0, 5);
        }
        continue;
      }
      cell(escape(std::string(r.label) + ":"), 0, 5).keep_with_next = true;
      for (const Speaker* sp : people) {
        pdf::Paragraph& p =
            cell(escape(person_entry(sp->honorific, sp->name, sp->function, sp->note)), kBullet, 3);
        p.side = doc_.layout(escape("\u2022"), kCell, kBullet);
        p.side_x = kTimeColumn;
      }
    }
    doc_.paragraph(first).group = doc_.count() - first;
  }

  // Statements, grouped by speaker in the order they first speak.
  void statements() {
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::pair<size_t, const Statement*>>> by_speaker;
    for (size_t i : workshop_.documents) {
      for (const Statement& st : records_[i].statements) {
        auto& list = by_speaker[st.speaker];
        if (list.empty()) order.push_back(st.speaker);
        list.emplace_back(i, &st);
      }
    }
    if (order.empty()) return;
    heading(l_.statements);
    for (const std::string& speaker : order) {
      const auto& list = by_speaker[speaker];
      std::string function;
      for (const auto& [i, st] : list) {
        if (function.empty()) function = st->function;
      }
      std::string markup = escape(speaker.empty() ? "?" : speaker);
      if (!function.empty()) markup += "<span weight=\"normal\">, " + escape(function) + "</span>";
      add(markup, kSubheading, 0, 12).keep_with_next = true;
      for (const auto& [i, st] : list) {
        std::string text = escape(st->text);
        const size_t number = source_number(i);
        text += fmt::format(" <span foreground=\"#595959\">[{}{}]</span>", number,
                            st->page > 0 ? fmt::format(", {}\u00a0{}", l_.page_ref, st->page) : "");
        add(text, kBody, 0, 5);
      }
    }
  }

  // Which pages of each source the parts of the summary come from.
  void collect_pages() {
    for (size_t i : workshop_.documents) {
      for (const Item& item : records_[i].key_messages)
        note_page(i, 0, item.page);
      for (const Item& item : records_[i].recommendations)
        note_page(i, 1, item.page);
      for (const Statement& st : records_[i].statements)
        note_page(i, 3, st.page);
    }
    std::vector<const Session*> sessions;
    if (const DocumentRecord* source = programme_source(sessions)) {
      const auto i = static_cast<size_t>(source - records_.data());
      for (const Session* s : sessions)
        note_page(i, 2, s->page);
    }
  }

  void sources() {
    if (workshop_.documents.empty()) return;
    collect_pages();
    heading(l_.sources);
    for (size_t n = 0; n < workshop_.documents.size(); ++n) {
      const DocumentRecord& r = records_[workshop_.documents[n]];
      std::string type = r.doc_type;
      std::replace(type.begin(), type.end(), '_', ' ');
      std::string markup = "<b>" + escape(r.title.empty() ? file_name(r) : r.title) + "</b>";
      std::string facts = file_name(r) + " \u2013 " + type;
      if (r.source.pages > 0) facts += ", " + fmt::format(fmt::runtime(l_.pages), r.source.pages);
      facts += ", " + r.language;
      markup += "\n" + escape(facts);
      const auto it = pages_.find(workshop_.documents[n]);
      if (it != pages_.end()) {
        std::string refs;
        for (int part = 0; part < 4; ++part) {
          if (it->second[part].empty()) continue;
          refs += (refs.empty() ? "" : "; ") + std::string(l_.parts[part]) + " " + l_.page_ref +
                  "\u00a0" + page_list(it->second[part]);
        }
        if (!refs.empty()) {
          markup += "\n<span foreground=\"#595959\">" + escape(refs) + "</span>";
        }
      }
      pdf::Paragraph& p = add(markup, kCell, kMarker + 6, 6);
      p.side = doc_.layout(escape(fmt::format("[{}]", n + 1)), kCell, kMarker + 6);
    }
  }

  size_t source_number(size_t record_index) const {
    const auto& d = workshop_.documents;
    return static_cast<size_t>(std::find(d.begin(), d.end(), record_index) - d.begin()) + 1;
  }

  void note_page(size_t record_index, int part, int page) {
    if (page > 0) pages_[record_index][part].insert(page);
  }

  const std::vector<DocumentRecord>& records_;
  const Workshop& workshop_;
  pdf::Document& doc_;
  const Labels& l_;
  std::map<size_t, std::array<std::set<int>, 4>> pages_;  // record -> part -> source pages
};

}  // namespace

void write_summary_pdf(const std::vector<DocumentRecord>& records, const Workshop& workshop,
                       const std::string& path, const SummaryPdfOptions& options) {
  const Event& e = workshop.event;
  pdf::Document::Metadata metadata;
  metadata.title = e.title.empty() ? e.slug : e.title;
  if (!e.theme.empty() && e.theme != metadata.title) metadata.title += ": " + e.theme;
  // cairo copies metadata strings into PDF string literals; keep them valid UTF-8.
  gchar* valid =
      g_utf8_make_valid(metadata.title.data(), static_cast<gssize>(metadata.title.size()));
  metadata.title = valid;
  g_free(valid);
  metadata.creator = "idmreport";
  metadata.date = iso_time(options.created);
  pdf::Document doc(path, metadata);
  SummaryWriter(records, workshop, doc).write();
}

}  // namespace idm
