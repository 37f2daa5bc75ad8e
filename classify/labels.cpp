#include "labels.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

struct Verdict {
  const char* label;
  double confidence;
  std::string evidence;
};

std::string quoted(const std::string& text) {
  return "'" + utf8_prefix(text, 60) + "'";
}

}  // namespace

void label_blocks(DocumentRecord& record, const LabelFacts& facts) {
  std::unordered_map<std::string, Verdict> verdicts;
  auto decide = [&](const std::string& id, Verdict verdict) {
    verdicts.emplace(id, std::move(verdict));
  };

  for (const Item& item : record.key_messages) {
    for (const std::string& id : item.blocks) {
      decide(id, {"key_message", 0.9, "item listed under " + quoted(facts.key_message_cue)});
    }
  }
  for (const Item& item : record.recommendations) {
    for (const std::string& id : item.blocks) {
      decide(id, {"recommendation", 0.9, "item listed under " + quoted(facts.recommendation_cue)});
    }
  }
  for (const Statement& s : record.statements) {
    if (!s.block.empty()) {
      decide(s.block, {"speaker_statement", 0.8, "reports what " + s.speaker + " said"});
    }
  }
  for (const std::string& id : facts.question_blocks) {
    decide(id, {"discussion_question", 0.85, "listed after the guiding-questions line"});
  }
  for (const std::string& id : facts.slot_blocks) {
    decide(id, {"agenda_item", 0.9, "time slot of the programme"});
  }
  for (const std::string& id : facts.slot_content) {
    decide(id, {"agenda_item", 0.75, "read into a programme slot"});
  }

  const bool background_type = record.doc_type == "concept_note";
  for (Block& block : record.blocks) {
    if (const auto it = verdicts.find(block.id); it != verdicts.end()) {
      block.label = it->second.label;
      block.confidence = it->second.confidence;
      block.evidence = it->second.evidence;
    } else if (block.kind == "furniture") {
      block.label = "other";
      block.confidence = 0.95;
      block.evidence = "running header, footer or page number";
    } else if (block.kind == "heading" || block.kind == "footnote" || block.kind == "caption") {
      block.label = "other";
      block.confidence = 0.7;
      block.evidence = fmt::format("{} block", block.kind);
    } else if (background_type) {
      block.label = "background";
      block.confidence = 0.7;
      block.evidence = "text of a concept note";
    } else if (record.doc_type == "agenda") {
      block.label = "background";
      block.confidence = 0.5;
      block.evidence = "agenda text outside the programme slots";
    } else {
      block.label = "other";
      block.confidence = 0.5;
      block.evidence = "no cue";
    }
  }
}

}  // namespace idm
