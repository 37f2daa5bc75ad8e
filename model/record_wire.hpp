#pragma once
// A document record in a compact binary form, for the trip from a document's child process
// to the parent (pipeline/isolation.cpp). Not a file format: both ends are the same build.
//
// The parent must see exactly the record it would read back from documents/<id>.json, so the
// writer stores the record "as stored": numbers rounded as in the JSON, the optional counts
// (page, level, year, day, number) that the JSON leaves out when not positive as 0, and the
// classifier's type facts (words, bold lead) left out. Building and walking a JSON DOM for
// this was a twentieth of a one-document run.

#include <string>
#include <string_view>
#include <vector>

#include "document_record.hpp"

namespace idm::wire {

void put_u32(std::string& out, uint32_t value);
void put_string(std::string& out, std::string_view value);
void put_strings(std::string& out, const std::vector<std::string>& values);
void put_record(std::string& out, const DocumentRecord& record);

/// Reads what the put_* functions wrote, in the same order. Any read past the end or any
/// count larger than the bytes left sets |ok| to false and yields empty values.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : at_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  uint32_t u32();
  int32_t i32();
  double f64();
  std::string string();
  std::vector<std::string> strings();
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == end_; }

  /// A count of items of at least |min_bytes| each: false (and not ok) if they cannot fit.
  bool count(uint32_t& n, size_t min_bytes);

 private:
  bool take(void* into, size_t n);
  const char* at_;
  const char* end_;
  bool ok_ = true;
};

/// The record put_record wrote; false if the bytes end early or do not fit.
bool get_record(Reader& in, DocumentRecord& record);

}  // namespace idm::wire
