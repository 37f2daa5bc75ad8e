#include "reports/summary_markdown.hpp"

#include <fmt/core.h>

#include "reports/statistics.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// "&amp;", "&#38;", "&#x26;": what CommonMark would turn into a character.
bool starts_entity(std::string_view text) {
  std::size_t k = 1;
  if (k < text.size() && text[k] == '#') ++k;
  const std::size_t first = k;
  while (k < text.size() && (is_alpha(text[k]) || is_digit(text[k])))
    ++k;
  return k > first && k < text.size() && text[k] == ';';
}
bool is_word(char c) {
  return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
}

// "[idm-2031-report-en, p. 5](<../../samples/idm-2031-report-en.pdf#page=5>)"; plain text
// without a path.
std::string page_ref(const std::string& id, const std::string& pdf, int page,
                     const LinkPolicy& links, const ReportLabels& l) {
  const std::string shown = page > 0 ? fmt::format(fmt::runtime(l.page_ref), id, page) : id;
  const std::string url = links.page(pdf, page);
  if (url.empty()) return markdown_escape(shown);
  return fmt::format("[{}](<{}>)", markdown_escape(shown), url);
}

std::string page_ref(const DocumentRecord& record, int page, const LinkPolicy& links,
                     const ReportLabels& l) {
  return page_ref(record.id, record.source.path, page, links, l);
}

// "Source: agenda, p. 1; also in scan, p. 1; report, p. 28".
std::string session_sources(const ProgrammeSession& entry, const LinkPolicy& links,
                            const ReportLabels& l) {
  std::string refs = page_ref(*entry.record, entry.session->page, links, l);
  for (std::size_t k = 0; k < entry.also_in.size(); ++k) {
    refs += k == 0 ? "; " + markdown_escape(l.also_in) + " " : std::string("; ");
    const RowSource& source = entry.also_in[k];
    refs += page_ref(source.document, source.source_path, source.page, links, l);
  }
  return refs;
}

std::string none(const ReportLabels& l) {
  return fmt::format("*{}*\n\n", markdown_escape(l.none_in_sources));
}

void item_list(std::string& out, const std::vector<SourcedItem>& items, const LinkPolicy& links,
               const ReportLabels& l, std::size_t documents) {
  if (items.empty()) {
    out += none(l);
    return;
  }
  for (const FindingGroup& group : group_findings(items)) {
    if (documents > 1) {
      const std::string title = one_line(group.record->title);
      out += fmt::format("### {}\n\n", markdown_escape(fmt::format(
                                           fmt::runtime(l.from),
                                           title.empty() ? group.record->id
                                                         : title + " (" + group.record->id + ")")));
    }
    int n = 0;
    for (const FindingPoint& point : group.points) {
      ++n;
      const auto [title, rest] = item_parts(*point.item);
      std::string body;
      if (!title.empty()) body = "**" + markdown_escape(title) + "**";
      if (!rest.empty()) body += (body.empty() ? "" : " ") + markdown_escape(rest);
      std::string refs;
      for (std::size_t k = 0; k < point.sources.size(); ++k) {
        if (k == 1) refs += "; " + markdown_escape(l.also_in) + " ";
        if (k > 1) refs += "; ";
        refs += page_ref(*point.sources[k].record, point.sources[k].item->page, links, l);
      }
      out +=
          fmt::format("{}. {} ({})\n", point.item->number > 0 ? point.item->number : n, body, refs);
    }
    out += '\n';
  }
}

std::string speaker_line(const SpeakerRow& row, const ReportLabels& l) {
  std::string line = fmt::format("- {}: **{}**", markdown_escape(role_label(row.role, l)),
                                 markdown_escape(display_name(row.honorific, row.name)));
  const std::string details = speaker_details(row);
  if (!details.empty()) line += ", " + markdown_escape(details);
  if (!one_line(row.note).empty()) line += " (" + markdown_escape(one_line(row.note)) + ")";
  return line + "\n";
}

void breakdown(std::string& out, const std::vector<Tally>& tallies, std::string_view title,
               const ReportLabels& l) {
  out += fmt::format("#### {}\n\n| {} | {} |\n|---|---:|\n", markdown_escape(title),
                     markdown_escape(l.category), markdown_escape(l.count));
  for (const Tally& t : tallies)
    out += fmt::format("| {} | {} |\n", markdown_escape(t.label), t.count);
  out += '\n';
}

void statistics_section(std::string& out, const WorkshopContent& content, const ReportLabels& l) {
  const Statistics s =
      compute_statistics(content.speakers, static_cast<std::int64_t>(content.programme.size()), l);
  out += fmt::format("## {}\n\n", markdown_escape(l.statistics));
  out += fmt::format("| {} | {} |\n|---|---:|\n", markdown_escape(l.measure),
                     markdown_escape(l.count));
  out += fmt::format("| {} | {} |\n", markdown_escape(l.stat_sessions), s.sessions);
  out += fmt::format("| {} | {} |\n", markdown_escape(l.stat_speakers), s.slots);
  out += fmt::format("| {} | {} |\n", markdown_escape(l.stat_people), s.people);
  out += fmt::format("| {} | {} ({}) |\n\n", markdown_escape(l.stat_women_share),
                     markdown_escape(percent_text(s.panel_women, s.panel_known)),
                     markdown_escape(fmt::format(fmt::runtime(l.stat_women_share_note),
                                                 s.panel_women, s.panel_known)));
  breakdown(out, s.by_role, l.by_role, l);
  breakdown(out, s.by_gender, l.by_gender, l);
  breakdown(out, s.by_region, l.by_region, l);
  breakdown(out, s.by_org_kind, l.by_org_kind, l);
  breakdown(out, s.by_country, l.by_country, l);
  out += fmt::format("*{}*\n\n", markdown_escape(l.counted_note));
}

}  // namespace

std::string markdown_escape(std::string_view raw) {
  const std::string valid = valid_utf8(raw);  // bidi controls neutralised too
  const std::string_view text = valid;
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
        out += '\\';
        break;
      case '_':  // inside a word ("concept_note") it starts no emphasis
        if (i == 0 || i + 1 == text.size() || !is_word(text[i - 1]) || !is_word(text[i + 1]))
          out += '\\';
        break;
      case '&':  // only an entity ("&amp;", "&#38;") would be read as one
        if (starts_entity(text.substr(i))) out += '\\';
        break;
      case '#':
      case '+':
      case '-':
      case '=':
        if (i == 0) out += '\\';
        break;
      case '.':
      case ')': {
        // "2031. " or "3) " at the start would begin an ordered list.
        std::size_t k = 0;
        while (k < i && is_digit(text[k]))
          ++k;
        if (k == i && i > 0) out += '\\';
        break;
      }
      case '\n':
      case '\r':
        out += ' ';
        continue;
      default:
        break;
    }
    out += c;
  }
  return out;
}

std::string render_summary_markdown(const WorkshopContent& content, const LinkPolicy& links) {
  const ReportLabels& l = report_labels(content.language);
  const Event& event = content.event;
  std::string out;
  out += fmt::format("# {}\n\n", markdown_escape(workshop_title(event, l)));
  if (!one_line(event.theme).empty()) {
    out += fmt::format("*{}*\n\n", markdown_escape(one_line(event.theme)));
  }
  const std::string dates = format_date_range(event.start_date, event.end_date, l);
  const std::string venue = venue_line(event);
  if (!dates.empty()) {
    out += fmt::format("- **{}:** {}\n", markdown_escape(l.dates), markdown_escape(dates));
  }
  if (!venue.empty()) {
    out += fmt::format("- **{}:** {}\n", markdown_escape(l.venue), markdown_escape(venue));
  }
  out += fmt::format("- **{}:** {}\n\n", markdown_escape(l.workshop), markdown_escape(event.slug));

  out += fmt::format("## {}\n\n", markdown_escape(l.key_messages));
  item_list(out, content.key_messages, links, l, content.documents.size());
  out += fmt::format("## {}\n\n", markdown_escape(l.recommendations));
  item_list(out, content.recommendations, links, l, content.documents.size());

  out += fmt::format("## {}\n\n", markdown_escape(l.programme));
  if (content.programme.empty()) out += none(l);
  for (const ProgrammeDay& day : programme_days(content, l)) {
    out += fmt::format("### {}\n\n", markdown_escape(day.title));
    for (std::size_t p = day.first; p < day.last; ++p) {
      const ProgrammeSession& entry = content.programme[p];
      const Session& s = *entry.session;
      const std::string time = format_time_range(s.start, s.end);
      const std::string title = one_line(s.title);
      out += fmt::format("#### {}{}{}\n\n", markdown_escape(time), time.empty() ? "" : " ",
                         markdown_escape(title.empty() ? std::string(l.untitled) : title));
      if (!one_line(s.venue).empty()) {
        out += fmt::format("*{}: {}*\n\n", markdown_escape(l.venue),
                           markdown_escape(one_line(s.venue)));
      }
      if (!one_line(s.description).empty()) {
        out += markdown_escape(one_line(s.description)) + "\n\n";
      }
      for (const std::size_t k : entry.speakers)
        out += speaker_line(content.speakers[k], l);
      if (!entry.speakers.empty()) out += '\n';
      out += fmt::format("{}: {}\n\n", markdown_escape(l.source), session_sources(entry, links, l));
    }
  }
  // Speakers the documents name for no session.
  bool unplaced = false;
  for (const SpeakerRow& row : content.speakers) {
    if (!row.session_key.empty()) continue;
    if (!unplaced) out += fmt::format("### {}\n\n", markdown_escape(l.speakers_without_session));
    unplaced = true;
    out += speaker_line(row, l);
  }
  if (unplaced) out += '\n';

  statistics_section(out, content, l);

  out += fmt::format("## {}\n\n", markdown_escape(l.statements));
  if (content.statements.empty()) out += none(l);
  for (const SpeakerStatements& group : content.statements) {
    out += fmt::format(
        "### {}\n\n",
        markdown_escape(group.name.empty() ? std::string(l.speaker_not_named) : group.name));
    if (!group.function.empty()) out += fmt::format("*{}*\n\n", markdown_escape(group.function));
    for (const SourcedStatement& st : group.statements) {
      out += fmt::format("> {}\n>\n> {} {}\n\n", markdown_escape(one_line(st.statement->text)),
                         kEmDash, page_ref(*st.record, st.statement->page, links, l));
    }
  }

  out += fmt::format("## {}\n\n", markdown_escape(l.sources));
  if (content.documents.empty()) out += fmt::format("*{}*\n\n", markdown_escape(l.none));
  if (!content.documents.empty()) {
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", markdown_escape(l.col_document),
                       markdown_escape(l.document_type), markdown_escape(l.language),
                       markdown_escape(l.title), markdown_escape(l.pages),
                       markdown_escape(l.pages_cited));
    out += "|---|---|---|---|---|---|\n";
    for (const DocumentRecord* record : content.documents) {
      const std::string url = links.pdf(record->source.path);
      const std::string id = url.empty()
                                 ? markdown_escape(record->id)
                                 : fmt::format("[{}](<{}>)", markdown_escape(record->id), url);
      out +=
          fmt::format("| {} | {} | {} | {} | {} | {} |\n", id, markdown_escape(record->doc_type),
                      markdown_escape(record->language), markdown_escape(one_line(record->title)),
                      record->source.pages > 0 ? fmt::format("{}", record->source.pages) : "",
                      markdown_escape(page_list(cited_pages(content, *record))));
    }
    out += '\n';
  }
  return out;
}

}  // namespace idm
