#pragma once
// summary.html of a workshop: the content of summary.md as one self-contained page (inline
// style, no script, no image, no font or anything else fetched; a Content-Security-Policy that
// forbids any request), everything from the PDFs escaped, readable on screen and in print.

#include <string>
#include <string_view>

#include "reports/workshop_speakers.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

/// |text| with & < > " ' as character references (safe in text and quoted attributes); invalid
/// UTF-8 and NUL become U+FFFD.
std::string html_escape(std::string_view text);

/// The whole summary.html, in |content|'s language, with a Figures section of inline SVG bar
/// charts. Page links point at the PDFs as |links| says (relative by default; "#page=N"):
/// links are followed only when clicked, never loaded.
std::string render_summary_html(const WorkshopContent& content, const LinkPolicy& links);

}  // namespace idm
