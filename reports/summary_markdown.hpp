#pragma once
// summary.md of a workshop: title, dates and venue; key messages; recommendations; the
// programme with its speakers; statements grouped by speaker; the source documents with page
// references (links to the PDF pages).

#include <string>
#include <string_view>

#include "reports/workshop_speakers.hpp"
#include "reports/xlsx_util.hpp"

namespace idm {

/// |text| (one line) safe as inline Markdown: the characters that would start emphasis, code,
/// links, HTML, tables or strike-through are backslash-escaped, and so is whatever would start a
/// block (heading, list, quote) at the beginning.
std::string markdown_escape(std::string_view text);

/// The whole summary.md, in |content|'s language, with a Figures section. Page links point at
/// the PDFs as |links| says (relative by default; "#page=N").
std::string render_summary_markdown(const WorkshopContent& content, const LinkPolicy& links);

}  // namespace idm
