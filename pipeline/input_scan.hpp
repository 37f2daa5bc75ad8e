#pragma once
// What the inputs of a run are: the PDFs named on the command line or found in the folders it
// names, and everything met on the way that is not read, with the reason (a dangling or
// looping link, a FIFO, a folder that cannot be listed). Nothing found is ever silently
// dropped: the run lists it in run.json.

#include <string>
#include <vector>

namespace idm {

/// An entry met while collecting the inputs and not read.
struct SkippedInput {
  std::string path;
  std::string kind;    // dangling_link, link_loop, not_regular, unreadable
  std::string reason;  // one line: "symbolic link loop", "not a regular file (a FIFO)"...
};

struct InputScan {
  std::vector<std::string> files;     // the PDFs to read, sorted, each once
  std::vector<SkippedInput> skipped;  // met and not read, sorted by path
  std::vector<std::string> missing;   // named inputs that cannot be found: "PATH: reason"
  bool whole = true;                  // every folder was listed completely
};

/// Collects |inputs|: a named file is read whatever its name; folders are searched
/// recursively for names ending in ".pdf" (any case), following links to folders once
/// (a link back to a folder being searched is a loop). A file met under several names
/// (links, a file also named directly) is read once, under the first name met. Never opens a file
/// for reading, so a FIFO cannot block the run.
InputScan scan_inputs(const std::vector<std::string>& inputs);

}  // namespace idm
