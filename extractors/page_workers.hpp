#pragma once
// Work shared out over threads: the layout builds pages' lines and blocks side by side, the
// reader picks how many threads a document's pages get, and the pipeline writes documents'
// files side by side with the same for_each_index (the extractors sit below the pipeline).

#include <cstddef>
#include <functional>

namespace idm {

/// The threads to give a document of |pages| pages: |workers| (at least 1, at most one per
/// page) when it has |min_pages| pages or more (2 at least), else 1.
unsigned threads_for_pages(size_t pages, unsigned workers, int min_pages);

/// Calls |work|(0) ... |work|(count - 1), each index once, on up to |threads| threads (this one
/// included), indices taken in turn; returns when all are done and rethrows the first
/// exception a thread met (that thread stops; its remaining indices are left to the others).
/// With one thread, or when no thread can be started, in order here.
void for_each_index(size_t count, unsigned threads, const std::function<void(size_t)>& work);

}  // namespace idm
