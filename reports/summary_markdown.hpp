#pragma once
// summary.md of a workshop: title, dates and venue; key messages; recommendations; the
// programme with its speakers; statements grouped by speaker; the source documents with page
// references (links to the PDF pages).

#include <string>
#include <string_view>

#include "reports/workshop_speakers.hpp"

namespace idm {

/// |text| (one line) safe as inline Markdown: the characters that would start emphasis, code,
/// links, HTML, tables or strike-through are backslash-escaped, and so is whatever would start a
/// block (heading, list, quote) at the beginning.
std::string markdown_escape(std::string_view text);

/// The whole summary.md. Page links point at the PDFs (relative source paths are resolved
/// against |input_root|).
std::string render_summary_markdown(const WorkshopContent& content, const std::string& input_root);

}  // namespace idm
