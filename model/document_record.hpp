#pragma once
// The document record of ../shared/contract/document.schema.json, as C++ values.
// Optional fields are empty strings / zero / -1 when unknown and are then left out of JSON.

#include <string>
#include <vector>

namespace idm {

struct SourceInfo {
  std::string path;
  std::string sha256;
  int pages = 0;
  std::vector<int> ocr_pages;
  std::string producer;
};

struct Event {
  std::string slug;
  std::string title;
  std::string theme;
  int year = 0;
  std::string start_date;  // YYYY-MM-DD
  std::string end_date;
  std::string city;
  std::string venue;
};

struct Block {
  std::string id;
  int page = 0;
  std::string
      kind;  // heading | paragraph | list_item | footnote | caption | table_cell | furniture
  int level = 0;
  std::string text;
  std::string label;  // key_message | recommendation | ... ; empty until classified
  double confidence = -1;
  std::string evidence;  // which cue decided the label, for reviewers
  double bbox[4] = {0, 0, 0, 0};
  double ocr_confidence = -1;  // mean Tesseract word confidence 0-100; -1 (omitted): not OCR
  // Type facts for the classifier, not in the JSON: the printed words, and how many of them
  // from the start are bold (a bold lead sentence, a bold numbered heading).
  int words = 0;
  int bold_lead_words = 0;
};

struct Session {
  std::string id;
  std::string event;
  int day = 0;
  std::string date;
  std::string start;  // HH:MM
  std::string end;
  std::string title;
  std::string kind;
  std::string venue;
  std::string description;
  std::vector<std::string> questions;
  int page = 0;
};

struct Speaker {
  std::string name;
  std::string honorific;
  std::string role;
  std::string function;
  std::string organization;
  std::string country;
  std::string country_code;  // ISO 3166-1 alpha-2 of |country|
  std::string session;
  int page = 0;
  std::string note;
};

struct Item {
  int number = 0;
  std::string title;
  std::string text;
  int page = 0;
  std::vector<std::string> blocks;
};

struct Statement {
  std::string speaker;
  std::string function;
  std::string text;
  int page = 0;
  std::string block;
};

struct DocumentRecord {
  std::string id;
  SourceInfo source;
  std::string doc_type = "other";
  std::string language = "en";
  std::string title;
  std::vector<Event> events;
  std::vector<Block> blocks;
  std::vector<Session> sessions;
  std::vector<Speaker> speakers;
  std::vector<Item> key_messages;
  std::vector<Item> recommendations;
  std::vector<Statement> statements;
};

inline constexpr const char* kDocumentSchema = "idmreport/document/1";

}  // namespace idm
