#pragma once
// Every block gets a label, a confidence and the evidence that decided, so that a reviewer can
// see why ("listed under 'Key messages'", "reporting verb 'stressed'").

#include <string>
#include <vector>

#include "model/document_record.hpp"

namespace idm {

/// What the other classifiers found, by block id.
struct LabelFacts {
  std::vector<std::string> slot_blocks;      // programme: slot times and titles
  std::vector<std::string> slot_content;     // programme: people, roles, venues, descriptions
  std::vector<std::string> question_blocks;  // guiding questions
  std::string key_message_cue;               // the text that opened the key messages
  std::string recommendation_cue;
};

/// Labels every block of |record| from its items, statements and |facts|.
void label_blocks(DocumentRecord& record, const LabelFacts& facts);

}  // namespace idm
