// dump_cells() escapes eight bytes at a time: it must give the dump of the plain version (kept
// here as the reference) for cells in any order, written twice, with escapes. CellsText must
// give the same text for cells in TableSheet's order, whatever its pieces' size.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "reports/xlsx_util.hpp"

namespace {

// Deterministic pseudo-random numbers (xorshift64), the same on every machine.
struct XorShift {
  std::uint64_t state;
  std::uint64_t operator()() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

const char* const sheet_names[] = {"Overview", "Blocks", "Key messages", "Speakers"};

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
  XorShift next{0xD1B54A32D192ED03ull};
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
  CHECK(idm::dump_cells(std::vector<idm::RecordedCell>{}).empty());
}

namespace {

// Cells as TableSheet writes them: sheet after sheet, rows going down (with gaps), a row's
// cells in any order and now and then one written twice.
std::vector<idm::RecordedCell> cells_in_sheet_order(XorShift& next) {
  const char alphabet[] = {'a', ' ', '\\', '\t', '\r', '\n', 'z', '\xC3', '\xA9', '\x01', 'q'};
  std::vector<idm::RecordedCell> cells;
  const std::size_t sheets = 1 + next() % 4;
  for (std::size_t s = 0; s < sheets; ++s) {
    lxw_row_t row = static_cast<lxw_row_t>(next() % 3);
    const std::size_t rows = next() % 30;
    for (std::size_t r = 0; r < rows; ++r) {
      const std::size_t count = 1 + next() % 6;
      for (std::size_t c = 0; c < count; ++c) {
        idm::RecordedCell cell;
        cell.sheet = sheet_names[s];
        cell.row = row;
        cell.col = static_cast<lxw_col_t>(next() % 8);
        const std::size_t length = next() % 20;
        for (std::size_t k = 0; k < length; ++k)
          cell.value += alphabet[next() % sizeof alphabet];
        cells.push_back(std::move(cell));
      }
      row += static_cast<lxw_row_t>(1 + next() % 3);
    }
  }
  return cells;
}

}  // namespace

TEST_CASE("CellsText: dump_cells' text of cells in TableSheet's order, in pieces of any size") {
  XorShift next{0x9E3779B97F4A7C15ull};
  for (int round = 0; round < 60; ++round) {
    const std::vector<idm::RecordedCell> cells = cells_in_sheet_order(next);
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{64}, std::size_t{1} << 20}) {
      std::string text;
      std::size_t pieces = 0;
      idm::CellsText streamed(
          [&](std::string_view piece) {
            CHECK_FALSE(piece.empty());
            text += piece;
            ++pieces;
          },
          chunk);
      for (const idm::RecordedCell& cell : cells)
        streamed.add(cell.sheet, cell.row, cell.col, cell.value);
      streamed.finish();
      CHECK(text == idm::dump_cells(cells));
      if (chunk == 1 && !cells.empty()) CHECK(pieces > 1);
    }
  }
}

TEST_CASE("CellsText: the last write of a cell wins; out of order is a programming error") {
  std::string text;
  idm::CellsText cells([&](std::string_view piece) { text += piece; });
  cells.add("Overview", 0, 1, "B");
  cells.add("Overview", 0, 0, "A");
  cells.add("Overview", 0, 1, "B again");
  cells.add("Overview", 2, 0, "tab\there");
  cells.add("Blocks", 0, 0, "x");
  CHECK_THROWS_AS(cells.add("Overview", 3, 0, "back to a sheet done"), std::logic_error);
  cells.add("Blocks", 1, 0, "y");
  CHECK_THROWS_AS(cells.add("Blocks", 0, 3, "a row above"), std::logic_error);
  cells.finish();
  CHECK(text ==
        "Overview!A1\tA\nOverview!B1\tB again\nOverview!A3\ttab\\there\n"
        "Blocks!A1\tx\nBlocks!A2\ty\n");
}
