#include "understand.hpp"

#include <fmt/format.h>

#include "classify/countries.hpp"
#include "classify/document_kind.hpp"
#include "classify/events.hpp"
#include "classify/findings.hpp"
#include "classify/fold_cache.hpp"
#include "classify/labels.hpp"
#include "classify/language_table.hpp"
#include "classify/programme.hpp"
#include "classify/statements.hpp"

namespace idm {
namespace {

// The document's title: the largest heading of the first page.
std::string find_title(const std::vector<TextBlock>& blocks) {
  const TextBlock* best = nullptr;
  for (const TextBlock& block : blocks) {
    if (block.page > 1) break;
    if (block.kind != BlockKind::heading) continue;
    if (!best || block.font_size > best->font_size + 0.1) best = &block;
  }
  return best ? best->text : std::string();
}

Block to_record_block(const TextBlock& block, size_t index) {
  Block out;
  out.id = fmt::format("b{}", index + 1);
  out.page = block.page;
  out.kind = to_string(block.kind);
  out.level = block.kind == BlockKind::heading ? block.level : 0;
  out.text = block.text;
  out.bbox[0] = block.box.x0;
  out.bbox[1] = block.box.y0;
  out.bbox[2] = block.box.x1;
  out.bbox[3] = block.box.y1;
  out.ocr_confidence = block.ocr_confidence;
  bool bold_run = true;
  for (const Line& line : block.lines) {
    for (const Word& word : line.words) {
      ++out.words;
      bold_run = bold_run && word.bold;
      if (bold_run) ++out.bold_lead_words;
    }
  }
  return out;
}

// The text of the first of |ids|, for evidence.
std::string text_of(const DocumentRecord& record, const std::vector<std::string>& ids) {
  if (ids.empty()) return {};
  for (const Block& b : record.blocks) {
    if (b.id == ids.front()) return b.text;
  }
  return {};
}

}  // namespace

void understand(const LayoutResult& layout, DocumentRecord& record) {
  // The blocks' texts folded once: the language guess, the programme and the findings readers
  // read the same blocks.
  FoldCache folds;
  record.language = detect_language(layout.blocks, folds);
  const DocumentKind kind = detect_document_kind(layout.blocks, layout.pages);
  record.doc_type = kind.doc_type;
  record.title = find_title(layout.blocks);
  record.blocks.clear();
  record.blocks.reserve(layout.blocks.size());
  for (size_t i = 0; i < layout.blocks.size(); ++i) {
    record.blocks.push_back(to_record_block(layout.blocks[i], i));
  }
  const LanguageTable* language = find_language(record.language);
  if (!language) language = language_tables().front();

  record.events = find_events(record, *language);

  LabelFacts facts;
  // Agendas, and reports that annex them.
  if (record.doc_type == "agenda" || record.doc_type == "report") {
    Programme programme = read_programme(record, *language, folds);
    record.sessions = std::move(programme.sessions);
    record.speakers = std::move(programme.speakers);
    facts.slot_blocks = std::move(programme.slot_blocks);
    facts.slot_content = std::move(programme.slot_content);
    facts.question_blocks = std::move(programme.question_blocks);
  }
  if (record.doc_type != "agenda") {
    Findings findings = find_findings(record, *language, folds);
    record.key_messages = std::move(findings.key_messages);
    record.recommendations = std::move(findings.recommendations);
    facts.key_message_cue = text_of(record, findings.key_message_cues);
    facts.recommendation_cue = text_of(record, findings.recommendation_cues);
  }
  // No title named the type: the structure does. Of a workshop's short documents without a
  // programme, the one that states key messages or recommendations is its summary of
  // conclusions; the other sets out the background: a concept note.
  if (record.doc_type == "other" && kind.short_prose && !record.events.empty()) {
    const bool findings = !record.key_messages.empty() || !record.recommendations.empty();
    record.doc_type = findings ? "summary_of_conclusions" : "concept_note";
  }
  if (record.doc_type == "summary_of_conclusions" || record.doc_type == "report") {
    record.statements = find_statements(record, *language);
  }
  label_blocks(record, facts);
}

void prepare_understanding() {
  prepare_country_names();
}

}  // namespace idm
