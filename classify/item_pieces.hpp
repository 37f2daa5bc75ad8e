#pragma once
// The pieces an extractor may leave of one numbered item, put back together for the findings
// reader: an enumerator set apart from its text (a hanging indent, a tab stop, a table of two
// columns) comes out as a block of its own ("4)", "(5)", "l)"), and a bold lead broken over
// two lines may be read as a heading followed by the rest of its sentence in lower case ("The
// private sector should anticipate" / "early warning systems. ..."). The blocks of the record
// are not changed: the reader works on mended copies.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/dehyphenate.hpp"
#include "model/document_record.hpp"

namespace idm {

struct MendedBlock {
  Block block;                   // the text of its pieces joined; the id of the first
  std::vector<std::string> ids;  // every piece's id, in order
};

/// Joins two pieces of one item, mending a word broken at the end of the first ("co-" +
/// "ordinate") the way the extractor mends lines, against the words |blocks| print (gathered
/// when first needed). |blocks| must outlive the joiner.
class PieceJoiner {
 public:
  explicit PieceJoiner(std::span<const Block> blocks = {});
  std::string join(std::string_view before, std::string_view after);

 private:
  std::span<const Block> blocks_;
  std::optional<Vocabulary> vocabulary_;
};

/// |blocks| with lone enumerators joined to the block after them (as a list item) and
/// heading fragments joined to their lower-case continuation; page furniture between two
/// pieces is stepped over. Other blocks are copied unchanged.
std::vector<MendedBlock> mend_item_pieces(const std::vector<Block>& blocks);

/// True when |text| is an enumerator alone ("4)", "(c)", "12.").
bool is_lone_enumerator(std::string_view text);

}  // namespace idm
