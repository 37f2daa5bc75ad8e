#include "findings.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "classify/fold_cache.hpp"
#include "classify/item_pieces.hpp"
#include "extractors/dehyphenate.hpp"
#include "extractors/list_marker.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

enum class Section { none, key_messages, recommendations, unnamed };

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}

// Where the head word or phrase |cue| occurs in |folded| as whole words, loosely: the last word
// may carry an ending ("message" finds "messages", "recomendacion" finds "recomendaciones").
size_t find_head(std::string_view folded, std::string_view cue) {
  if (cue.empty()) return std::string_view::npos;
  constexpr size_t kEnding = 3;  // letters of an inflection: "s", "es", "aux"
  for (size_t pos = folded.find(cue); pos != std::string_view::npos;
       pos = folded.find(cue, pos + 1)) {
    if (pos > 0 && is_word_byte(folded[pos - 1])) continue;
    size_t end = pos + cue.size();
    size_t ending = 0;
    while (end < folded.size() && is_word_byte(folded[end]) && ending <= kEnding) {
      ++end;
      ++ending;
    }
    if (ending <= kEnding) return pos;
  }
  return std::string_view::npos;
}

size_t first_head(std::string_view folded, Cues cues) {
  size_t best = std::string_view::npos;
  for (std::string_view cue : cues)
    best = std::min(best, find_head(folded, cue));
  return best;
}

// Which list a heading or an introducing sentence opens, if any. Headings are read by their
// head words; a sentence must be short, or announce what follows with a colon.
Section section_named_by(const Block& block, const LanguageTable& language, FoldCache& folds) {
  if (block.kind != "heading" && block.kind != "paragraph") return Section::none;
  const std::string& folded = folds.fold(block.text);
  if (folded.empty()) return Section::none;
  if (block.kind == "paragraph") {
    if (folded.size() > 400) return Section::none;
    if (folded.back() != ':' && folded.size() > 240) return Section::none;
  }
  const size_t key_at = first_head(folded, language.key_message_headings);
  const size_t rec_at = first_head(folded, language.recommendation_headings);
  if (key_at == std::string_view::npos && rec_at == std::string_view::npos) return Section::none;
  return key_at <= rec_at ? Section::key_messages : Section::recommendations;
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

int count_words(std::string_view text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Set wholly in bold: a lead standing as a heading of the item ("1. Lead." then its paragraph).
bool all_bold(const Block& block) {
  return block.words > 0 && block.bold_lead_words == block.words;
}

// A paragraph that opens with its lead sentence in bold, the rest in regular type. The bold
// run ends where the lead sentence does (give or take a word cut by hyphenation).
bool opens_with_bold_lead(const Block& block) {
  if (block.bold_lead_words == 0 || block.bold_lead_words >= block.words) return false;
  const int lead = count_words(lead_sentence(block.text));
  return std::abs(lead - block.bold_lead_words) <= std::max(2, lead / 5);
}

// The text goes on from the block before (a column or page break inside an item).
bool continues_text(const Block& block) {
  return is_lowercase_letter(first_code_point(block.text));
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

namespace {

// Words of a running head at most.
constexpr int kRunningHeadWords = 5;

bool ends_sentence(std::string_view text) {
  const char32_t last = last_code_point(text);
  return last == '.' || last == ':' || last == ';' || last == '?' || last == '!';
}

// Records the page of the body block being read once it has been read.
class PageMark {
 public:
  PageMark(int& last, int page) : last_(last), page_(page) {}
  ~PageMark() { last_ = page_; }
  PageMark(const PageMark&) = delete;
  PageMark& operator=(const PageMark&) = delete;

 private:
  int& last_;
  int page_;
};

// How an item is printed; the items of a list without a title naming it must all agree.
enum class Form { enumerated, bulleted, bold_lead, lead_heading, plain };

// The sentence tells what should be done: a modal or an impersonal phrase of necessity of the
// language ("should", "doivent", "es importante").
bool is_directive(std::string_view sentence, const LanguageTable& language) {
  return first_head(fold_for_matching(sentence), language.directive_cues) != std::string_view::npos;
}

// Reads the blocks in order: a section opens at a heading or sentence naming it, and its
// items are list items, numbered or bold leads standing as headings with their paragraph,
// and paragraphs opening with a bold lead sentence. A heading no cue names opens a section
// of unknown kind: a run of at least three parallel items right under it is a findings list
// all the same (titles are worded in many ways), its kind told by the order of the sections.
class Reader {
 public:
  Reader(const LanguageTable& language, bool unnamed_lists, Findings& out, FoldCache& folds)
      : language_(language), unnamed_lists_(unnamed_lists), out_(out), folds_(folds) {}

  void read(const MendedBlock& piece) {
    const Block& block = piece.block;
    piece_ = &piece;
    ++position_;
    if (block.kind == "furniture" || block.kind == "footnote" || block.kind == "caption") return;
    const PageMark mark(last_page_, block.page);
    // A numbered heading inside the section is one of its items even when it names a cue.
    if (section_ != Section::none && block.kind == "heading" && numbered_item_heading(block)) {
      add_item(block, true, Form::lead_heading);
      return;
    }
    const Section named = section_named_by(block, language_, folds_);
    if (named != Section::none) {
      open(named, block);
      return;
    }
    if (section_ == Section::none) {
      if (block.kind == "heading" && unnamed_lists_) open_unnamed(block);
      return;
    }
    if (block.kind == "heading") {
      read_heading(block);
    } else if (block.kind == "list_item") {
      // Plain paragraphs read as an announced run, then a list: neither is right under the
      // heading.
      if (unnamed() && !loose_.empty()) {
        close();
        return;
      }
      std::string text = block.text;
      const Form form = item_number(text) > 0 ? Form::enumerated : Form::bulleted;
      add_item(block, all_bold(block), form);
    } else if (block.kind == "paragraph") {
      read_paragraph(block);
    }
  }

  // Unnamed lists take the kind the named ones leave: key messages come first.
  void finish() {
    close();
    for (Group& group : unnamed_) {
      const bool before_recommendations = !rec_at_ || group.at < *rec_at_;
      if (!key_at_ && before_recommendations) {
        key_at_ = group.at;
        out_.key_messages = std::move(group.items);
        out_.key_message_cues.push_back(group.heading);
      } else if (!rec_at_ && (!key_at_ || group.at > *key_at_)) {
        rec_at_ = group.at;
        out_.recommendations = std::move(group.items);
        out_.recommendation_cues.push_back(group.heading);
      }
    }
  }

 private:
  struct Group {
    size_t at = 0;
    std::string heading;
    std::vector<Item> items;
  };

  bool unnamed() const { return section_ == Section::unnamed; }

  std::vector<Item>& items() {
    if (unnamed()) return pending_.items;
    return section_ == Section::key_messages ? out_.key_messages : out_.recommendations;
  }

  void open(Section named, const Block& block) {
    // The sentence that introduces the list under its heading keeps the heading's section.
    const bool introduces = block.kind == "paragraph" && section_level_ > 0 && named == section_;
    if (!introduces) {
      close();
      section_level_ = block.kind == "heading" ? std::max(block.level, 1) : 0;
    }
    (named == Section::key_messages ? out_.key_message_cues : out_.recommendation_cues)
        .push_back(block.id);
    if (!introduces) announced_ = false;
    if (block.kind == "paragraph" && last_code_point(block.text) == ':') announced_ = true;
    section_ = named;
    current_ = nullptr;
    awaits_body_ = false;
    loose_.clear();
    skipped_.clear();
  }

  void open_unnamed(const Block& block) {
    section_ = Section::unnamed;
    section_level_ = std::max(block.level, 1);
    pending_ = Group{position_, block.id, {}};
    forms_.clear();
    gap_seen_ = false;
    announced_ = false;
  }

  void close() {
    if (unnamed()) {
      take_announced_run();
      keep_pending();
    }
    if (section_level_ > 0) take_loose_paragraphs();
    loose_.clear();
    skipped_.clear();
    section_ = Section::none;
    current_ = nullptr;
    awaits_body_ = false;
  }

  // An unnamed run counts when it is at least three items of one form, numbered or set with
  // bold leads (bullets list anything), or plain paragraphs that a sentence announces.
  void keep_pending() {
    constexpr size_t kMinItems = 3;
    if (pending_.items.size() < kMinItems) return;
    for (Form form : forms_) {
      if (form != forms_.front() || form == Form::bulleted) return;
    }
    // Findings are statements: each lead a sentence, capital first, full stop last (not a
    // question, not the clause of an enumeration ending with ';').
    for (const Item& item : pending_.items) {
      if (!is_uppercase_letter(first_code_point(item.title))) return;
      if (last_code_point(item.title) != '.') return;
    }
    unnamed_.push_back(std::move(pending_));
    pending_ = Group{};
  }

  // Under a title no cue names, a sentence announcing what follows (ending with a colon) and
  // then only plain paragraphs, at least three, most of them opening with what should be done
  // (a modal, a phrase of necessity): a list of findings printed without numbers or bold
  // leads. Narrative sections (who said what) are not announced so, nor mostly directive.
  void take_announced_run() {
    constexpr size_t kMinItems = 3;
    if (!announced_ || !pending_.items.empty() || loose_.size() < kMinItems) return;
    size_t directive = 0;
    for (const MendedBlock* piece : loose_) {
      const std::string lead = lead_sentence(piece->block.text);
      if (!is_uppercase_letter(first_code_point(lead)) || last_code_point(lead) != '.') return;
      if (is_directive(lead, language_)) ++directive;
    }
    if (2 * directive <= loose_.size()) return;
    for (const MendedBlock* piece : loose_)
      add_item(*piece, false, Form::plain);
  }

  // A numbered heading below the section's heading (or after its sentence) is an item: its
  // lead, then its paragraph.
  bool numbered_item_heading(const Block& block) const {
    return leading_list_marker(block.text) > 0 &&
           (section_level_ == 0 || block.level > section_level_);
  }

  void read_heading(const Block& block) {
    const bool inside = section_level_ > 0 && block.level > section_level_;
    // A heading of the same or a higher rank closes the section, and may open an unnamed
    // one; a sentence-opened list ends at any heading.
    if (!inside || unnamed()) {
      close();
      if (unnamed_lists_) open_unnamed(block);
      return;
    }
    current_ = nullptr;
    awaits_body_ = false;
  }

  void read_paragraph(const Block& block) {
    if (current_ && (awaits_body_ || continues_text(block))) {
      append(*piece_);
      awaits_body_ = false;
      return;
    }
    if (opens_with_bold_lead(block)) {
      add_item(block, false, Form::bold_lead);
      return;
    }
    // A bold lead standing alone, its paragraph next (the heading form without a number).
    if (all_bold(block) && lead_sentence(block.text) == block.text) {
      add_item(block, true, Form::lead_heading);
      return;
    }
    // A short line without punctuation opening a page is a running head the extractor let
    // through ("Conclusions" over the page): it neither parts nor ends the items.
    if (block.page != last_page_ && count_words(block.text) <= kRunningHeadWords &&
        !ends_sentence(block.text)) {
      return;
    }
    skipped_.push_back(piece_);
    // An unnamed list is the items right under its heading (one paragraph introducing them
    // allowed, and one between two items: the rest of an item broken by a column); a
    // sentence-opened one the items right after it; a named headed one may have paragraphs
    // between its items. An unnamed heading's introducing sentence that announces a list
    // lets the plain paragraphs after it be read as one (take_announced_run).
    if (unnamed() && !gap_seen_) {
      gap_seen_ = true;
      if (pending_.items.empty() && last_code_point(block.text) == ':') announced_ = true;
      current_ = nullptr;
      awaits_body_ = false;
      return;
    }
    if (unnamed() && announced_ && pending_.items.empty()) {
      loose_.push_back(piece_);
      return;
    }
    if (section_level_ == 0 || unnamed()) {
      close();
      return;
    }
    if (last_code_point(block.text) == ':') {
      announced_ = true;
    } else {
      loose_.push_back(piece_);
    }
    current_ = nullptr;
    awaits_body_ = false;
  }

  // A titled section whose sentence announces a list (ending with a colon) but without a
  // single item set apart is a run of paragraphs, each an item (leads whose bold the PDF does
  // not tell, drawn rather than set in a bold font).
  void take_loose_paragraphs() {
    constexpr size_t kMinItems = 2;
    if (section_ != Section::key_messages && section_ != Section::recommendations) return;
    if (!announced_) return;
    if (loose_.size() < kMinItems || !items().empty()) return;
    for (const MendedBlock* piece : loose_) {
      if (!is_uppercase_letter(first_code_point(piece->block.text))) return;
    }
    for (const MendedBlock* piece : loose_)
      add_item(*piece, false, Form::bold_lead);
  }

  // The block being read is an item.
  void add_item(const Block&, bool lead_only, Form form) { add_item(*piece_, lead_only, form); }

  void add_item(const MendedBlock& piece, bool lead_only, Form form) {
    const Block& block = piece.block;
    std::vector<Item>& list = items();
    if (!unnamed()) {
      std::optional<size_t>& at = section_ == Section::key_messages ? key_at_ : rec_at_;
      if (!at) at = position_;
    }
    std::string text = block.text;
    const int number = item_number(text);
    fill_lost_item(number, form);
    Item item;
    item.number = number > 0 ? number : static_cast<int>(list.size()) + 1;
    item.title = lead_only ? text : lead_sentence(text);
    item.text = std::move(text);
    item.page = block.page;
    item.blocks = piece.ids;
    list.push_back(std::move(item));
    forms_.push_back(form);
    gap_seen_ = false;
    skipped_.clear();
    current_ = &list.back();
    awaits_body_ = lead_only;
  }

  // Item n, one paragraph, item n + 2: the paragraph is item n + 1, its enumerator lost (set
  // apart from its text and dropped by the extractor).
  void fill_lost_item(int number, Form form) {
    std::vector<Item>& list = items();
    if (form != Form::enumerated || number <= 1 || list.empty() || skipped_.size() != 1) return;
    if (list.back().number + 2 != number) return;
    const MendedBlock& lost = *skipped_.front();
    if (!is_uppercase_letter(first_code_point(lost.block.text))) return;
    std::erase(loose_, &lost);
    Item item;
    item.number = number - 1;
    item.title = lead_sentence(lost.block.text);
    item.text = lost.block.text;
    item.page = lost.block.page;
    item.blocks = lost.ids;
    list.push_back(std::move(item));
    forms_.push_back(form);
  }

  // The next block goes on with the current item. A lead whose sentence did not end in its
  // own block (a line or page break inside it) takes the rest of its sentence.
  void append(const MendedBlock& piece) {
    const std::string& more = piece.block.text;
    const bool lead_open = current_->title == current_->text &&
                           last_code_point(current_->title) != '.' &&
                           is_lowercase_letter(first_code_point(more));
    if (current_->text.empty()) {
      current_->text = more;
    } else if (is_lowercase_letter(first_code_point(more))) {
      current_->text = join(current_->text, more);
    } else {
      current_->text += ' ';
      current_->text += more;
    }
    if (lead_open) current_->title = lead_sentence(current_->text);
    current_->blocks.insert(current_->blocks.end(), piece.ids.begin(), piece.ids.end());
  }

  std::string join(std::string_view before, std::string_view after) {
    return joiner_.join(before, after);
  }

 public:
  void set_blocks(const std::vector<Block>& blocks) { joiner_ = PieceJoiner(blocks); }

 private:
  const LanguageTable& language_;
  const bool unnamed_lists_;
  Findings& out_;
  FoldCache& folds_;                    // whole block texts, folded once for every reader
  PieceJoiner joiner_;                  // mends broken words against the record's words
  const MendedBlock* piece_ = nullptr;  // the block being read
  int last_page_ = 0;                   // page of the body block read before it
  size_t position_ = 0;                 // blocks read
  Section section_ = Section::none;
  int section_level_ = 0;     // heading level that opened the section, 0 for a sentence
  Item* current_ = nullptr;   // the item later paragraphs may continue
  bool awaits_body_ = false;  // |current_| is a lead alone: the next paragraph is its body
  // Where the named lists start, and the unnamed ones.
  std::optional<size_t> key_at_, rec_at_;
  Group pending_;
  std::vector<Form> forms_;
  bool gap_seen_ = false;  // an unnamed list's one paragraph that is not an item
  std::vector<Group> unnamed_;
  std::vector<const MendedBlock*> loose_;    // a titled section's plain paragraphs
  std::vector<const MendedBlock*> skipped_;  // paragraphs read since the last item
  bool announced_ = false;                   // ... and a sentence of it announces a list
};

}  // namespace

Findings find_findings(const DocumentRecord& record, const LanguageTable& language) {
  FoldCache folds;
  return find_findings(record, language, folds);
}

Findings find_findings(const DocumentRecord& record, const LanguageTable& language,
                       FoldCache& folds) {
  Findings out;
  // A concept note's numbered lists (objectives, expected outcomes) are not findings: there
  // only a title naming them makes a list one.
  Reader reader(language, record.doc_type != "concept_note", out, folds);
  reader.set_blocks(record.blocks);
  const std::vector<MendedBlock> pieces = mend_item_pieces(record.blocks);
  for (const MendedBlock& piece : pieces)
    reader.read(piece);
  reader.finish();
  return out;
}

}  // namespace idm
