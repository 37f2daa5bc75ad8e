// dump_cells() sorts packed keys and escapes byte by byte: it must give the dump of the plain
// version (kept here as the reference) for cells in any order, written twice, with escapes.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "reports/xlsx_util.hpp"

namespace {

std::string reference_dump(const std::vector<idm::RecordedCell>& cells) {
  std::vector<std::string> sheets;
  struct Key {
    std::size_t sheet;
    lxw_row_t row;
    lxw_col_t col;
    std::size_t index;
  };
  std::vector<Key> keys;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const auto it = std::find(sheets.begin(), sheets.end(), cells[i].sheet);
    if (it == sheets.end()) sheets.push_back(cells[i].sheet);
    keys.push_back({static_cast<std::size_t>(
                        std::find(sheets.begin(), sheets.end(), cells[i].sheet) - sheets.begin()),
                    cells[i].row, cells[i].col, i});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.sheet, a.row, a.col, a.index) < std::tie(b.sheet, b.row, b.col, b.index);
  });
  std::string out;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const Key& key = keys[k];
    if (k + 1 < keys.size() && keys[k + 1].sheet == key.sheet && keys[k + 1].row == key.row &&
        keys[k + 1].col == key.col)
      continue;
    char name[LXW_MAX_CELL_NAME_LENGTH] = {};
    lxw_rowcol_to_cell(name, key.row, key.col);
    out += sheets[key.sheet] + "!" + name + "\t";
    for (const char c : cells[key.index].value) {
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\n':
          out += "\\n";
          break;
        default:
          out += c;
      }
    }
    out += '\n';
  }
  return out;
}

}  // namespace

TEST_CASE("cells dump: the same as a plain sort and escape, for random cells") {
  std::uint64_t state = 0xD1B54A32D192ED03ull;
  const auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const char* const sheet_names[] = {"Overview", "Blocks", "Key messages", "Speakers"};
  // Escaped bytes, their neighbours (0x01, 0x0B, 0x0E, '[' and ']') and bytes >= 0x80.
  const char alphabet[] = {'a',    'b',    ' ',    '\\', '\t', '\r',   '\n',   'z', '\xC3', '\xA9',
                           '\x01', '\x0B', '\x0E', '[',  ']',  '\x8E', '\xDC', 'q', 'r',    's'};
  for (int round = 0; round < 60; ++round) {
    std::vector<idm::RecordedCell> cells;
    const std::size_t count = 1 + next() % 400;
    for (std::size_t i = 0; i < count; ++i) {
      idm::RecordedCell cell;
      cell.sheet = sheet_names[next() % 4];
      // Few rows and columns, so that cells are written again; now and then far ones.
      cell.row = next() % 7 == 0 ? static_cast<lxw_row_t>(next() % LXW_ROW_MAX)
                                 : static_cast<lxw_row_t>(next() % 20);
      cell.col = next() % 9 == 0 ? static_cast<lxw_col_t>(next() % LXW_COL_MAX)
                                 : static_cast<lxw_col_t>(next() % 6);
      const std::size_t length = next() % 40;
      for (std::size_t k = 0; k < length; ++k)
        cell.value += alphabet[next() % sizeof alphabet];
      cells.push_back(std::move(cell));
    }
    CHECK(idm::dump_cells(cells) == reference_dump(cells));
  }
  CHECK(idm::dump_cells(idm::RecordedCells{}).empty());
  CHECK(idm::dump_cells(std::vector<idm::RecordedCell>{}).empty());
}

TEST_CASE("RecordedCells keeps each cell's sheet, place and value, sheets in first-written order") {
  idm::RecordedCells cells;
  cells.add("Overview", 0, 0, "Started");
  cells.add("Blocks", 1, 7, "tab\there");
  cells.add("Overview", 3, 1, "");  // back to an earlier sheet
  cells.add("Blocks", 2, 2, "12");
  REQUIRE(cells.size() == 4);
  CHECK(cells.sheets() == std::vector<std::string>{"Overview", "Blocks"});
  CHECK(cells[1].sheet == "Blocks");
  CHECK(cells[1].row == 1);
  CHECK(cells[1].col == 7);
  CHECK(cells[1].value == "tab\there");
  CHECK(cells[2].sheet == "Overview");
  CHECK(cells.sheet_index(2) == 0);
  CHECK(cells[2].value.empty());
  CHECK(cells[3].value == "12");
  CHECK(idm::dump_cells(cells) ==
        "Overview!A1\tStarted\nOverview!B4\t\nBlocks!H2\ttab\\there\nBlocks!C3\t12\n");
}
