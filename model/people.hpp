#pragma once
// The persons of a whole run: one stable id per person, whatever the spelling in each document
// (accents, honorifics, middle names, surname-only mentions), with every appearance.

#include <string>
#include <vector>

namespace idm {

struct Appearance {
  std::string document;  // document id
  std::string event;     // workshop slug, when known
  std::string session;   // session id, for programme entries
  std::string role;      // moderator, speaker, ... or "statement"
  std::string function;  // as printed there
  std::string name;      // as printed there
  int page = 0;
};

struct Person {
  std::string id;    // "p-<folded-name>", stable across runs for the same spelling
  std::string name;  // the fullest spelling seen
  std::string honorific;
  std::vector<std::string> spellings;
  std::vector<Appearance> appearances;
};

}  // namespace idm
