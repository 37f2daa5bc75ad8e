// find_person_names / expand_name: person names in running text, fr/en/es.

#include "classify/person_names.hpp"
#include "classify/language_table.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace idm;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v)
      out += "\"" + s + "\" ";
    return String((out + "}").c_str());
  }
};
}  // namespace doctest

namespace {

std::vector<std::string> names_of(std::string_view text) {
  std::vector<std::string> out;
  for (const NameMention& m : find_person_names(text))
    out.push_back(m.name);
  return out;
}

}  // namespace

TEST_CASE("person names: honorifics of every table go to .honorific, offsets cover them") {
  const std::string text = "Comme l'a dit Mme Louise Arbour, la coopération est essentielle.";
  const std::vector<NameMention> found = find_person_names(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].name == "Louise Arbour");
  CHECK(found[0].honorific == "Mme");
  CHECK(text.substr(found[0].position, found[0].length) == "Mme Louise Arbour");

  const std::vector<NameMention> en = find_person_names("H.E. Mr Tomasz Wierzbicki, Chair");
  REQUIRE(en.size() == 1);
  CHECK(en[0].honorific == "H.E. Mr");
  CHECK(en[0].name == "Tomasz Wierzbicki");

  const std::vector<NameMention> es = find_person_names("la Sra. Farah Haddad explicó");
  REQUIRE(es.size() == 1);
  CHECK(es[0].honorific == "Sra.");
  CHECK(es[0].name == "Farah Haddad");

  // One word is a name only after an honorific.
  const std::vector<NameMention> surname = find_person_names("M. Somers, maire belge, a estimé");
  REQUIRE(surname.size() == 1);
  CHECK(surname[0].name == "Somers");
  CHECK(surname[0].honorific == "M.");
  CHECK(names_of("Somers a estimé que la Belgique").empty());
}

TEST_CASE("person names: initials, accents, hyphens and particles stay in the name") {
  CHECK(names_of("la Vice-Secrétaire générale, Amina J. Mohammed, a souligné") ==
        std::vector<std::string>{"Amina J. Mohammed"});
  CHECK(names_of("l'Ambassadeur du Mexique, Juan José Gómez Camacho, a estimé") ==
        std::vector<std::string>{"Juan José Gómez Camacho"});
  CHECK(names_of("Kofi Boateng-Larbi, Minister") == std::vector<std::string>{"Kofi Boateng-Larbi"});
  CHECK(names_of("según Ana de la Cruz, directora") == std::vector<std::string>{"Ana de la Cruz"});
  CHECK(names_of("H.E. Ms Nadia El Amrani spoke") == std::vector<std::string>{"Nadia El Amrani"});
  CHECK(names_of("Pieter van der Berg said") == std::vector<std::string>{"Pieter van der Berg"});
  CHECK(names_of("Ahmed bin Rashid noted") == std::vector<std::string>{"Ahmed bin Rashid"});
  CHECK(names_of("la contribution d'Austin T. Fragomen Jr., représentant") ==
        std::vector<std::string>{"Austin T. Fragomen Jr"});
}

TEST_CASE("person names: a particle does not glue two people or an organisation") {
  CHECK(names_of("Nomvula Khumalo y Farah Haddad subrayaron") ==
        std::vector<std::string>{"Nomvula Khumalo", "Farah Haddad"});
  CHECK(names_of("Mgr Robert Vitillo de la CICM et Berenice Valdez River de l'IMUMI") ==
        std::vector<std::string>{"Robert Vitillo", "Berenice Valdez River"});
}

TEST_CASE("person names: function words, acronyms and article-led phrases are not names") {
  CHECK(names_of("Selon Bernard Ouellet, les entreprises") ==
        std::vector<std::string>{"Bernard Ouellet"});
  CHECK(names_of("Según Bernard Ouellet, las empresas") ==
        std::vector<std::string>{"Bernard Ouellet"});
  CHECK(names_of("Le représentant de la Sierra Leone a souligné").empty());
  CHECK(names_of("Representative of Sweden to the United Nations Office in Geneva").empty());
  CHECK(names_of("the IOM Council and the OIM").empty());
  // A capital that only opens a sentence, on a word printed in lower case elsewhere.
  CHECK(names_of("Yesterday John Smith spoke. It rained yesterday.") ==
        std::vector<std::string>{"John Smith"});
  // The phrases after an article, on request.
  const std::set<std::string> none;
  const auto places = find_person_names("de la Sierra Leone", none, true);
  REQUIRE(places.size() == 1);
  CHECK(places[0].name == "Sierra Leone");
}

TEST_CASE("expand_name: the fullest compatible form, accents ignored") {
  const std::vector<std::string> known = {"William Lacy Swing", "Amina J. Mohammed",
                                          "Juan José Gómez Camacho", "Louise Arbour"};
  CHECK(expand_name("Swing", known) == "William Lacy Swing");
  CHECK(expand_name("W. L. Swing", known) == "William Lacy Swing");
  CHECK(expand_name("Amina Mohammed", known) == "Amina J. Mohammed");
  CHECK(expand_name("Gomez Camacho", known) == "Juan José Gómez Camacho");
  CHECK(expand_name("ARBOUR", known) == "Louise Arbour");
  CHECK(expand_name("Somers", known) == "Somers");
  // A given name is no surname; an incompatible given name is another person.
  CHECK(expand_name("William", known) == "William");
  CHECK(expand_name("Peter Swing", known) == "Peter Swing");
  // Two people with that surname: no guess.
  CHECK(expand_name("Smith", {"John Smith", "Jane Smith"}) == "Smith");
  CHECK(expand_name("J. Smith", {"John Smith", "Jane Smith"}) == "J. Smith");
  CHECK(expand_name("Smith", {"John Smith", "John A. Smith"}) == "John A. Smith");
}

TEST_CASE("person names: an English possessive is no part of the name") {
  CHECK(names_of("In Ms. Tamara Vukovic's opinion, ports matter.") ==
        std::vector<std::string>{"Tamara Vukovic"});
  CHECK(names_of("Mr Ito\u2019s remarks") == std::vector<std::string>{"Ito"});
  // "O'Brien", "D'Souza": an apostrophe before a capital is inside the surname.
  CHECK(names_of("Dr Kevin O'Brien and Ms Lia D'Souza") ==
        std::vector<std::string>{"Kevin O'Brien", "Lia D'Souza"});
}

TEST_CASE("person names: a capital elided article before a lower-case word is no name") {
  // "D'après" / "L'avis" open a sentence; the name starts at the honorific.
  const std::vector<NameMention> m = find_person_names("D\u2019après Docteure Ana Pires, non.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].name == "Ana Pires");
  CHECK(m[0].honorific == "Docteure");
}

TEST_CASE("person names: a name abbreviation keeps its dot and its name") {
  CHECK(names_of("la Doctora Irene St. Laurent advirtió que") ==
        std::vector<std::string>{"Irene St. Laurent"});
}

TEST_CASE("honorific_gender: by the document's table first, any table else") {
  const LanguageTable* fr = find_language("fr");
  const LanguageTable* en = find_language("en");
  const LanguageTable* es = find_language("es");
  CHECK(honorific_gender("Mme", fr) == Gender::feminine);
  CHECK(honorific_gender("M.", fr) == Gender::masculine);
  CHECK(honorific_gender("Docteure", fr) == Gender::feminine);
  CHECK(honorific_gender("S.E. M.", fr) == Gender::masculine);
  CHECK(honorific_gender("Dr", en) == Gender::unknown);
  CHECK(honorific_gender("Doctor", en) == Gender::unknown);
  CHECK(honorific_gender("Doctor", es) == Gender::masculine);
  CHECK(honorific_gender("la Dra.", es) == Gender::feminine);
  CHECK(honorific_gender("Her Excellency", en) == Gender::feminine);
  CHECK(honorific_gender("Ms.", fr) == Gender::feminine);  // an English title in French text
  CHECK(honorific_gender("", fr) == Gender::unknown);
}

TEST_CASE("names::tokenize: ASCII and non-ASCII tokens get the same folding and flags") {
  // ASCII tokens take a byte-wise path; each pair must read alike apart from the accent.
  const std::vector<names::Token> t = names::tokenize("IOM ÉOM Mr Él 2030 l'OIM Ab3 wé, J.");
  std::vector<std::string> folded;
  for (const names::Token& k : t)
    folded.push_back(k.folded);
  CHECK(folded == std::vector<std::string>{"iom", "eom", "mr", "el", "2030", "l'", "oim", "ab3",
                                           "we", ",", "j."});
  CHECK((t[0].acronym && t[1].acronym && t[6].acronym));
  CHECK((t[2].capitalised && t[3].capitalised && !t[2].acronym && !t[3].acronym));
  CHECK((t[4].digit && !t[4].capitalised && !t[4].acronym));
  CHECK((t[7].capitalised && t[7].digit && !t[7].acronym));
  CHECK((t[8].word && !t[8].capitalised));
  CHECK(!t[9].word);
  CHECK((t[10].word && t[10].capitalised));
}

TEST_CASE("name_key_words and expand_name with the name's words worked out once") {
  CHECK(name_key_words(name_key("Amina J. Mohammed")) ==
        std::vector<std::string>{"amina", "j", "mohammed"});
  CHECK(name_key_words("").empty());
  const std::vector<std::string> known = {"William Lacy Swing", "Louise Arbour"};
  const KnownNames prepared(known);
  for (const std::string name : {"Swing", "W. L. Swing", "ARBOUR", "Somers", "William"}) {
    CHECK(expand_name(name, name_key_words(name_key(name)), prepared) == expand_name(name, known));
  }
}

TEST_CASE("find_person_names: hashed common words give the ordered set's answer") {
  const std::string text =
      "Several delegates spoke. Several Member States and H.E. Mr Tomasz Wierzbicki agreed; "
      "Her Excellency Ana Pires and Mme Louise Arbour, then Grace Okello.";
  const std::vector<names::Token> tokens = names::tokenize(text);
  std::set<std::string> ordered = {"several", "grace"};
  const std::unordered_set<std::string_view> hashed = {"several", "grace"};
  for (const bool after_articles : {false, true}) {
    const std::vector<NameMention> a = find_person_names(text, tokens, ordered, after_articles);
    const std::vector<NameMention> b = find_person_names(text, tokens, hashed, after_articles);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].name == b[i].name);
      CHECK(a[i].honorific == b[i].honorific);
      CHECK(a[i].position == b[i].position);
      CHECK(a[i].length == b[i].length);
    }
  }
  std::vector<std::string> found;
  for (const NameMention& m : find_person_names(text, tokens, hashed, false))
    found.push_back(m.honorific + "|" + m.name);
  // "Several" opens a sentence and is printed in lower case elsewhere: no name; "Member
  // States" is two capitalised words (the statement finder wants a verb and a person).
  CHECK(found == std::vector<std::string>{"|Member States", "H.E. Mr|Tomasz Wierzbicki",
                                          "Her Excellency|Ana Pires", "Mme|Louise Arbour",
                                          "|Grace Okello"});
}
