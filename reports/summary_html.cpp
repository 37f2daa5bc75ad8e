#include "reports/summary_html.hpp"

#include <fmt/core.h>

#include "reports/xlsx_util.hpp"

namespace idm {

namespace {

constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem 1.25rem 3rem; color: #1d1d1f;
  background: #fff; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
  "DejaVu Sans", sans-serif; overflow-wrap: break-word; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .8rem; padding-bottom: .25rem;
  border-bottom: 2px solid #0b5cad; }
h3 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
h4 { font-size: 1rem; margin: 0 0 .3rem; }
a { color: #0b5cad; }
.theme { font-size: 1.15rem; font-style: italic; margin: 0 0 .8rem; color: #3a3a3c; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
nav { margin: 1.5rem 0 0; padding: .6rem 1rem; background: #f3f6fa; border-radius: .4rem; }
nav ul { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
ol.items > li { margin-bottom: .6rem; }
.ref, .ref a { color: #57575c; font-size: .85rem; white-space: nowrap; }
.none { color: #57575c; font-style: italic; }
.session { margin: 0 0 1.2rem; padding: .7rem 1rem; border-left: 4px solid #c9d7e8;
  background: #fafbfc; break-inside: avoid; }
.session .time { font-variant-numeric: tabular-nums; color: #0b5cad; font-weight: 600;
  margin-right: .4rem; }
.session p { margin: .3rem 0; }
.session ul { margin: .4rem 0; padding-left: 1.2rem; }
.role { color: #57575c; }
.function { color: #3a3a3c; margin: -.3rem 0 .5rem; font-style: italic; }
blockquote { margin: 0 0 .8rem; padding: .4rem 1rem; border-left: 4px solid #dfe3e8; break-inside: avoid; }
blockquote p { margin: 0 0 .2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid #d0d5dc; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f6fa; }
footer { margin-top: 3rem; color: #57575c; font-size: .85rem; }
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; border-bottom-color: #000; }
  h3, h4 { break-after: avoid; }
  .session { background: none; border-left-color: #999; }
  th { background: none; }
  tr { break-inside: avoid; }
}
)css";

std::string lang_attr(const DocumentRecord& record) {
  if (record.language.empty() || record.language == "en") return {};
  return fmt::format(" lang=\"{}\"", html_escape(record.language));
}

std::string page_ref(const DocumentRecord& record, int page, const std::string& root) {
  const std::string shown =
      page > 0 ? fmt::format("{}, p. {}", record.id, page) : std::string(record.id);
  const std::string url = pdf_page_url(record.source.path, root, page);
  if (url.empty()) return html_escape(shown);
  return fmt::format("<a href=\"{}\">{}</a>", html_escape(url), html_escape(shown));
}

void none(std::string& out) {
  out += "<p class=\"none\">None in the source documents.</p>\n";
}

void item_list(std::string& out, const std::vector<SourcedItem>& items, const std::string& root,
               std::size_t documents) {
  if (items.empty()) {
    none(out);
    return;
  }
  const DocumentRecord* current = nullptr;
  for (const SourcedItem& i : items) {
    if (i.record != current) {
      if (current) out += "</ol>\n";
      current = i.record;
      if (documents > 1) {
        const std::string title = one_line(i.record->title);
        out += fmt::format(
            "<h3>From {}</h3>\n",
            html_escape(title.empty() ? i.record->id : title + " (" + i.record->id + ")"));
      }
      out += "<ol class=\"items\">\n";
    }
    const auto [title, rest] = item_parts(*i.item);
    out += "<li";
    if (i.item->number > 0) out += fmt::format(" value=\"{}\"", i.item->number);
    out += lang_attr(*i.record) + ">";
    if (!title.empty()) out += "<strong>" + html_escape(title) + "</strong>";
    if (!rest.empty()) out += (title.empty() ? "" : " ") + html_escape(rest);
    out += fmt::format(" <span class=\"ref\">({})</span></li>\n",
                       page_ref(*i.record, i.item->page, root));
  }
  out += "</ol>\n";
}

void speaker_item(std::string& out, const SpeakerRow& row) {
  out += fmt::format("<li><span class=\"role\">{}:</span> <strong>{}</strong>",
                     html_escape(role_label(row.role)),
                     html_escape(display_name(row.honorific, row.name)));
  const std::string details = speaker_details(row);
  if (!details.empty()) out += ", " + html_escape(details);
  if (!one_line(row.note).empty()) out += " (" + html_escape(one_line(row.note)) + ")";
  out += "</li>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  const std::string valid = valid_utf8(text);
  std::string out;
  out.reserve(valid.size() + 16);
  for (const char c : valid) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string render_summary_html(const WorkshopContent& content, const std::string& root) {
  const Event& event = content.event;
  const std::string title = workshop_title(event);
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  // Nothing may be fetched: no script, no image, no font, no frame; only the inline style.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"generator\" content=\"idmreport\">\n";
  out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", html_escape(title),
                     kStyle);

  out += fmt::format("<header>\n<h1>{}</h1>\n", html_escape(title));
  if (!one_line(event.theme).empty()) {
    out += fmt::format("<p class=\"theme\">{}</p>\n", html_escape(one_line(event.theme)));
  }
  out += "<dl class=\"facts\">\n";
  const std::string dates = format_date_range(event.start_date, event.end_date);
  const std::string venue = venue_line(event);
  if (!dates.empty()) out += fmt::format("<dt>Dates</dt><dd>{}</dd>\n", html_escape(dates));
  if (!venue.empty()) out += fmt::format("<dt>Venue</dt><dd>{}</dd>\n", html_escape(venue));
  out += fmt::format("<dt>Workshop</dt><dd>{}</dd>\n</dl>\n</header>\n", html_escape(event.slug));

  out +=
      "<nav aria-label=\"Contents\"><ul>"
      "<li><a href=\"#key-messages\">Key messages</a></li>"
      "<li><a href=\"#recommendations\">Recommendations</a></li>"
      "<li><a href=\"#programme\">Programme</a></li>"
      "<li><a href=\"#statements\">Statements by speaker</a></li>"
      "<li><a href=\"#sources\">Source documents</a></li></ul></nav>\n<main>\n";

  out += "<section id=\"key-messages\">\n<h2>Key messages</h2>\n";
  item_list(out, content.key_messages, root, content.documents.size());
  out += "</section>\n<section id=\"recommendations\">\n<h2>Recommendations</h2>\n";
  item_list(out, content.recommendations, root, content.documents.size());
  out += "</section>\n";

  out += "<section id=\"programme\">\n<h2>Programme</h2>\n";
  if (content.programme.empty()) none(out);
  for (const ProgrammeDay& day : programme_days(content)) {
    out += fmt::format("<h3>{}</h3>\n", html_escape(day.title));
    for (std::size_t p = day.first; p < day.last; ++p) {
      const ProgrammeSession& entry = content.programme[p];
      const Session& s = *entry.session;
      const std::string time = format_time_range(s.start, s.end);
      const std::string session_title = one_line(s.title);
      out += fmt::format("<article class=\"session\"{}>\n<h4>", lang_attr(*entry.record));
      if (!time.empty()) out += fmt::format("<span class=\"time\">{}</span> ", html_escape(time));
      out += html_escape(session_title.empty() ? std::string("(untitled)") : session_title) +
             "</h4>\n";
      if (!one_line(s.venue).empty()) {
        out += fmt::format("<p><em>{}</em></p>\n", html_escape(one_line(s.venue)));
      }
      if (!one_line(s.description).empty()) {
        out += fmt::format("<p>{}</p>\n", html_escape(one_line(s.description)));
      }
      if (!entry.speakers.empty()) {
        out += "<ul>\n";
        for (const std::size_t k : entry.speakers)
          speaker_item(out, content.speakers[k]);
        out += "</ul>\n";
      }
      out += fmt::format("<p class=\"ref\">Source: {}</p>\n</article>\n",
                         page_ref(*entry.record, s.page, root));
    }
  }
  bool unplaced = false;
  for (const SpeakerRow& row : content.speakers) {
    if (!row.session_key.empty()) continue;
    if (!unplaced) out += "<h3>Speakers without a session</h3>\n<ul>\n";
    unplaced = true;
    speaker_item(out, row);
  }
  if (unplaced) out += "</ul>\n";
  out += "</section>\n";

  out += "<section id=\"statements\">\n<h2>Statements by speaker</h2>\n";
  if (content.statements.empty()) none(out);
  for (const SpeakerStatements& group : content.statements) {
    out += fmt::format(
        "<h3>{}</h3>\n",
        html_escape(group.name.empty() ? std::string("Speaker not named") : group.name));
    if (!group.function.empty()) {
      out += fmt::format("<p class=\"function\">{}</p>\n", html_escape(group.function));
    }
    for (const SourcedStatement& s : group.statements) {
      out += fmt::format("<blockquote{}><p>{}</p><p class=\"ref\">{}</p></blockquote>\n",
                         lang_attr(*s.record), html_escape(one_line(s.statement->text)),
                         page_ref(*s.record, s.statement->page, root));
    }
  }
  out += "</section>\n";

  out += "<section id=\"sources\">\n<h2>Source documents</h2>\n";
  if (content.documents.empty()) {
    out += "<p class=\"none\">None.</p>\n";
  } else {
    out +=
        "<table>\n<thead><tr><th>Document</th><th>Type</th><th>Language</th><th>Title</th>"
        "<th>Pages</th><th>Pages cited</th></tr></thead>\n<tbody>\n";
    for (const DocumentRecord* record : content.documents) {
      const std::string url = file_url(record->source.path, root);
      const std::string id = url.empty() ? html_escape(record->id)
                                         : fmt::format("<a href=\"{}\">{}</a>", html_escape(url),
                                                       html_escape(record->id));
      out += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td><td>{}</td><td>{}</td></tr>\n", id,
          html_escape(record->doc_type), html_escape(record->language), lang_attr(*record),
          html_escape(one_line(record->title)),
          record->source.pages > 0 ? fmt::format("{}", record->source.pages) : "",
          html_escape(page_list(cited_pages(content, *record))));
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n</main>\n";
  out += fmt::format(
      "<footer>Written by idmreport from {} source document{}. Page links open the PDFs on this "
      "computer.</footer>\n</body>\n</html>\n",
      content.documents.size(), content.documents.size() == 1 ? "" : "s");
  return out;
}

}  // namespace idm
