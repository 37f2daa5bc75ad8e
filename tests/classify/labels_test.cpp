// label_blocks: every block gets a label, a confidence and the evidence that decided.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/labels.hpp"

using namespace idm;

namespace {

Block block(std::string id, int page, std::string kind, int level, std::string text) {
  Block b;
  b.id = std::move(id);
  b.page = page;
  b.kind = std::move(kind);
  b.level = level;
  b.text = std::move(text);
  return b;
}

const Block& find(const DocumentRecord& r, const std::string& id) {
  for (const Block& b : r.blocks) {
    if (b.id == id) return b;
  }
  FAIL("no block " << id);
  return r.blocks.front();
}

// True when |s| is well-formed UTF-8.
bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80           ? 1
                       : (c >> 5) == 0x6  ? 2
                       : (c >> 4) == 0xE  ? 3
                       : (c >> 3) == 0x1E ? 4
                                          : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

// A summary with a heading, key messages, recommendations, a statement and a running footer.
DocumentRecord summary_record() {
  DocumentRecord r;
  r.doc_type = "summary_of_conclusions";
  r.blocks = {
      block("b1", 1, "heading", 1, "Résumé des conclusions"),
      block("b2", 1, "paragraph", 0, "Plusieurs points de convergence sont apparus :"),
      block("b3", 1, "list_item", 0, "1) Premier message. Suite."),
      block("b4", 1, "list_item", 0, "2) Second message."),
      block("b5", 2, "heading", 2, "Recommandations"),
      block("b6", 2, "list_item", 0, "a) Investir."),
      block("b7", 2, "paragraph", 0, "M. Swing a souligné le rôle des diasporas."),
      block("b8", 2, "furniture", 0, "Page 2"),
      block("b9", 2, "footnote", 0, "1 Voir le rapport."),
      block("b10", 2, "paragraph", 0, "Le dialogue s'est tenu à Genève."),
  };
  r.key_messages = {{1, "Premier message.", "Premier message. Suite.", 1, {"b3"}},
                    {2, "Second message.", "Second message.", 1, {"b4"}}};
  r.recommendations = {{1, "Investir.", "Investir.", 2, {"b6"}}};
  r.statements = {{"Swing", "", "le rôle des diasporas", 2, "b7"}};
  return r;
}

}  // namespace

TEST_CASE("labels: every block gets a label, a confidence and evidence") {
  DocumentRecord r = summary_record();
  LabelFacts facts;
  facts.key_message_cue = "Plusieurs points de convergence sont apparus :";
  facts.recommendation_cue = "Recommandations";
  label_blocks(r, facts);
  for (const Block& b : r.blocks) {
    CAPTURE(b.id);
    CHECK_FALSE(b.label.empty());
    CHECK(b.confidence > 0);
    CHECK(b.confidence <= 1);
    CHECK_FALSE(b.evidence.empty());
  }
  CHECK(find(r, "b3").label == "key_message");
  CHECK(find(r, "b3").confidence == doctest::Approx(0.9));
  CHECK(find(r, "b3").evidence ==
        "item listed under 'Plusieurs points de convergence sont apparus :'");
  CHECK(find(r, "b4").label == "key_message");
  CHECK(find(r, "b6").label == "recommendation");
  CHECK(find(r, "b6").evidence == "item listed under 'Recommandations'");
  CHECK(find(r, "b7").label == "speaker_statement");
  CHECK(find(r, "b7").confidence == doctest::Approx(0.8));
  CHECK(find(r, "b7").evidence == "reports what Swing said");
  CHECK(find(r, "b8").label == "other");
  CHECK(find(r, "b8").confidence == doctest::Approx(0.95));
  CHECK(find(r, "b8").evidence == "running header, footer or page number");
  CHECK(find(r, "b1").label == "other");
  CHECK(find(r, "b1").confidence == doctest::Approx(0.7));
  CHECK(find(r, "b1").evidence == "heading block");
  CHECK(find(r, "b9").evidence == "footnote block");
  CHECK(find(r, "b10").label == "other");
  CHECK(find(r, "b10").confidence == doctest::Approx(0.5));
  CHECK(find(r, "b10").evidence == "no cue");
}

TEST_CASE("labels: programme slots, slot content and guiding questions") {
  DocumentRecord r;
  r.doc_type = "agenda";
  r.blocks = {
      block("b1", 1, "heading", 1, "Ordre du jour"),
      block("b2", 1, "paragraph", 0, "10 h – 12 h Séance 1"),
      block("b3", 1, "paragraph", 0, "Modérateur : M. Paul Martin"),
      block("b4", 1, "list_item", 0, "Quelles politiques ?"),
      block("b5", 1, "paragraph", 0, "Texte hors programme."),
  };
  LabelFacts facts;
  facts.slot_blocks = {"b2"};
  facts.slot_content = {"b3", "b4"};  // the question wins over the slot content
  facts.question_blocks = {"b4"};
  label_blocks(r, facts);
  CHECK(find(r, "b2").label == "agenda_item");
  CHECK(find(r, "b2").confidence == doctest::Approx(0.9));
  CHECK(find(r, "b2").evidence == "time slot of the programme");
  CHECK(find(r, "b3").label == "agenda_item");
  CHECK(find(r, "b3").confidence == doctest::Approx(0.75));
  CHECK(find(r, "b3").evidence == "read into a programme slot");
  CHECK(find(r, "b4").label == "discussion_question");
  CHECK(find(r, "b4").confidence == doctest::Approx(0.85));
  CHECK(find(r, "b5").label == "background");
  CHECK(find(r, "b5").confidence == doctest::Approx(0.5));
  CHECK(find(r, "b5").evidence == "agenda text outside the programme slots");
  CHECK(find(r, "b1").label == "other");
}

TEST_CASE("labels: a key message outranks every other fact about its block") {
  DocumentRecord r;
  r.blocks = {block("b1", 1, "list_item", 0, "1) Message.")};
  r.key_messages = {{1, "Message.", "Message.", 1, {"b1"}}};
  r.recommendations = {{1, "Message.", "Message.", 1, {"b1"}}};
  LabelFacts facts;
  facts.key_message_cue = "Key messages";
  facts.slot_content = {"b1"};
  facts.question_blocks = {"b1"};
  label_blocks(r, facts);
  CHECK(r.blocks[0].label == "key_message");
  CHECK(r.blocks[0].evidence == "item listed under 'Key messages'");
}

TEST_CASE("labels: text of a concept note is background") {
  DocumentRecord r;
  r.doc_type = "concept_note";
  r.blocks = {block("b1", 1, "paragraph", 0, "La migration de main-d'œuvre progresse."),
              block("b2", 1, "caption", 0, "Figure 1")};
  label_blocks(r, LabelFacts{});
  CHECK(r.blocks[0].label == "background");
  CHECK(r.blocks[0].confidence == doctest::Approx(0.7));
  CHECK(r.blocks[0].evidence == "text of a concept note");
  CHECK(r.blocks[1].label == "other");
  CHECK(r.blocks[1].evidence == "caption block");
}

TEST_CASE("labels: a long cue is cut to 60 bytes with an ellipsis") {
  DocumentRecord r;
  r.blocks = {block("b1", 1, "list_item", 0, "1) Message.")};
  r.key_messages = {{1, "Message.", "Message.", 1, {"b1"}}};
  LabelFacts facts;
  facts.key_message_cue = std::string(70, 'k');
  label_blocks(r, facts);
  CHECK(r.blocks[0].evidence == "item listed under '" + std::string(60, 'k') + "…'");
}

TEST_CASE("labels: the cut of a long cue keeps the evidence valid UTF-8") {
  // Regression: the quoted cue was cut at byte 60, inside a multi-byte character.
  DocumentRecord r;
  r.blocks = {block("b1", 1, "list_item", 0, "1) Message.")};
  r.key_messages = {{1, "Message.", "Message.", 1, {"b1"}}};
  LabelFacts facts;
  facts.key_message_cue = std::string(59, 'x') + "éléments de convergence :";
  label_blocks(r, facts);
  CHECK(valid_utf8(r.blocks[0].evidence));
}
