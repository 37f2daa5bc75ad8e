#include "reports/summary_html.hpp"

#include <fmt/core.h>

#include "reports/chart_svg.hpp"
#include "reports/statistics.hpp"
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
.figures { display: grid; grid-template-columns: max-content max-content; gap: .15rem 1.5rem; }
.figures dd { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg.chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg.chart rect { fill: #0b5cad; }
svg.chart text { fill: #1d1d1f; }
.note { color: #57575c; font-size: .85rem; }
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

std::string lang_attr(const DocumentRecord& record, const ReportLabels& l) {
  if (record.language.empty() || record.language == l.code) return {};
  return fmt::format(" lang=\"{}\"", html_escape(record.language));
}

std::string page_ref(const std::string& id, const std::string& pdf, int page,
                     const LinkPolicy& links, const ReportLabels& l) {
  const std::string shown = page > 0 ? fmt::format(fmt::runtime(l.page_ref), id, page) : id;
  const std::string url = links.page(pdf, page);
  if (url.empty()) return html_escape(shown);
  return fmt::format("<a href=\"{}\">{}</a>", html_escape(url), html_escape(shown));
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
    refs += k == 0 ? "; " + html_escape(l.also_in) + " " : std::string("; ");
    const RowSource& source = entry.also_in[k];
    refs += page_ref(source.document, source.source_path, source.page, links, l);
  }
  return refs;
}

void none(std::string& out, const ReportLabels& l) {
  out += fmt::format("<p class=\"none\">{}</p>\n", html_escape(l.none_in_sources));
}

void item_list(std::string& out, const std::vector<SourcedItem>& items, const LinkPolicy& links,
               const ReportLabels& l, std::size_t documents) {
  if (items.empty()) {
    none(out, l);
    return;
  }
  for (const FindingGroup& group : group_findings(items)) {
    if (documents > 1) {
      const std::string title = one_line(group.record->title);
      out += fmt::format(
          "<h3>{}</h3>\n",
          html_escape(fmt::format(
              fmt::runtime(l.from),
              title.empty() ? group.record->id : title + " (" + group.record->id + ")")));
    }
    out += "<ol class=\"items\">\n";
    for (const FindingPoint& point : group.points) {
      const auto [title, rest] = item_parts(*point.item);
      out += "<li";
      if (point.item->number > 0) out += fmt::format(" value=\"{}\"", point.item->number);
      out += lang_attr(*group.record, l) + ">";
      if (!title.empty()) out += "<strong>" + html_escape(title) + "</strong>";
      if (!rest.empty()) out += (title.empty() ? "" : " ") + html_escape(rest);
      out += " <span class=\"ref\">(";
      for (std::size_t k = 0; k < point.sources.size(); ++k) {
        if (k == 1) out += "; " + html_escape(l.also_in) + " ";
        if (k > 1) out += "; ";
        out += page_ref(*point.sources[k].record, point.sources[k].item->page, links, l);
      }
      out += ")</span></li>\n";
    }
    out += "</ol>\n";
  }
}

void speaker_item(std::string& out, const SpeakerRow& row, const ReportLabels& l) {
  out += fmt::format("<li><span class=\"role\">{}:</span> <strong>{}</strong>",
                     html_escape(role_label(row.role, l)),
                     html_escape(display_name(row.honorific, row.name)));
  const std::string details = speaker_details(row);
  if (!details.empty()) out += ", " + html_escape(details);
  if (!one_line(row.note).empty()) out += " (" + html_escape(one_line(row.note)) + ")";
  out += "</li>\n";
}

void chart(std::string& out, const std::vector<Tally>& bars, std::string_view title) {
  out += fmt::format("<figure>\n<figcaption>{}</figcaption>\n{}</figure>\n", html_escape(title),
                     bar_chart_svg(bars, title));
}

void statistics_section(std::string& out, const WorkshopContent& content, const ReportLabels& l) {
  const Statistics s =
      compute_statistics(content.speakers, static_cast<std::int64_t>(content.programme.size()), l);
  out += fmt::format("<section id=\"statistics\">\n<h2>{}</h2>\n<dl class=\"figures\">\n",
                     html_escape(l.statistics));
  const auto figure = [&](std::string_view name, const std::string& value) {
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(name), html_escape(value));
  };
  figure(l.stat_sessions, fmt::format("{}", s.sessions));
  figure(l.stat_speakers, fmt::format("{}", s.slots));
  figure(l.stat_people, fmt::format("{}", s.people));
  figure(l.stat_women_share,
         percent_text(s.panel_women, s.panel_known) + " (" +
             fmt::format(fmt::runtime(l.stat_women_share_note), s.panel_women, s.panel_known) +
             ")");
  out += "</dl>\n";
  chart(out, s.by_role, l.by_role);
  chart(out, s.by_gender, l.by_gender);
  chart(out, s.by_region, l.by_region);
  chart(out, s.by_org_kind, l.by_org_kind);
  chart(out, s.by_country, l.by_country);
  out += fmt::format("<p class=\"note\">{}</p>\n</section>\n", html_escape(l.counted_note));
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

std::string render_summary_html(const WorkshopContent& content, const LinkPolicy& links) {
  const ReportLabels& l = report_labels(content.language);
  const Event& event = content.event;
  const std::string title = workshop_title(event, l);
  std::string out;
  out += fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
                     l.code);
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
  const std::string dates = format_date_range(event.start_date, event.end_date, l);
  const std::string venue = venue_line(event);
  const auto fact = [&](std::string_view name, const std::string& value) {
    out += fmt::format("<dt>{}</dt><dd>{}</dd>\n", html_escape(name), html_escape(value));
  };
  if (!dates.empty()) fact(l.dates, dates);
  if (!venue.empty()) fact(l.venue, venue);
  fact(l.workshop, event.slug);
  out += "</dl>\n</header>\n";

  out += fmt::format("<nav aria-label=\"{}\"><ul>", html_escape(l.contents));
  const std::pair<const char*, std::string_view> sections[] = {
      {"key-messages", l.key_messages}, {"recommendations", l.recommendations},
      {"programme", l.programme},       {"statistics", l.statistics},
      {"statements", l.statements},     {"sources", l.sources}};
  for (const auto& [id, name] : sections)
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>", id, html_escape(name));
  out += "</ul></nav>\n<main>\n";

  out += fmt::format("<section id=\"key-messages\">\n<h2>{}</h2>\n", html_escape(l.key_messages));
  item_list(out, content.key_messages, links, l, content.documents.size());
  out += fmt::format("</section>\n<section id=\"recommendations\">\n<h2>{}</h2>\n",
                     html_escape(l.recommendations));
  item_list(out, content.recommendations, links, l, content.documents.size());
  out += "</section>\n";

  out += fmt::format("<section id=\"programme\">\n<h2>{}</h2>\n", html_escape(l.programme));
  if (content.programme.empty()) none(out, l);
  for (const ProgrammeDay& day : programme_days(content, l)) {
    out += fmt::format("<h3>{}</h3>\n", html_escape(day.title));
    for (std::size_t p = day.first; p < day.last; ++p) {
      const ProgrammeSession& entry = content.programme[p];
      const Session& s = *entry.session;
      const std::string time = format_time_range(s.start, s.end);
      const std::string session_title = one_line(s.title);
      out += fmt::format("<article class=\"session\"{}>\n<h4>", lang_attr(*entry.record, l));
      if (!time.empty()) out += fmt::format("<span class=\"time\">{}</span> ", html_escape(time));
      out +=
          html_escape(session_title.empty() ? std::string(l.untitled) : session_title) + "</h4>\n";
      if (!one_line(s.venue).empty()) {
        out += fmt::format("<p class=\"venue\"><em>{}: {}</em></p>\n", html_escape(l.venue),
                           html_escape(one_line(s.venue)));
      }
      if (!one_line(s.description).empty()) {
        out += fmt::format("<p>{}</p>\n", html_escape(one_line(s.description)));
      }
      if (!entry.speakers.empty()) {
        out += "<ul>\n";
        for (const std::size_t k : entry.speakers)
          speaker_item(out, content.speakers[k], l);
        out += "</ul>\n";
      }
      out += fmt::format("<p class=\"ref\">{}: {}</p>\n</article>\n", html_escape(l.source),
                         session_sources(entry, links, l));
    }
  }
  bool unplaced = false;
  for (const SpeakerRow& row : content.speakers) {
    if (!row.session_key.empty()) continue;
    if (!unplaced) {
      out += fmt::format("<h3>{}</h3>\n<ul>\n", html_escape(l.speakers_without_session));
    }
    unplaced = true;
    speaker_item(out, row, l);
  }
  if (unplaced) out += "</ul>\n";
  out += "</section>\n";

  statistics_section(out, content, l);

  out += fmt::format("<section id=\"statements\">\n<h2>{}</h2>\n", html_escape(l.statements));
  if (content.statements.empty()) none(out, l);
  for (const SpeakerStatements& group : content.statements) {
    out += fmt::format(
        "<h3>{}</h3>\n",
        html_escape(group.name.empty() ? std::string(l.speaker_not_named) : group.name));
    if (!group.function.empty()) {
      out += fmt::format("<p class=\"function\">{}</p>\n", html_escape(group.function));
    }
    for (const SourcedStatement& st : group.statements) {
      out += fmt::format("<blockquote{}><p>{}</p><p class=\"ref\">{}</p></blockquote>\n",
                         lang_attr(*st.record, l), html_escape(one_line(st.statement->text)),
                         page_ref(*st.record, st.statement->page, links, l));
    }
  }
  out += "</section>\n";

  out += fmt::format("<section id=\"sources\">\n<h2>{}</h2>\n", html_escape(l.sources));
  if (content.documents.empty()) {
    out += fmt::format("<p class=\"none\">{}</p>\n", html_escape(l.none));
  } else {
    out += fmt::format(
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
        "</tr></thead>\n<tbody>\n",
        html_escape(l.col_document), html_escape(l.document_type), html_escape(l.language),
        html_escape(l.title), html_escape(l.pages), html_escape(l.pages_cited));
    for (const DocumentRecord* record : content.documents) {
      const std::string url = links.pdf(record->source.path);
      const std::string id = url.empty() ? html_escape(record->id)
                                         : fmt::format("<a href=\"{}\">{}</a>", html_escape(url),
                                                       html_escape(record->id));
      out += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td{}>{}</td><td>{}</td><td>{}</td></tr>\n", id,
          html_escape(record->doc_type), html_escape(record->language), lang_attr(*record, l),
          html_escape(one_line(record->title)),
          record->source.pages > 0 ? fmt::format("{}", record->source.pages) : "",
          html_escape(page_list(cited_pages(content, *record))));
    }
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n</main>\n";
  out += fmt::format("<footer>{} {}</footer>\n</body>\n</html>\n",
                     html_escape(fmt::format(fmt::runtime(l.footer), content.documents.size())),
                     html_escape(links.link_base.empty() ? l.links_note : std::string_view()));
  return out;
}

}  // namespace idm
