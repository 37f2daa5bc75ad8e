#pragma once
// summary.pdf: the printable summary of one workshop (OUT/workshops/<slug>/summary.pdf),
// typeset with cairo and pango (in the PDF module, pdf_typeset.hpp) on A4, in the workshop's
// language: title, dates and venue; key messages and recommendations (under the document they come
// from, each with its page); the programme as a table; statements grouped by speaker; the source
// documents with the pages each part comes from; "Page n of N" footers.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/document_record.hpp"
#include "model/workshops.hpp"

namespace idm {

struct SummaryPdfOptions {
  /// Written as the PDF's CreationDate and ModDate (seconds since 1970, UTC), never "now", so
  /// equal inputs give byte-identical files.
  std::int64_t created = 0;
  /// Language of the labels ("fr", "en", "es"); empty: the workshop's (workshop_language()).
  std::string language{};
};

/// Thrown when the PDF module (idmreport-pdf.so, pdf_typeset.hpp) is missing or does not load:
/// no summary.pdf can be made, everything else can.
struct SummaryPdfUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Typesets the summary of workshop |workshop| to |path| (caller renames atomically). Throws
/// SummaryPdfUnavailable without the PDF module, std::runtime_error on cairo errors.
void write_summary_pdf(const std::vector<DocumentRecord>& records, const Workshop& workshop,
                       const std::string& path, const SummaryPdfOptions& options);

}  // namespace idm
