// FoldCache: fold_for_matching of whole texts, once per text, shared by the readers.

#include "classify/fold_cache.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/document_kind.hpp"
#include "extractors/unicode_text.hpp"

using namespace idm;

TEST_CASE("FoldCache: the same fold as fold_for_matching, each text folded once") {
  FoldCache folds;
  const std::vector<std::string> texts = {"Réunion « ouverte » – Día 2", "PLAIN ascii", "", "ﬁn ½"};
  for (const std::string& t : texts)
    CHECK(folds.fold(t) == fold_for_matching(t));
  CHECK(folds.size() == texts.size());
  const std::string& first = folds.fold(texts[0]);
  for (int i = 0; i < 50; ++i)
    folds.fold("text " + std::to_string(i));  // the table grows and rehashes
  CHECK(&folds.fold(texts[0]) == &first);     // references stay valid, nothing refolded
  CHECK(first == fold_for_matching(texts[0]));
  CHECK(folds.size() == texts.size() + 50);
}

TEST_CASE("detect_language: the same guess with a shared cache") {
  std::vector<TextBlock> blocks(2);
  blocks[0].kind = BlockKind::paragraph;
  blocks[0].text = "Les participants et les experts de la région ont été invités.";
  blocks[1].kind = BlockKind::paragraph;
  blocks[1].text = "The meeting of the group was held in the city.";
  FoldCache folds;
  CHECK(detect_language(blocks, folds) == detect_language(blocks));
  CHECK(detect_language(blocks, folds) == "fr");
  CHECK(folds.size() == 2);
}
