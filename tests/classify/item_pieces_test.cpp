// mend_item_pieces: enumerators set apart from their text, leads broken into a heading.

#include <doctest/doctest.h>

#include "classify/item_pieces.hpp"

using namespace idm;

namespace {

Block piece(std::string id, std::string kind, std::string text) {
  Block b;
  b.id = std::move(id);
  b.page = 1;
  b.kind = std::move(kind);
  b.text = std::move(text);
  return b;
}

}  // namespace

TEST_CASE("item pieces: lone enumerators") {
  CHECK(is_lone_enumerator("4)"));
  CHECK(is_lone_enumerator("(c)"));
  CHECK(is_lone_enumerator("12. "));
  CHECK_FALSE(is_lone_enumerator("–"));
  CHECK_FALSE(is_lone_enumerator("4) Text"));
  CHECK_FALSE(is_lone_enumerator(""));
}

TEST_CASE("item pieces: an enumerator joins the block after it, furniture stepped over") {
  const std::vector<Block> blocks = {piece("b1", "paragraph", "5."), piece("b2", "furniture", "3"),
                                     piece("b3", "table_cell", "Fund the work. More.")};
  const std::vector<MendedBlock> out = mend_item_pieces(blocks);
  REQUIRE(out.size() == 2);
  CHECK(out[0].block.kind == "furniture");
  CHECK(out[1].block.kind == "list_item");
  CHECK(out[1].block.text == "5. Fund the work. More.");
  CHECK(out[1].ids == std::vector<std::string>{"b1", "b3"});
}

TEST_CASE("item pieces: a heading goes on in lower case in the next block") {
  std::vector<Block> blocks = {piece("b1", "heading", "The private sector should"),
                               piece("b2", "paragraph", "act now. More.")};
  blocks[0].words = 4;
  blocks[0].bold_lead_words = 4;
  blocks[1].words = 3;
  blocks[1].bold_lead_words = 2;
  std::vector<MendedBlock> out = mend_item_pieces(blocks);
  REQUIRE(out.size() == 1);
  CHECK(out[0].block.kind == "paragraph");
  CHECK(out[0].block.text == "The private sector should act now. More.");
  CHECK(out[0].block.bold_lead_words == 6);
  CHECK(out[0].ids == std::vector<std::string>{"b1", "b2"});

  // A heading that ends its sentence, or a next block opening with a marker, stays apart.
  blocks[0].text = "Key messages:";
  CHECK(mend_item_pieces(blocks).size() == 2);
  blocks[0].text = "Key messages";
  blocks[1].text = "a) act now.";
  CHECK(mend_item_pieces(blocks).size() == 2);
}
