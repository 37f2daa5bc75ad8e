#pragma once
// One machine's share of a run (`idmreport run --shard K/N`): a deterministic subset of the
// inputs, so that N jobs of an array (Kubernetes Indexed Job, Slurm --array, CI matrix) cover
// every PDF exactly once and `idmreport merge` can build the reports from their records.

#include <string>
#include <string_view>
#include <vector>

namespace idm {

/// Shard |index| of |count|, 1-based as written on the command line ("2/3").
struct Shard {
  int index = 1;
  int count = 1;
};

/// Parses "K/N" (1 <= K <= N, N <= 100000, digits only). False, |shard| untouched, otherwise.
bool parse_shard(std::string_view text, Shard& shard);

/// "K/N".
std::string to_string(const Shard& shard);

/// The shard a PDF belongs to (1-based), from a stable 64-bit FNV-1a hash of its base document
/// id (document_id_from_path: the file name, lower-cased and folded).
/// Why a hash and why that key: a document stays in its shard when other PDFs are added or
/// removed (an index would move every later file), the key does not depend on where the
/// input folder is mounted, and PDFs whose names give the same id land in the same shard, so
/// their "-2", "-3" suffixes come out as in a single run.
int shard_of(const std::string& path, int count);

/// The inputs of |shard|, in their order (|sorted_inputs| as collect_inputs returns them).
/// Over K = 1..N the results partition |sorted_inputs|.
std::vector<std::string> select_shard(const std::vector<std::string>& sorted_inputs,
                                      const Shard& shard);

}  // namespace idm
