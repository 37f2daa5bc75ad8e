#include "reports/summary_markdown.hpp"

#include <fmt/core.h>

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

// "[idm-2031-report-en, p. 5](file:///...#page=5)"; plain text without a path.
std::string page_ref(const DocumentRecord& record, int page, const std::string& root) {
  const std::string shown =
      page > 0 ? fmt::format("{}, p. {}", record.id, page) : std::string(record.id);
  const std::string url = pdf_page_url(record.source.path, root, page);
  if (url.empty()) return markdown_escape(shown);
  return fmt::format("[{}](<{}>)", markdown_escape(shown), url);
}

void item_list(std::string& out, const std::vector<SourcedItem>& items, const std::string& root,
               std::size_t documents) {
  if (items.empty()) {
    out += "*None in the source documents.*\n\n";
    return;
  }
  const DocumentRecord* current = nullptr;
  int n = 0;
  for (const SourcedItem& i : items) {
    if (i.record != current) {
      if (current) out += '\n';
      current = i.record;
      n = 0;
      if (documents > 1) {
        const std::string title = one_line(i.record->title);
        out += fmt::format(
            "### From {}\n\n",
            markdown_escape(title.empty() ? i.record->id : title + " (" + i.record->id + ")"));
      }
    }
    ++n;
    const auto [title, rest] = item_parts(*i.item);
    std::string body;
    if (!title.empty()) body = "**" + markdown_escape(title) + "**";
    if (!rest.empty()) body += (body.empty() ? "" : " ") + markdown_escape(rest);
    out += fmt::format("{}. {} ({})\n", i.item->number > 0 ? i.item->number : n, body,
                       page_ref(*i.record, i.item->page, root));
  }
  out += '\n';
}

}  // namespace

std::string markdown_escape(std::string_view text) {
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

std::string render_summary_markdown(const WorkshopContent& content, const std::string& root) {
  const Event& event = content.event;
  std::string out;
  out += fmt::format("# {}\n\n", markdown_escape(workshop_title(event)));
  if (!one_line(event.theme).empty()) {
    out += fmt::format("*{}*\n\n", markdown_escape(one_line(event.theme)));
  }
  const std::string dates = format_date_range(event.start_date, event.end_date);
  const std::string venue = venue_line(event);
  if (!dates.empty()) out += fmt::format("- **Dates:** {}\n", markdown_escape(dates));
  if (!venue.empty()) out += fmt::format("- **Venue:** {}\n", markdown_escape(venue));
  out += fmt::format("- **Workshop:** {}\n\n", markdown_escape(event.slug));

  out += "## Key messages\n\n";
  item_list(out, content.key_messages, root, content.documents.size());
  out += "## Recommendations\n\n";
  item_list(out, content.recommendations, root, content.documents.size());

  out += "## Programme\n\n";
  if (content.programme.empty()) out += "*None in the source documents.*\n\n";
  for (const ProgrammeDay& day : programme_days(content)) {
    out += fmt::format("### {}\n\n", markdown_escape(day.title));
    for (std::size_t p = day.first; p < day.last; ++p) {
      const ProgrammeSession& entry = content.programme[p];
      const Session& s = *entry.session;
      const std::string time = format_time_range(s.start, s.end);
      const std::string title = one_line(s.title);
      out += fmt::format("#### {}{}{}\n\n", markdown_escape(time), time.empty() ? "" : " ",
                         markdown_escape(title.empty() ? std::string("(untitled)") : title));
      if (!one_line(s.venue).empty()) {
        out += fmt::format("*{}*\n\n", markdown_escape(one_line(s.venue)));
      }
      if (!one_line(s.description).empty()) {
        out += markdown_escape(one_line(s.description)) + "\n\n";
      }
      for (const std::size_t k : entry.speakers) {
        const SpeakerRow& row = content.speakers[k];
        std::string line = fmt::format("- {}: **{}**", markdown_escape(role_label(row.role)),
                                       markdown_escape(display_name(row.honorific, row.name)));
        const std::string details = speaker_details(row);
        if (!details.empty()) line += ", " + markdown_escape(details);
        if (!one_line(row.note).empty()) line += " (" + markdown_escape(one_line(row.note)) + ")";
        out += line + "\n";
      }
      if (!entry.speakers.empty()) out += '\n';
      out += fmt::format("Source: {}\n\n", page_ref(*entry.record, s.page, root));
    }
  }
  // Speakers the documents name for no session.
  bool unplaced = false;
  for (const SpeakerRow& row : content.speakers) {
    if (!row.session_key.empty()) continue;
    if (!unplaced) out += "### Speakers without a session\n\n";
    unplaced = true;
    std::string line = fmt::format("- {}: **{}**", markdown_escape(role_label(row.role)),
                                   markdown_escape(display_name(row.honorific, row.name)));
    const std::string details = speaker_details(row);
    if (!details.empty()) line += ", " + markdown_escape(details);
    out += line + "\n";
  }
  if (unplaced) out += '\n';

  out += "## Statements by speaker\n\n";
  if (content.statements.empty()) out += "*None in the source documents.*\n\n";
  for (const SpeakerStatements& group : content.statements) {
    out += fmt::format(
        "### {}\n\n",
        markdown_escape(group.name.empty() ? std::string("Speaker not named") : group.name));
    if (!group.function.empty()) out += fmt::format("*{}*\n\n", markdown_escape(group.function));
    for (const SourcedStatement& s : group.statements) {
      out += fmt::format("> {}\n>\n> {} {}\n\n", markdown_escape(one_line(s.statement->text)),
                         kEmDash, page_ref(*s.record, s.statement->page, root));
    }
  }

  out += "## Source documents\n\n";
  if (content.documents.empty()) out += "*None.*\n\n";
  if (!content.documents.empty()) {
    out += "| Document | Type | Language | Title | Pages | Pages cited |\n";
    out += "|---|---|---|---|---|---|\n";
    for (const DocumentRecord* record : content.documents) {
      const std::string url = file_url(record->source.path, root);
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
