#pragma once
// --check EXPECTED_DIR: the CI gate. A run's outputs compared with a committed expected set:
// the document records (documents/*.json) and the workbook's cell contents (summary.cells.txt).

#include <cstddef>
#include <filesystem>
#include <string>

namespace idm {

/// Name of the workbook's cell dump beside summary.xlsx (WorkbookOptions::cells_dump).
inline constexpr const char* kCellsDumpName = "summary.cells.txt";

/// Compares OUT with EXPECTED; returns a readable diff, one difference per line (empty when
/// equal). Values are shown expected -> actual:
///   documents/idm-x.json: missing (expected, not written by this run)
///   documents/idm-y.json: extra (written by this run, not expected)
///   idm-x: blocks[12].text: 'a' -> 'b'
///   idm-x: speakers[3]: removed {...}
///   summary.cells.txt: Speakers!C4: 'x' -> 'y'
/// At most |max_lines_per_file| lines per compared file, then "... and K more".
std::string compare_outputs(const std::filesystem::path& out, const std::filesystem::path& expected,
                            std::size_t max_lines_per_file = 20);

}  // namespace idm
