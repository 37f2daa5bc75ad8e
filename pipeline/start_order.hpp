#pragma once
// The order in which a batch starts its documents: the largest files first.
//
// With several jobs, a batch ends when its slowest slot ends. Started in input order, a long
// report met last runs alone while the other slots idle; started first, it overlaps with the
// small documents. File size stands for the work (reading a file's pages dominates). Results
// keep the input order whatever the start order, so the outputs do not change.

#include <cstddef>
#include <string>
#include <vector>

namespace idm {

/// Indexes into |paths|, largest file first; equal sizes (and files that cannot be sized,
/// counted as empty) keep their input order.
std::vector<size_t> largest_first(const std::vector<std::string>& paths);

}  // namespace idm
