#include "summary_pdf.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>

#include "extractors/module_loader.hpp"
#include "reports/pdf_typeset.hpp"
#include "reports/report_text.hpp"
#include "reports/workshop_speakers.hpp"

namespace idm {
namespace {

using pdf::Font;

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
                const pdf::Typesetter& typesetter, pdf::Flow& flow, const ReportLabels& labels)
      : records_(records), workshop_(workshop), typesetter_(typesetter), flow_(flow), l_(labels) {}

  void write() {
    title();
    findings(&DocumentRecord::key_messages, l_.key_messages);
    findings(&DocumentRecord::recommendations, l_.recommendations);
    statements();
    sources();
    // Last, as reports annex it: a programme reader takes what follows a slot into the slot.
    programme();
    // Called by the typesetter after this writer is gone: holds what it needs.
    flow_.footer = [&typesetter = typesetter_, page_of = l_.page_of](int n, int count) {
      return typesetter.escape(fmt::format(fmt::runtime(page_of), n, count));
    };
  }

 private:
  static double width() { return pdf::kTextWidth; }

  std::string escape(std::string_view text) const { return typesetter_.escape(text); }

  pdf::Block& add(const std::string& markup, const Font& font, double x, double space_before) {
    pdf::Block& b = flow_.blocks.emplace_back();
    b.markup = markup;
    b.font = font;
    b.x = x;
    b.width = width() - x;
    b.gray = font.gray;
    b.space_before = space_before;
    return b;
  }

  // A list marker or a table's time cell beside |block|'s first line, |width| points wide.
  static void side(pdf::Block& block, std::string markup, const Font& font, double width) {
    block.has_side = true;
    block.side_markup = std::move(markup);
    block.side_font = font;
    block.side_width = width;
  }

  void heading(std::string_view text) {
    add(escape(std::string(text)), kHeading, 0, 20).keep_with_next = true;
  }

  void title() {
    const Event& e = workshop_.event;
    add(escape(std::string(l_.kicker)), kKicker, 0, 0);
    std::string title = e.title.empty() ? (e.theme.empty() ? e.slug : e.theme) : e.title;
    add(escape(title), kTitle, 0, 8);
    if (!e.theme.empty() && e.theme != title) add(escape(e.theme), kTheme, 0, 6);
    // "14–15 April 2031, Conference Room 4, United Nations Headquarters, New York"
    std::vector<std::string> parts;
    if (const std::string dates = format_date_range(e.start_date, e.end_date, l_); !dates.empty()) {
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

  // Key messages or recommendations under the document they come from, each with its source
  // and page ("[2, p. 5]"); a point printed by two documents once, with both sources.
  void findings(std::vector<Item> DocumentRecord::*list, std::string_view name) {
    std::vector<SourcedItem> items;
    for (size_t i : workshop_.documents)
      for (const Item& item : records_[i].*list)
        items.push_back(SourcedItem{&item, &records_[i]});
    if (items.empty()) return;
    heading(name);
    for (const FindingGroup& group : group_findings(items)) {
      if (workshop_.documents.size() > 1) {
        const DocumentRecord& r = *group.record;
        const std::string title = r.title.empty() ? file_name(r) : one_line(r.title);
        add(escape(fmt::format(fmt::runtime(l_.from), title) +
                   fmt::format(" [{}]", source_number(index_of(r)))),
            kSubheading, 0, 12)
            .keep_with_next = true;
      }
      int n = 0;
      for (const FindingPoint& point : group.points) {
        ++n;
        const Item& item = *point.item;
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
        std::string refs;
        for (std::size_t k = 0; k < point.sources.size(); ++k) {
          const SourcedItem& src = point.sources[k];
          if (k == 1) refs += std::string(" ") + std::string(l_.also_in);
          refs += fmt::format(
              " [{}{}]", source_number(index_of(*src.record)),
              src.item->page > 0 ? fmt::format(", p.\u00a0{}", src.item->page) : std::string());
        }
        markup += " <span foreground=\"#595959\">" + escape(refs) + "</span>";
        pdf::Block& p = add(markup, kBody, kMarker, 6);
        const int number = item.number > 0 ? item.number : n;
        side(p, escape(fmt::format("{})", number)), kBody, kMarker);
        p.side_x = 0;
      }
    }
  }

  size_t index_of(const DocumentRecord& record) const {
    return static_cast<size_t>(&record - records_.data());
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
    flow_.blocks.back().page_break_before = true;
    // The header row, once: a row split over pages continues without it.
    pdf::Block& header = add(escape(std::string(l_.session)), kCellBold, kTimeColumn, 4);
    side(header, escape(std::string(l_.time)), kCellBold, kTimeColumn - 8);
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
        std::string text = fmt::format(fmt::runtime(l_.day_n), std::max(day, 1));
        if (!date.empty()) text += " \u2013 " + format_date(date, l_, true);
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
    const size_t first = flow_.blocks.size();
    pdf::Block& row = add(escape(s.title), kCellBold, kTimeColumn, 9);
    side(row, escape(time), kCellBold, kTimeColumn - 8);
    row.rule_above = true;
    row.rule_x0 = 0;
    row.rule_x1 = width();
    row.keep_with_next = true;
    auto cell = [&](const std::string& markup, double indent, double space) -> pdf::Block& {
      return add(markup, kCell, kTimeColumn + indent, space);
    };
    if (!s.venue.empty()) cell(escape(std::string(l_.venue) + ": " + s.venue), 0, 5);
    if (!s.description.empty()) cell(escape(s.description), 0, 5).gray = 0.2;

    // Role by role, in the order a programme prints them.
    struct RoleLabel {
      const char* role;
      std::string_view label;
      bool inline_entries;  // "Moderator: Name, function", one line each
    };
    const RoleLabel roles[] = {{"opening", l_.opening, false},
                               {"moderator", l_.moderator, true},
                               {"presenter", l_.presenter, true},
                               {"speaker", l_.speakers_heading, false},
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
        pdf::Block& p =
            cell(escape(person_entry(sp->honorific, sp->name, sp->function, sp->note)), kBullet, 3);
        side(p, escape("\u2022"), kCell, kBullet);
        p.side_x = kTimeColumn;
      }
    }
    flow_.blocks[first].group = flow_.blocks.size() - first;
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
                            st->page > 0 ? fmt::format(", p.\u00a0{}", st->page) : "");
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
      if (r.source.pages > 0) facts += ", " + fmt::format(fmt::runtime(l_.pages_n), r.source.pages);
      facts += ", " + r.language;
      markup += "\n" + escape(facts);
      const auto it = pages_.find(workshop_.documents[n]);
      if (it != pages_.end()) {
        std::string refs;
        for (int part = 0; part < 4; ++part) {
          if (it->second[part].empty()) continue;
          refs += (refs.empty() ? "" : "; ") + std::string(l_.parts[part]) + " p.\u00a0" +
                  page_list(it->second[part]);
        }
        if (!refs.empty()) {
          markup += "\n<span foreground=\"#595959\">" + escape(refs) + "</span>";
        }
      }
      pdf::Block& p = add(markup, kCell, kMarker + 6, 6);
      side(p, escape(fmt::format("[{}]", n + 1)), kCell, kMarker + 6);
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
  const pdf::Typesetter& typesetter_;
  pdf::Flow& flow_;
  const ReportLabels& l_;
  std::map<size_t, std::array<std::set<int>, 4>> pages_;  // record -> part -> source pages
};

// The PDF module, loaded at the first summary.pdf (pdf_typeset.hpp); null with |error| set when
// it is missing or does not load.
const pdf::Typesetter* typesetter(std::string& error) {
  static const LoadedModule<pdf::Typesetter> loaded =
      load_module<pdf::Typesetter>(pdf::kModuleFileName, pdf::kEntryPoint, pdf::kAbi);
  error = loaded.error;
  return loaded.api;
}

}  // namespace

void write_summary_pdf(const std::vector<DocumentRecord>& records, const Workshop& workshop,
                       const std::string& path, const SummaryPdfOptions& options) {
  std::string error;
  const pdf::Typesetter* ts = typesetter(error);
  if (!ts) throw SummaryPdfUnavailable("summary.pdf cannot be typeset: " + error);
  const Event& e = workshop.event;
  pdf::Flow flow;
  flow.title = e.title.empty() ? e.slug : e.title;
  if (!e.theme.empty() && e.theme != flow.title) flow.title += ": " + e.theme;
  flow.creator = "idmreport";
  flow.date = iso_time(options.created);
  std::vector<const DocumentRecord*> documents;
  for (size_t i : workshop.documents)
    if (i < records.size()) documents.push_back(&records[i]);
  const ReportLabels& labels =
      report_labels(options.language.empty() ? workshop_language(documents) : options.language);
  SummaryWriter(records, workshop, *ts, flow, labels).write();
  if (!ts->typeset(flow, path, error)) throw std::runtime_error(error);
}

}  // namespace idm
