#include "record_wire.hpp"

#include <cmath>
#include <cstring>

namespace idm::wire {
namespace {

// As record_json.cpp rounds before writing JSON.
double rounded(double value, double scale) {
  return std::round(value * scale) / scale;
}
// The JSON leaves these out when not positive; reading it back gives 0.
int32_t positive(int value) {
  return value > 0 ? value : 0;
}

void put_i32(std::string& out, int32_t value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put_f64(std::string& out, double value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_items(std::string& out, const std::vector<Item>& items) {
  put_u32(out, static_cast<uint32_t>(items.size()));
  for (const Item& item : items) {
    put_i32(out, positive(item.number));
    put_string(out, item.title);
    put_string(out, item.text);
    put_i32(out, positive(item.page));
    put_strings(out, item.blocks);
  }
}

bool get_items(Reader& in, std::vector<Item>& items) {
  uint32_t n = 0;
  if (!in.count(n, 4 * 5)) return false;
  items.resize(n);
  for (Item& item : items) {
    item.number = in.i32();
    item.title = in.string();
    item.text = in.string();
    item.page = in.i32();
    item.blocks = in.strings();
  }
  return in.ok();
}

}  // namespace

void put_u32(std::string& out, uint32_t value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put_string(std::string& out, std::string_view value) {
  put_u32(out, static_cast<uint32_t>(value.size()));
  out.append(value);
}
void put_strings(std::string& out, const std::vector<std::string>& values) {
  put_u32(out, static_cast<uint32_t>(values.size()));
  for (const std::string& value : values)
    put_string(out, value);
}

void put_record(std::string& out, const DocumentRecord& r) {
  put_string(out, r.id);
  put_string(out, r.source.path);
  put_string(out, r.source.sha256);
  put_i32(out, r.source.pages);
  put_u32(out, static_cast<uint32_t>(r.source.ocr_pages.size()));
  for (int page : r.source.ocr_pages)
    put_i32(out, page);
  put_string(out, r.source.producer);
  put_string(out, r.doc_type);
  put_string(out, r.language);
  put_string(out, r.title);

  put_u32(out, static_cast<uint32_t>(r.events.size()));
  for (const Event& e : r.events) {
    put_string(out, e.slug);
    put_string(out, e.title);
    put_string(out, e.theme);
    put_i32(out, positive(e.year));
    put_string(out, e.start_date);
    put_string(out, e.end_date);
    put_string(out, e.city);
    put_string(out, e.venue);
  }

  put_u32(out, static_cast<uint32_t>(r.blocks.size()));
  for (const Block& b : r.blocks) {
    put_string(out, b.id);
    put_i32(out, b.page);
    put_string(out, b.kind);
    put_i32(out, positive(b.level));
    put_string(out, b.text);
    put_string(out, b.label);
    put_f64(out, b.confidence >= 0 ? rounded(b.confidence, 100) : -1);
    put_string(out, b.evidence);
    for (double v : b.bbox)
      put_f64(out, rounded(v, 10));
    put_f64(out, b.ocr_confidence >= 0 ? rounded(b.ocr_confidence, 10) : -1);
  }

  put_u32(out, static_cast<uint32_t>(r.sessions.size()));
  for (const Session& s : r.sessions) {
    put_string(out, s.id);
    put_string(out, s.event);
    put_i32(out, positive(s.day));
    put_string(out, s.date);
    put_string(out, s.start);
    put_string(out, s.end);
    put_string(out, s.title);
    put_string(out, s.kind);
    put_string(out, s.venue);
    put_string(out, s.description);
    put_strings(out, s.questions);
    put_i32(out, positive(s.page));
  }

  put_u32(out, static_cast<uint32_t>(r.speakers.size()));
  for (const Speaker& s : r.speakers) {
    put_string(out, s.name);
    put_string(out, s.honorific);
    put_string(out, s.role);
    put_string(out, s.function);
    put_string(out, s.organization);
    put_string(out, s.country);
    put_string(out, s.country_code);
    put_string(out, s.session);
    put_i32(out, positive(s.page));
    put_string(out, s.note);
  }

  put_items(out, r.key_messages);
  put_items(out, r.recommendations);

  put_u32(out, static_cast<uint32_t>(r.statements.size()));
  for (const Statement& s : r.statements) {
    put_string(out, s.speaker);
    put_string(out, s.function);
    put_string(out, s.text);
    put_i32(out, positive(s.page));
    put_string(out, s.block);
  }
}

bool Reader::take(void* into, size_t n) {
  if (!ok_ || static_cast<size_t>(end_ - at_) < n) {
    ok_ = false;
    std::memset(into, 0, n);
    return false;
  }
  std::memcpy(into, at_, n);
  at_ += n;
  return true;
}

uint32_t Reader::u32() {
  uint32_t value = 0;
  take(&value, sizeof value);
  return value;
}
int32_t Reader::i32() {
  int32_t value = 0;
  take(&value, sizeof value);
  return value;
}
double Reader::f64() {
  double value = 0;
  take(&value, sizeof value);
  return value;
}

std::string Reader::string() {
  const uint32_t n = u32();
  if (!ok_ || static_cast<size_t>(end_ - at_) < n) {
    ok_ = false;
    return {};
  }
  std::string value(at_, n);
  at_ += n;
  return value;
}

bool Reader::count(uint32_t& n, size_t min_bytes) {
  n = u32();
  if (ok_ && n > static_cast<size_t>(end_ - at_) / min_bytes) ok_ = false;
  if (!ok_) n = 0;
  return ok_;
}

std::vector<std::string> Reader::strings() {
  std::vector<std::string> values;
  uint32_t n = 0;
  if (!count(n, 4)) return values;
  values.reserve(n);
  for (uint32_t i = 0; i < n && ok_; ++i)
    values.push_back(string());
  return values;
}

bool get_record(Reader& in, DocumentRecord& r) {
  r = DocumentRecord{};
  r.id = in.string();
  r.source.path = in.string();
  r.source.sha256 = in.string();
  r.source.pages = in.i32();
  uint32_t n = 0;
  if (!in.count(n, 4)) return false;
  r.source.ocr_pages.resize(n);
  for (int& page : r.source.ocr_pages)
    page = in.i32();
  r.source.producer = in.string();
  r.doc_type = in.string();
  r.language = in.string();
  r.title = in.string();

  if (!in.count(n, 4 * 8)) return false;
  r.events.resize(n);
  for (Event& e : r.events) {
    e.slug = in.string();
    e.title = in.string();
    e.theme = in.string();
    e.year = in.i32();
    e.start_date = in.string();
    e.end_date = in.string();
    e.city = in.string();
    e.venue = in.string();
  }

  if (!in.count(n, 4 * 7 + 8 * 6)) return false;
  r.blocks.resize(n);
  for (Block& b : r.blocks) {
    b.id = in.string();
    b.page = in.i32();
    b.kind = in.string();
    b.level = in.i32();
    b.text = in.string();
    b.label = in.string();
    b.confidence = in.f64();
    b.evidence = in.string();
    for (double& v : b.bbox)
      v = in.f64();
    b.ocr_confidence = in.f64();
  }

  if (!in.count(n, 4 * 12)) return false;
  r.sessions.resize(n);
  for (Session& s : r.sessions) {
    s.id = in.string();
    s.event = in.string();
    s.day = in.i32();
    s.date = in.string();
    s.start = in.string();
    s.end = in.string();
    s.title = in.string();
    s.kind = in.string();
    s.venue = in.string();
    s.description = in.string();
    s.questions = in.strings();
    s.page = in.i32();
  }

  if (!in.count(n, 4 * 10)) return false;
  r.speakers.resize(n);
  for (Speaker& s : r.speakers) {
    s.name = in.string();
    s.honorific = in.string();
    s.role = in.string();
    s.function = in.string();
    s.organization = in.string();
    s.country = in.string();
    s.country_code = in.string();
    s.session = in.string();
    s.page = in.i32();
    s.note = in.string();
  }

  if (!get_items(in, r.key_messages) || !get_items(in, r.recommendations)) return false;

  if (!in.count(n, 4 * 5)) return false;
  r.statements.resize(n);
  for (Statement& s : r.statements) {
    s.speaker = in.string();
    s.function = in.string();
    s.text = in.string();
    s.page = in.i32();
    s.block = in.string();
  }
  return in.ok();
}

}  // namespace idm::wire
