// Fuzz target: a document record of blocks with fuzzed kinds, pages and texts (cue words,
// times, dates, names, raw bytes) through every classifier of the understanding stage, the
// people registry and the quality check; and the text parsers on the raw bytes.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "classify/dates.hpp"
#include "classify/events.hpp"
#include "classify/findings.hpp"
#include "classify/labels.hpp"
#include "classify/language_table.hpp"
#include "classify/people_registry.hpp"
#include "classify/programme.hpp"
#include "classify/quality.hpp"
#include "classify/statements.hpp"
#include "extractors/unicode_text.hpp"
#include "fuzz/fuzz_input.hpp"

using idm::fuzz::Input;

namespace {

constexpr const char* kKinds[] = {"heading", "paragraph",  "list_item", "footnote",
                                  "caption", "table_cell", "furniture"};
constexpr const char* kTypes[] = {"agenda", "concept_note", "summary_of_conclusions", "report",
                                  "other"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // The parsers of single strings take any bytes.
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  idm::TimeRange range;
  idm::parse_time_range(raw, range);
  idm::find_dates(raw, 2018);

  Input in(data, size);
  const auto& tables = idm::language_tables();
  const idm::LanguageTable& language = *tables[in.range(0, static_cast<int>(tables.size()) - 1)];
  idm::DocumentRecord record;
  record.id = "fuzz";
  record.language = std::string(language.code);
  record.doc_type = kTypes[in.range(0, 4)];
  record.source.pages = in.range(0, 6);
  int page = 1;
  while (!in.empty() && record.blocks.size() < 200) {
    idm::Block block;
    block.id = "b" + std::to_string(record.blocks.size() + 1);
    page += in.range(0, 7) == 0 ? 1 : 0;
    block.page = page;
    block.kind = kKinds[in.range(0, 6)];
    block.level = block.kind == std::string("heading") ? in.range(1, 6) : 0;
    // Records hold normalized, non-empty text (layout.cpp drops empty blocks); so do these.
    block.text = idm::normalize_printed(in.text(24));
    if (block.text.empty()) continue;
    record.blocks.push_back(std::move(block));
  }

  // IDM_FUZZ_PRINT=1: the decoded record, to turn a crash input into a unit test.
  if (std::getenv("IDM_FUZZ_PRINT")) {
    std::fprintf(stderr, "%s %s pages %d\n", record.language.c_str(), record.doc_type.c_str(),
                 record.source.pages);
    for (const idm::Block& b : record.blocks)
      std::fprintf(stderr, "  %s p%d %s %d \"%s\"\n", b.id.c_str(), b.page, b.kind.c_str(), b.level,
                   b.text.c_str());
  }
  record.events = idm::find_events(record, language);
  idm::LabelFacts facts;
  idm::Programme programme = idm::read_programme(record, language);
  record.sessions = std::move(programme.sessions);
  record.speakers = std::move(programme.speakers);
  facts.slot_blocks = std::move(programme.slot_blocks);
  facts.slot_content = std::move(programme.slot_content);
  facts.question_blocks = std::move(programme.question_blocks);
  idm::Findings findings = idm::find_findings(record, language);
  record.key_messages = std::move(findings.key_messages);
  record.recommendations = std::move(findings.recommendations);
  record.statements = idm::find_statements(record, language);
  idm::label_blocks(record, facts);
  for (const idm::Block& block : record.blocks) {
    idm::parse_time_range(block.text, range);
    idm::find_dates(block.text, 0);
  }
  idm::build_people_registry({record});
  idm::assess_quality(record, idm::QualityThresholds{});
  return 0;
}
