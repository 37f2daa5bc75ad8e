#include "record_json.hpp"

#include <cmath>

#include "json_writer.hpp"

namespace idm {
namespace {

using ojson = nlohmann::ordered_json;

void put(ojson& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}
void put(ojson& j, const char* key, int value) {
  if (value > 0) j[key] = value;
}

double rounded(double value, double scale) {
  return std::round(value * scale) / scale;
}

ojson items_json(const std::vector<Item>& items) {
  ojson list = ojson::array();
  for (const Item& item : items) {
    ojson j;
    put(j, "number", item.number);
    j["title"] = item.title;
    j["text"] = item.text;
    put(j, "page", item.page);
    j["blocks"] = item.blocks;
    list.push_back(std::move(j));
  }
  return list;
}

std::string str(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
int num(const nlohmann::json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<int>() : 0;
}
template <typename Fn>
void each(const nlohmann::json& j, const char* key, Fn&& fn) {
  const auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return;
  for (const auto& element : *it) {
    if (element.is_object()) fn(element);
  }
}

std::vector<Item> items_from(const nlohmann::json& j, const char* key) {
  std::vector<Item> items;
  each(j, key, [&](const nlohmann::json& e) {
    Item item{num(e, "number"), str(e, "title"), str(e, "text"), num(e, "page"), {}};
    if (auto it = e.find("blocks"); it != e.end() && it->is_array()) {
      for (const auto& b : *it) {
        if (b.is_string()) item.blocks.push_back(b.get<std::string>());
      }
    }
    items.push_back(std::move(item));
  });
  return items;
}

}  // namespace

nlohmann::ordered_json to_json(const DocumentRecord& r) {
  ojson j;
  j["schema"] = kDocumentSchema;
  j["id"] = r.id;
  ojson source;
  source["path"] = r.source.path;
  source["sha256"] = r.source.sha256;
  source["pages"] = r.source.pages;
  source["ocr_pages"] = r.source.ocr_pages;
  put(source, "producer", r.source.producer);
  j["source"] = std::move(source);
  j["doc_type"] = r.doc_type;
  j["language"] = r.language;
  put(j, "title", r.title);

  ojson events = ojson::array();
  for (const Event& e : r.events) {
    ojson ev;
    ev["slug"] = e.slug;
    put(ev, "title", e.title);
    put(ev, "theme", e.theme);
    put(ev, "year", e.year);
    put(ev, "start_date", e.start_date);
    put(ev, "end_date", e.end_date);
    put(ev, "city", e.city);
    put(ev, "venue", e.venue);
    events.push_back(std::move(ev));
  }
  j["events"] = std::move(events);

  ojson blocks = ojson::array();
  for (const Block& b : r.blocks) {
    ojson bj;
    bj["id"] = b.id;
    bj["page"] = b.page;
    bj["kind"] = b.kind;
    put(bj, "level", b.level);
    bj["text"] = b.text;
    put(bj, "label", b.label);
    if (b.confidence >= 0) bj["confidence"] = rounded(b.confidence, 100);
    put(bj, "evidence", b.evidence);
    bj["bbox"] = {rounded(b.bbox[0], 10), rounded(b.bbox[1], 10), rounded(b.bbox[2], 10),
                  rounded(b.bbox[3], 10)};
    if (b.ocr_confidence >= 0) bj["ocr_confidence"] = rounded(b.ocr_confidence, 10);
    blocks.push_back(std::move(bj));
  }
  j["blocks"] = std::move(blocks);

  ojson sessions = ojson::array();
  for (const Session& s : r.sessions) {
    ojson sj;
    sj["id"] = s.id;
    put(sj, "event", s.event);
    put(sj, "day", s.day);
    put(sj, "date", s.date);
    put(sj, "start", s.start);
    put(sj, "end", s.end);
    sj["title"] = s.title;
    sj["kind"] = s.kind;
    put(sj, "venue", s.venue);
    put(sj, "description", s.description);
    sj["questions"] = s.questions;
    put(sj, "page", s.page);
    sessions.push_back(std::move(sj));
  }
  j["sessions"] = std::move(sessions);

  ojson speakers = ojson::array();
  for (const Speaker& s : r.speakers) {
    ojson sj;
    sj["name"] = s.name;
    put(sj, "honorific", s.honorific);
    sj["role"] = s.role;
    put(sj, "function", s.function);
    put(sj, "organization", s.organization);
    put(sj, "country", s.country);
    put(sj, "country_code", s.country_code);
    sj["session"] = s.session;
    put(sj, "page", s.page);
    put(sj, "note", s.note);
    speakers.push_back(std::move(sj));
  }
  j["speakers"] = std::move(speakers);
  j["key_messages"] = items_json(r.key_messages);
  j["recommendations"] = items_json(r.recommendations);

  ojson statements = ojson::array();
  for (const Statement& s : r.statements) {
    ojson sj;
    sj["speaker"] = s.speaker;
    put(sj, "function", s.function);
    sj["text"] = s.text;
    put(sj, "page", s.page);
    put(sj, "block", s.block);
    statements.push_back(std::move(sj));
  }
  j["statements"] = std::move(statements);
  return j;
}

DocumentRecord record_from_json(const nlohmann::json& j) {
  DocumentRecord r;
  r.id = str(j, "id");
  if (auto it = j.find("source"); it != j.end() && it->is_object()) {
    r.source.path = str(*it, "path");
    r.source.sha256 = str(*it, "sha256");
    r.source.pages = num(*it, "pages");
    r.source.producer = str(*it, "producer");
    if (auto o = it->find("ocr_pages"); o != it->end() && o->is_array()) {
      for (const auto& p : *o) {
        if (p.is_number_integer()) r.source.ocr_pages.push_back(p.get<int>());
      }
    }
  }
  r.doc_type = str(j, "doc_type");
  r.language = str(j, "language");
  r.title = str(j, "title");
  each(j, "events", [&](const nlohmann::json& e) {
    r.events.push_back(Event{str(e, "slug"), str(e, "title"), str(e, "theme"), num(e, "year"),
                             str(e, "start_date"), str(e, "end_date"), str(e, "city"),
                             str(e, "venue")});
  });
  each(j, "blocks", [&](const nlohmann::json& e) {
    Block b;
    b.id = str(e, "id");
    b.page = num(e, "page");
    b.kind = str(e, "kind");
    b.level = num(e, "level");
    b.text = str(e, "text");
    b.label = str(e, "label");
    if (auto c = e.find("confidence"); c != e.end() && c->is_number())
      b.confidence = c->get<double>();
    b.evidence = str(e, "evidence");
    if (auto c = e.find("ocr_confidence"); c != e.end() && c->is_number())
      b.ocr_confidence = c->get<double>();
    if (auto bb = e.find("bbox"); bb != e.end() && bb->is_array() && bb->size() == 4) {
      for (size_t i = 0; i < 4; ++i)
        b.bbox[i] = (*bb)[i].is_number() ? (*bb)[i].get<double>() : 0;
    }
    r.blocks.push_back(std::move(b));
  });
  each(j, "sessions", [&](const nlohmann::json& e) {
    Session s;
    s.id = str(e, "id");
    s.event = str(e, "event");
    s.day = num(e, "day");
    s.date = str(e, "date");
    s.start = str(e, "start");
    s.end = str(e, "end");
    s.title = str(e, "title");
    s.kind = str(e, "kind");
    s.venue = str(e, "venue");
    s.description = str(e, "description");
    s.page = num(e, "page");
    if (auto q = e.find("questions"); q != e.end() && q->is_array()) {
      for (const auto& x : *q) {
        if (x.is_string()) s.questions.push_back(x.get<std::string>());
      }
    }
    r.sessions.push_back(std::move(s));
  });
  each(j, "speakers", [&](const nlohmann::json& e) {
    r.speakers.push_back(Speaker{str(e, "name"), str(e, "honorific"), str(e, "role"),
                                 str(e, "function"), str(e, "organization"), str(e, "country"),
                                 str(e, "country_code"), str(e, "session"), num(e, "page"),
                                 str(e, "note")});
  });
  r.key_messages = items_from(j, "key_messages");
  r.recommendations = items_from(j, "recommendations");
  each(j, "statements", [&](const nlohmann::json& e) {
    r.statements.push_back(Statement{str(e, "speaker"), str(e, "function"), str(e, "text"),
                                     num(e, "page"), str(e, "block")});
  });
  return r;
}

namespace {

// JsonWriter counterparts of put() above: the same members left out.
void put(JsonWriter& w, const char* key, const std::string& value) {
  if (!value.empty()) w.member(key, value);
}
void put(JsonWriter& w, const char* key, int value) {
  if (value > 0) w.member(key, value);
}

void write_items(JsonWriter& w, const char* key, const std::vector<Item>& items) {
  w.key(key);
  w.begin_array();
  for (const Item& item : items) {
    w.begin_object();
    put(w, "number", item.number);
    w.member("title", item.title);
    w.member("text", item.text);
    put(w, "page", item.page);
    w.member("blocks", item.blocks);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

// Member for member what to_json() builds, written without building it (json_writer.hpp);
// tests/model/record_json_test.cpp holds the two to the same bytes.
std::string dump_record(const DocumentRecord& r) {
  std::string out;
  out.reserve(256 + 256 * r.blocks.size() + 256 * r.statements.size());
  JsonWriter w(out);
  w.begin_object();
  w.member("schema", kDocumentSchema);
  w.member("id", r.id);
  w.key("source");
  w.begin_object();
  w.member("path", r.source.path);
  w.member("sha256", r.source.sha256);
  w.member("pages", r.source.pages);
  w.member("ocr_pages", r.source.ocr_pages);
  put(w, "producer", r.source.producer);
  w.end_object();
  w.member("doc_type", r.doc_type);
  w.member("language", r.language);
  put(w, "title", r.title);

  w.key("events");
  w.begin_array();
  for (const Event& e : r.events) {
    w.begin_object();
    w.member("slug", e.slug);
    put(w, "title", e.title);
    put(w, "theme", e.theme);
    put(w, "year", e.year);
    put(w, "start_date", e.start_date);
    put(w, "end_date", e.end_date);
    put(w, "city", e.city);
    put(w, "venue", e.venue);
    w.end_object();
  }
  w.end_array();

  w.key("blocks");
  w.begin_array();
  for (const Block& b : r.blocks) {
    w.begin_object();
    w.member("id", b.id);
    w.member("page", b.page);
    w.member("kind", b.kind);
    put(w, "level", b.level);
    w.member("text", b.text);
    put(w, "label", b.label);
    if (b.confidence >= 0) w.member("confidence", rounded(b.confidence, 100));
    put(w, "evidence", b.evidence);
    w.key("bbox");
    w.begin_array();
    for (const double edge : b.bbox)
      w.value(rounded(edge, 10));
    w.end_array();
    if (b.ocr_confidence >= 0) w.member("ocr_confidence", rounded(b.ocr_confidence, 10));
    w.end_object();
  }
  w.end_array();

  w.key("sessions");
  w.begin_array();
  for (const Session& s : r.sessions) {
    w.begin_object();
    w.member("id", s.id);
    put(w, "event", s.event);
    put(w, "day", s.day);
    put(w, "date", s.date);
    put(w, "start", s.start);
    put(w, "end", s.end);
    w.member("title", s.title);
    w.member("kind", s.kind);
    put(w, "venue", s.venue);
    put(w, "description", s.description);
    w.member("questions", s.questions);
    put(w, "page", s.page);
    w.end_object();
  }
  w.end_array();

  w.key("speakers");
  w.begin_array();
  for (const Speaker& s : r.speakers) {
    w.begin_object();
    w.member("name", s.name);
    put(w, "honorific", s.honorific);
    w.member("role", s.role);
    put(w, "function", s.function);
    put(w, "organization", s.organization);
    put(w, "country", s.country);
    put(w, "country_code", s.country_code);
    w.member("session", s.session);
    put(w, "page", s.page);
    put(w, "note", s.note);
    w.end_object();
  }
  w.end_array();
  write_items(w, "key_messages", r.key_messages);
  write_items(w, "recommendations", r.recommendations);

  w.key("statements");
  w.begin_array();
  for (const Statement& s : r.statements) {
    w.begin_object();
    w.member("speaker", s.speaker);
    put(w, "function", s.function);
    w.member("text", s.text);
    put(w, "page", s.page);
    put(w, "block", s.block);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out += '\n';
  return out;
}

}  // namespace idm
