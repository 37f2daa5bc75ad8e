#pragma once
// The classification stage: blocks in reading order -> the document record's understanding
// (type, language, title, labelled blocks, and the facts later filled in by issue 3).

#include "extractors/layout.hpp"
#include "model/document_record.hpp"

namespace idm {

/// Fills |record|'s doc_type, language, title and blocks from |layout|.
void understand(const LayoutResult& layout, DocumentRecord& record);

/// Builds the tables understand() would build at its first call (the folded country names). A
/// process that forks a child per document calls it first, so that the children inherit them.
void prepare_understanding();

}  // namespace idm
