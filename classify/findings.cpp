#include "findings.hpp"

#include "classify/cue_match.hpp"
#include "extractors/list_marker.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

enum class Section { none, key_messages, recommendations };

// Which list a heading or an introducing sentence opens, if any.
Section section_named_by(const Block& block, const LanguageTable& language) {
  if (block.kind != "heading" && block.kind != "paragraph") return Section::none;
  const std::string folded = fold_for_matching(block.text);
  // An introducing sentence is short or announces what follows with a colon.
  if (block.kind == "paragraph" && folded.size() > 400) return Section::none;
  if (folded.empty()) return Section::none;
  if (block.kind == "paragraph" && folded.back() != ':' && folded.size() > 240)
    return Section::none;
  size_t key_at = 0, rec_at = 0;
  const bool key = !first_cue(folded, language.key_message_headings, &key_at).empty();
  const bool rec = !first_cue(folded, language.recommendation_headings, &rec_at).empty();
  if (key && (!rec || key_at <= rec_at)) return Section::key_messages;
  if (rec) return Section::recommendations;
  return Section::none;
}

// "1) La nécessité..." -> 1 and the text after the label; "b. ..." -> 2.
int item_number(std::string& text) {
  const size_t marker = leading_list_marker(text);
  if (marker == 0) return 0;
  std::string_view label = std::string_view(text).substr(0, marker);
  if (!is_enumerator(label)) return 0;
  while (!label.empty() && (label.front() == '('))
    label.remove_prefix(1);
  while (!label.empty() && (label.back() == ')' || label.back() == '.'))
    label.remove_suffix(1);
  int number = 0;
  if (!label.empty() && label[0] >= '0' && label[0] <= '9') {
    for (char c : label)
      number = number * 10 + (c - '0');
  } else if (label.size() == 1 && label[0] >= 'a' && label[0] <= 'z') {
    number = label[0] - 'a' + 1;
  } else if (label.size() == 1 && label[0] >= 'A' && label[0] <= 'Z') {
    number = label[0] - 'A' + 1;
  } else {
    return 0;  // roman numerals: keep the running count
  }
  text.erase(0, marker + 1);
  return number;
}

}  // namespace

std::string lead_sentence(std::string_view text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ') {
      const char32_t next = first_code_point(text.substr(i + 2));
      if (is_uppercase_letter(next) || next == 0xAB || next == '"')
        return std::string(text.substr(0, i + 1));
    }
  }
  return std::string(text);
}

Findings find_findings(const DocumentRecord& record, const LanguageTable& language) {
  Findings out;
  Section section = Section::none;
  int section_level = 0;  // heading level that opened the section, 0 for a sentence
  bool items_started = false;
  for (const Block& block : record.blocks) {
    if (block.kind == "furniture" || block.kind == "footnote" || block.kind == "caption") continue;
    const Section named = section_named_by(block, language);
    if (named != Section::none) {
      section = named;
      section_level = block.kind == "heading" ? std::max(block.level, 1) : 0;
      items_started = false;
      (named == Section::key_messages ? out.key_message_cues : out.recommendation_cues)
          .push_back(block.id);
      continue;
    }
    if (section == Section::none) continue;
    if (block.kind == "heading") {
      // A heading of the same or a higher rank closes the section; a sentence-opened list
      // ends at any heading.
      if (section_level == 0 || block.level <= section_level) section = Section::none;
      continue;
    }
    if (block.kind != "list_item") {
      if (items_started && section_level == 0) section = Section::none;
      continue;
    }
    items_started = true;
    std::vector<Item>& items =
        section == Section::key_messages ? out.key_messages : out.recommendations;
    Item item;
    std::string text = block.text;
    const int number = item_number(text);
    item.number = number > 0 ? number : static_cast<int>(items.size()) + 1;
    item.text = text;
    item.title = lead_sentence(text);
    item.page = block.page;
    item.blocks.push_back(block.id);
    items.push_back(std::move(item));
  }
  return out;
}

}  // namespace idm
