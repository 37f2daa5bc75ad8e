// find_findings and lead_sentence: key messages and recommendations after the heading or the
// sentence that names them.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "classify/findings.hpp"
#include "classify/language_table.hpp"

using namespace idm;

namespace {

Block block(std::string id, int page, std::string kind, int level, std::string text) {
  Block b;
  b.id = std::move(id);
  b.page = page;
  b.kind = std::move(kind);
  b.level = level;
  b.text = std::move(text);
  return b;
}

const LanguageTable& table(std::string_view code) {
  const LanguageTable* found = find_language(code);
  REQUIRE(found != nullptr);
  return *found;
}

}  // namespace

TEST_CASE("findings: lead_sentence") {
  CHECK(lead_sentence("Lead. Rest of the text.") == "Lead.");
  CHECK(lead_sentence("La nécessité d'une approche globale. Les participants ont souligné.") ==
        "La nécessité d'une approche globale.");
  CHECK(lead_sentence("No full stop here") == "No full stop here");
  CHECK(lead_sentence("Ends with a stop.") == "Ends with a stop.");
  // Not followed by a capital: an abbreviation, a number.
  CHECK(lead_sentence("Policies, e.g. quotas, were discussed. Then more.") ==
        "Policies, e.g. quotas, were discussed.");
  CHECK(lead_sentence("Some 1.5 million people moved. Many returned.") ==
        "Some 1.5 million people moved.");
  CHECK(lead_sentence("Why now? Because.") == "Why now?");
  CHECK(lead_sentence("Act! Now.") == "Act!");
  CHECK(lead_sentence("Il a dit. « Non »") == "Il a dit.");
  CHECK(lead_sentence("Premier point. Économie ensuite.") == "Premier point.");
  CHECK(lead_sentence("") == "");
}

TEST_CASE("findings: key messages after an introducing sentence (fr)") {
  DocumentRecord r;
  r.language = "fr";
  r.blocks = {
      block("b1", 1, "heading", 1, "Résumé des conclusions"),
      block("b2", 1, "paragraph", 0, "Le dialogue a réuni plus de 300 participants."),
      block("b3", 2, "paragraph", 0, "Plusieurs points de convergence sont apparus :"),
      block("b4", 2, "list_item", 0,
            "1) La nécessité d'une approche globale. Les participants ont souligné l'importance "
            "de la coopération."),
      block("b5", 2, "furniture", 0, "2"),
      block("b6", 3, "list_item", 0, "2) Le rôle des migrants. Ils contribuent au développement."),
      block("b7", 3, "paragraph", 0, "Le Président a ensuite remercié les participants."),
      block("b8", 3, "list_item", 0, "3) Un point qui ne fait pas partie de la liste."),
  };
  const Findings f = find_findings(r, table("fr"));
  REQUIRE(f.key_messages.size() == 2);
  CHECK(f.key_messages[0].number == 1);
  CHECK(f.key_messages[0].title == "La nécessité d'une approche globale.");
  CHECK(f.key_messages[0].text ==
        "La nécessité d'une approche globale. Les participants ont souligné l'importance de la "
        "coopération.");
  CHECK(f.key_messages[0].page == 2);
  CHECK(f.key_messages[0].blocks == std::vector<std::string>{"b4"});
  CHECK(f.key_messages[1].number == 2);
  CHECK(f.key_messages[1].title == "Le rôle des migrants.");
  CHECK(f.key_messages[1].text == "Le rôle des migrants. Ils contribuent au développement.");
  CHECK(f.key_messages[1].page == 3);
  CHECK(f.key_messages[1].blocks == std::vector<std::string>{"b6"});
  CHECK(f.key_message_cues == std::vector<std::string>{"b3"});
  CHECK(f.recommendations.empty());
  CHECK(f.recommendation_cues.empty());
}

TEST_CASE("findings: recommendations under a heading end at the next heading of its level (en)") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "list_item", 0, "1. A list before any cue is not a finding."),
      block("b2", 4, "heading", 2, "Recommendations"),
      block("b3", 4, "paragraph", 0, "The participants put forward the following ideas."),
      block("b4", 4, "list_item", 0, "a) Invest in skills. Partnerships help."),
      block("b5", 4, "heading", 3, "For States"),
      block("b6", 5, "list_item", 0, "b) Open regular pathways. Several States already do."),
      block("b7", 5, "paragraph", 0, "A paragraph between items does not close a headed list."),
      block("b8", 5, "list_item", 0, "Without a number. It takes the running count."),
      block("b9", 6, "heading", 2, "Annex"),
      block("b10", 6, "list_item", 0, "c) Not a recommendation."),
  };
  const Findings f = find_findings(r, table("en"));
  CHECK(f.key_messages.empty());
  CHECK(f.recommendation_cues == std::vector<std::string>{"b2"});
  REQUIRE(f.recommendations.size() == 3);
  CHECK(f.recommendations[0].number == 1);
  CHECK(f.recommendations[0].title == "Invest in skills.");
  CHECK(f.recommendations[0].text == "Invest in skills. Partnerships help.");
  CHECK(f.recommendations[0].blocks == std::vector<std::string>{"b4"});
  CHECK(f.recommendations[1].number == 2);
  CHECK(f.recommendations[1].title == "Open regular pathways.");
  CHECK(f.recommendations[1].page == 5);
  CHECK(f.recommendations[2].number == 3);
  CHECK(f.recommendations[2].text == "Without a number. It takes the running count.");
  CHECK(f.recommendations[2].title == "Without a number.");
  CHECK(f.recommendations[2].blocks == std::vector<std::string>{"b8"});
}

TEST_CASE("findings: a higher-ranked heading also closes the section") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Key messages"),
      block("b2", 1, "list_item", 0, "1. First message. Detail."),
      block("b3", 2, "heading", 1, "Part two"),
      block("b4", 2, "list_item", 0, "2. Outside."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 1);
  CHECK(f.key_messages[0].title == "First message.");
  CHECK(f.key_message_cues == std::vector<std::string>{"b1"});
}

TEST_CASE("findings: key messages and recommendations in one document (es)") {
  DocumentRecord r;
  r.language = "es";
  r.blocks = {
      block("b1", 1, "heading", 1, "Mensajes clave"),
      block("b2", 1, "list_item", 0, "1. La migración es un motor de desarrollo. Hay datos."),
      block("b3", 1, "list_item", 0, "2. Se necesitan alianzas. Con el sector privado."),
      block("b4", 2, "heading", 1, "Recomendaciones"),
      block("b5", 2, "list_item", 0, "1) Mejorar los datos. Para decidir mejor."),
      block("b6", 3, "heading", 1, "Anexo"),
      block("b7", 3, "list_item", 0, "1) Fuera."),
  };
  const Findings f = find_findings(r, table("es"));
  REQUIRE(f.key_messages.size() == 2);
  CHECK(f.key_messages[0].number == 1);
  CHECK(f.key_messages[0].title == "La migración es un motor de desarrollo.");
  CHECK(f.key_messages[1].number == 2);
  CHECK(f.key_messages[1].text == "Se necesitan alianzas. Con el sector privado.");
  REQUIRE(f.recommendations.size() == 1);
  CHECK(f.recommendations[0].number == 1);
  CHECK(f.recommendations[0].title == "Mejorar los datos.");
  CHECK(f.recommendations[0].blocks == std::vector<std::string>{"b5"});
  CHECK(f.key_message_cues == std::vector<std::string>{"b1"});
  CHECK(f.recommendation_cues == std::vector<std::string>{"b4"});
}

TEST_CASE("findings: a long paragraph mentioning a cue does not open a list") {
  DocumentRecord r;
  std::string long_text(300, 'x');
  long_text = "The recommendations of the previous workshop were recalled. " + long_text;
  r.blocks = {
      block("b1", 1, "paragraph", 0, long_text),
      block("b2", 1, "list_item", 0, "1. Not a recommendation."),
  };
  const Findings f = find_findings(r, table("en"));
  CHECK(f.recommendations.empty());
  CHECK(f.recommendation_cues.empty());
}

TEST_CASE("findings: cues of the record's language only") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 1, "Recommandations"),
      block("b2", 1, "list_item", 0, "1) Investir dans les compétences."),
  };
  CHECK(find_findings(r, table("en")).recommendations.empty());
  const Findings fr = find_findings(r, table("fr"));
  REQUIRE(fr.recommendations.size() == 1);
  CHECK(fr.recommendations[0].text == "Investir dans les compétences.");
}
