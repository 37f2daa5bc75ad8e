#include "item_pieces.hpp"

#include <optional>

#include "extractors/dehyphenate.hpp"
#include "extractors/list_marker.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

// Blocks a piece may be read as.
bool is_body(const Block& block) {
  return block.kind == "paragraph" || block.kind == "list_item" || block.kind == "table_cell";
}

// Printed between two pieces of one item without being part of it: running heads, page
// numbers (an item broken by a page).
bool is_furniture(const Block& block) {
  return block.kind == "furniture";
}

bool ends_sentence_or_title(std::string_view text) {
  const char32_t last = last_code_point(text);
  return last == '.' || last == ':' || last == '?' || last == '!' || last == ';';
}

// The index of the next block that is not furniture, if any.
std::optional<size_t> next_piece(const std::vector<Block>& blocks, size_t after) {
  for (size_t i = after + 1; i < blocks.size(); ++i) {
    if (!is_furniture(blocks[i])) return i;
  }
  return std::nullopt;
}

// A heading with no closing punctuation whose sentence goes on, in lower case, in the next
// block: the first line(s) of a bold lead taken for a heading.
bool is_heading_fragment(const Block& heading, const Block& next) {
  return heading.kind == "heading" && is_body(next) && !heading.text.empty() &&
         !ends_sentence_or_title(heading.text) && leading_list_marker(next.text) == 0 &&
         is_lowercase_letter(first_code_point(next.text));
}

}  // namespace

bool is_lone_enumerator(std::string_view text) {
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ')
    text.remove_prefix(1);
  return !text.empty() && is_list_marker(text) && is_enumerator(text);
}

PieceJoiner::PieceJoiner(std::span<const Block> blocks) : blocks_(blocks) {}

std::string PieceJoiner::join(std::string_view before, std::string_view after) {
  if (!vocabulary_) {
    vocabulary_.emplace();
    for (const Block& b : blocks_)
      vocabulary_->add_line(b.text);
  }
  return join_text(before, after, *vocabulary_);
}

std::vector<MendedBlock> mend_item_pieces(const std::vector<Block>& blocks) {
  PieceJoiner joiner(blocks);
  // Heading fragments first: the lead they start may itself follow a lone enumerator.
  std::vector<MendedBlock> leads;
  leads.reserve(blocks.size());
  std::vector<bool> used(blocks.size(), false);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (used[i]) continue;
    MendedBlock m{blocks[i], {blocks[i].id}};
    const std::optional<size_t> next = next_piece(blocks, i);
    if (next && is_heading_fragment(blocks[i], blocks[*next])) {
      const Block& rest = blocks[*next];
      // The heading was set in the lead's type: its words are bold when it was.
      const bool bold = blocks[i].bold_lead_words == blocks[i].words;
      m.block.kind = rest.kind == "list_item" ? "list_item" : "paragraph";
      m.block.level = 0;
      m.block.text = joiner.join(blocks[i].text, rest.text);
      m.block.words = blocks[i].words + rest.words;
      m.block.bold_lead_words = blocks[i].bold_lead_words + (bold ? rest.bold_lead_words : 0);
      m.ids.push_back(rest.id);
      used[*next] = true;
      // Furniture stepped over comes after the joined item.
      leads.push_back(std::move(m));
      for (size_t f = i + 1; f < *next; ++f) {
        leads.push_back(MendedBlock{blocks[f], {blocks[f].id}});
        used[f] = true;
      }
      continue;
    }
    leads.push_back(std::move(m));
  }

  // Then lone enumerators: the label becomes the marker of the piece after it.
  std::vector<MendedBlock> out;
  out.reserve(leads.size());
  for (size_t i = 0; i < leads.size(); ++i) {
    MendedBlock m = std::move(leads[i]);
    if (is_body(m.block) && is_lone_enumerator(m.block.text)) {
      size_t j = i + 1;
      while (j < leads.size() && is_furniture(leads[j].block))
        ++j;
      if (j < leads.size() && (is_body(leads[j].block) || leads[j].block.kind == "heading") &&
          !is_lone_enumerator(leads[j].block.text) && !leads[j].block.text.empty()) {
        MendedBlock& text = leads[j];
        std::string label = m.block.text;
        while (!label.empty() && label.back() == ' ')
          label.pop_back();
        text.block.kind = "list_item";
        text.block.level = 0;
        text.block.text = label + " " + text.block.text;
        text.block.page = m.block.page;
        text.ids.insert(text.ids.begin(), m.ids.begin(), m.ids.end());
        text.block.id = m.block.id;
        for (size_t f = i + 1; f < j; ++f)
          out.push_back(std::move(leads[f]));
        i = j - 1;  // the text block is read next, as the item
        continue;
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace idm
