// summary.md and summary.html: every text from the PDFs escaped, the expected sections, and
// nothing that a browser would fetch.

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "model/workshops.hpp"
#include "reports/summary_html.hpp"
#include "reports/summary_markdown.hpp"
#include "reports/workshop_speakers.hpp"

using namespace idm;

namespace {

// One workshop whose every text field carries markup.
std::vector<DocumentRecord> hostile_records() {
  DocumentRecord r;
  r.id = "idm-hostile";
  r.doc_type = "agenda";
  r.language = "fr";
  r.title = "Agenda <b>bold</b> & co";
  r.source.path = "samples/idm hostile.pdf";
  r.source.pages = 3;
  Event e;
  e.slug = "2031-04-new-york";
  e.title = "Dialogue <script>alert(1)</script>";
  e.theme = "Skills & mobility";
  e.city = "New York";
  e.venue = "Room \"4\"";
  e.start_date = "2031-04-14";
  e.end_date = "2031-04-15";
  r.events = {e};
  Session s;
  s.id = "s1";
  s.day = 1;
  s.date = "2031-04-14";
  s.start = "10:00";
  s.end = "11:00";
  s.title = "Session <img src=http://evil.example/x.png>";
  s.description = "Tom & Jerry's *talk* [link](http://evil.example)";
  s.page = 1;
  r.sessions = {s};
  Speaker sp;
  sp.name = "Jane <i>Doe</i>";
  sp.honorific = "Ms";
  sp.role = "moderator";
  sp.function = "Head of \"R&D\"";
  sp.session = "s1";
  sp.page = 1;
  r.speakers = {sp};
  r.key_messages = {Item{1, "", "# Not a heading & <script>x</script>", 2, {}}};
  r.recommendations = {Item{1, "Act.", "Act. Now | then", 2, {}}};
  r.statements = {Statement{"Jane <i>Doe</i>", "Head", "She said <script>bad()</script>.", 3, ""}};
  return {r};
}

WorkshopContent hostile_content(const std::vector<DocumentRecord>& records) {
  const auto workshops = group_workshops(records);
  REQUIRE(workshops.size() == 1);
  return collect_workshop(records, workshops.front(), nullptr, "en");
}

}  // namespace

TEST_CASE("html: escape") {
  CHECK(html_escape("<script>alert('x')</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(html_escape("R&D \"quoted\"") == "R&amp;D &quot;quoted&quot;");
  CHECK(html_escape("Élodie") == "Élodie");
  CHECK(html_escape(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("html: text from the PDFs never becomes markup") {
  const auto records = hostile_records();
  const std::string html =
      render_summary_html(hostile_content(records), LinkPolicy{"/data", "", ""});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<i>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Tom &amp; Jerry&#39;s") != std::string::npos);
  CHECK(html.find("Head of &quot;R&amp;D&quot;") != std::string::npos);
  // A bare "&" only ever appears as the start of a character reference.
  CHECK_FALSE(std::regex_search(html, std::regex("&(?![a-z]+;|#[0-9]+;)")));
}

TEST_CASE("html: one self-contained page with the expected sections") {
  const auto records = hostile_records();
  const std::string html =
      render_summary_html(hostile_content(records), LinkPolicy{"/data", "", ""});
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'") != std::string::npos);
  for (const char* id : {"key-messages", "recommendations", "programme", "statements", "sources"}) {
    CHECK_MESSAGE(html.find(std::string("<section id=\"") + id + "\">") != std::string::npos, id);
  }
  CHECK(html.find("@media print") != std::string::npos);
  // Nothing to fetch: no src attribute, no stylesheet link, no remote URL in any href.
  CHECK_FALSE(std::regex_search(html, std::regex("<[^>]*\\ssrc=")));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK_FALSE(std::regex_search(html, std::regex("href=\"(?!#|file:///)")));
  // Page links go to the PDF page, percent-encoded.
  CHECK(html.find("href=\"file:///data/samples/idm%20hostile.pdf#page=3\"") != std::string::npos);
  CHECK(html.find("lang=\"fr\"") != std::string::npos);
}

TEST_CASE("markdown: escape") {
  CHECK(markdown_escape("*bold* _it_ `code`") == "\\*bold\\* \\_it\\_ \\`code\\`");
  CHECK(markdown_escape("concept_note") == "concept_note");
  CHECK(markdown_escape("[link](http://x)") == "\\[link\\](http://x)");
  CHECK(markdown_escape("<script>") == "\\<script\\>");
  CHECK(markdown_escape("a | b") == "a \\| b");
  CHECK(markdown_escape("# Title") == "\\# Title");
  CHECK(markdown_escape("- item") == "\\- item");
  CHECK(markdown_escape("+33 1 23") == "\\+33 1 23");
  CHECK(markdown_escape("2031. A year") == "2031\\. A year");
  CHECK(markdown_escape("3) third") == "3\\) third");
  CHECK(markdown_escape("Okafor-Reyes, 14.5") == "Okafor-Reyes, 14.5");
  CHECK(markdown_escape("R&D &amp;") == "R&D \\&amp;");
  CHECK(markdown_escape("two\nlines") == "two lines");
  CHECK(markdown_escape("C:\\path") == "C:\\\\path");
}

TEST_CASE("the summaries speak the language of the workshop's agenda") {
  const auto records = hostile_records();  // a French agenda
  const auto workshops = group_workshops(records);
  const WorkshopContent content = collect_workshop(records, workshops.front());
  CHECK(content.language == "fr");
  const std::string md = render_summary_markdown(content, LinkPolicy{"/data", "", ""});
  CHECK(md.find("\n## Messages cl\u00e9s\n") != std::string::npos);
  CHECK(md.find("- **Dates :** ") == std::string::npos);
  CHECK(md.find("- **Dates:** 14\xE2\x80\x93"
                "15 avril 2031\n") != std::string::npos);
  CHECK(md.find("- Mod\u00e9rateur: **Ms Jane") != std::string::npos);
  const std::string html = render_summary_html(content, LinkPolicy{"/data", "", ""});
  CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
  CHECK(html.find("<h2>Chiffres</h2>") != std::string::npos);
  CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
  CHECK(html.find("Key messages") == std::string::npos);
}

TEST_CASE("markdown: the summary has every section and escapes what the PDFs say") {
  const auto records = hostile_records();
  const std::string md =
      render_summary_markdown(hostile_content(records), LinkPolicy{"/data", "", ""});
  CHECK(md.rfind("# Dialogue \\<script\\>alert(1)\\</script\\> \xE2\x80\x93 New York\n", 0) == 0);
  for (const char* heading : {"\n## Key messages\n", "\n## Recommendations\n", "\n## Programme\n",
                              "\n## Statements by speaker\n", "\n## Source documents\n"}) {
    CHECK_MESSAGE(md.find(heading) != std::string::npos, heading);
  }
  CHECK(md.find("- **Dates:** 14\xE2\x80\x93"
                "15 April 2031\n") != std::string::npos);
  CHECK(md.find("1. \\# Not a heading & \\<script\\>x\\</script\\>") != std::string::npos);
  CHECK(md.find("**Act.** Now \\| then") != std::string::npos);
  CHECK(md.find("- Moderator: **Ms Jane \\<i\\>Doe\\</i\\>**") != std::string::npos);
  CHECK(md.find("[idm-hostile, p. 3](<file:///data/samples/idm%20hostile.pdf#page=3>)") !=
        std::string::npos);
}
