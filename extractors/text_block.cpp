#include "text_block.hpp"

namespace idm {

const char* to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading:
      return "heading";
    case BlockKind::paragraph:
      return "paragraph";
    case BlockKind::list_item:
      return "list_item";
    case BlockKind::footnote:
      return "footnote";
    case BlockKind::caption:
      return "caption";
    case BlockKind::table_cell:
      return "table_cell";
    case BlockKind::furniture:
      return "furniture";
  }
  return "paragraph";
}

}  // namespace idm
