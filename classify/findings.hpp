#pragma once
// Key messages and recommendations: the numbered (or bulleted) items that follow a heading or
// an introducing sentence naming them ("Messages clés", "points de convergence",
// "Recommendations", "idées de mesures", "Recomendaciones").

#include <string>
#include <string_view>
#include <vector>

#include "classify/language_table.hpp"
#include "model/document_record.hpp"

namespace idm {

struct Findings {
  std::vector<Item> key_messages;
  std::vector<Item> recommendations;
  std::vector<std::string> key_message_cues;  // the heading or sentence that opened each list
  std::vector<std::string> recommendation_cues;
};

Findings find_findings(const DocumentRecord& record, const LanguageTable& language);

class FoldCache;

/// The same, the blocks' texts folded through |folds| (shared with the other readers).
Findings find_findings(const DocumentRecord& record, const LanguageTable& language,
                       FoldCache& folds);

/// The lead sentence of |text|: up to the first full stop followed by a space and a capital
/// (or the whole text).
std::string lead_sentence(std::string_view text);

}  // namespace idm
