#pragma once
// Pages worked on side by side: the layout builds each page's lines and blocks on its own
// thread, as the reader reads each page. (The pipeline's for_each_index does the same for
// documents; the extractors do not depend on the pipeline.)

#include <cstddef>
#include <functional>

namespace idm {

/// The threads to give a document of |pages| pages: |workers| (at least 1, at most one per
/// page) when it has |min_pages| pages or more (2 at least), else 1.
unsigned threads_for_pages(size_t pages, unsigned workers, int min_pages);

/// Calls |work|(0) ... |work|(count - 1), each index once, on up to |threads| threads (this one
/// included), indices taken in turn; returns when all are done and rethrows the first
/// exception met (the remaining indices are then dropped). With one thread, in order here.
void for_each_page(size_t count, unsigned threads, const std::function<void(size_t)>& work);

}  // namespace idm
