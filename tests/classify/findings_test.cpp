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

namespace {

// A block whose first |bold| of |words| printed words are bold.
Block typed(std::string id, std::string kind, std::string text, int words, int bold) {
  Block b = block(std::move(id), 1, std::move(kind), 0, std::move(text));
  b.words = words;
  b.bold_lead_words = bold;
  return b;
}

}  // namespace

TEST_CASE("findings: section titles are read by their head words, loosely") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Main takeaways"),
      block("b2", 1, "list_item", 0, "1. Data matter. Details."),
      block("b3", 2, "heading", 2, "What we recommend: recommendations for the region"),
      block("b4", 2, "list_item", 0, "a) Share data. Details."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 1);
  REQUIRE(f.recommendations.size() == 1);
  CHECK(f.recommendations[0].title == "Share data.");

  DocumentRecord es;
  es.language = "es";
  es.blocks = {block("b1", 1, "heading", 2, "Recomendaciones finales del taller"),
               block("b2", 1, "list_item", 0, "(2) Compartir datos. Detalles.")};
  const Findings fe = find_findings(es, table("es"));
  REQUIRE(fe.recommendations.size() == 1);
  CHECK(fe.recommendations[0].number == 2);
  CHECK(fe.recommendations[0].text == "Compartir datos. Detalles.");
}

TEST_CASE("findings: paragraphs opening with a bold lead sentence are items") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Key messages"),
      typed("b2", "paragraph", "Cities act first. They host most newcomers.", 7, 3),
      // All in regular type: prose between the items, not an item.
      typed("b3", "paragraph", "Some context follows. It is not a message.", 8, 0),
      // Bold beyond the lead sentence: not a lead.
      typed("b4", "paragraph", "Short. Then a long run of bold words here.", 9, 9 - 1),
      typed("b5", "paragraph", "Data guide policy in the long run. Surveys help.", 10, 8),
      block("b6", 2, "heading", 2, "Closing"),
      typed("b7", "paragraph", "Thanks go to all. The hosts were generous.", 8, 4),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 2);
  CHECK(f.key_messages[0].number == 1);
  CHECK(f.key_messages[0].title == "Cities act first.");
  CHECK(f.key_messages[0].text == "Cities act first. They host most newcomers.");
  CHECK(f.key_messages[1].number == 2);
  CHECK(f.key_messages[1].blocks == std::vector<std::string>{"b5"});
}

TEST_CASE("findings: a numbered bold lead standing alone takes the paragraph after it") {
  DocumentRecord r;
  r.language = "fr";
  r.blocks = {
      block("b1", 1, "heading", 2, "Recommandations"),
      block("b2", 1, "paragraph", 0,
            "Les participants ont formulé les recommandations suivantes :"),
      typed("b3", "list_item", "1. Investir dans les données.", 5, 5),
      typed("b4", "paragraph", "Les enquêtes restent rares. Il faut les financer.", 8, 0),
      block("b5", 1, "heading", 3, "2. Ouvrir des voies régulières."),
      typed("b6", "paragraph", "Plusieurs États le font déjà.", 5, 0),
      typed("b7", "paragraph", "Une remarque générale clôt la section.", 6, 0),
  };
  const Findings f = find_findings(r, table("fr"));
  CHECK(f.recommendation_cues == std::vector<std::string>{"b1", "b2"});
  REQUIRE(f.recommendations.size() == 2);
  CHECK(f.recommendations[0].number == 1);
  CHECK(f.recommendations[0].title == "Investir dans les données.");
  CHECK(f.recommendations[0].text ==
        "Investir dans les données. Les enquêtes restent rares. Il faut les financer.");
  CHECK(f.recommendations[0].blocks == std::vector<std::string>{"b3", "b4"});
  CHECK(f.recommendations[1].number == 2);
  CHECK(f.recommendations[1].title == "Ouvrir des voies régulières.");
  CHECK(f.recommendations[1].text == "Ouvrir des voies régulières. Plusieurs États le font déjà.");
}

TEST_CASE("findings: an item broken by a column or page goes on in the next block") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Recommendations"),
      block("b2", 1, "list_item", 0, "1. Fund the surveys. They are rare and"),
      block("b3", 2, "paragraph", 0, "often late."),
      block("b4", 2, "list_item", 0, "2. Open pathways."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.recommendations.size() == 2);
  CHECK(f.recommendations[0].text == "Fund the surveys. They are rare and often late.");
  CHECK(f.recommendations[0].blocks == std::vector<std::string>{"b2", "b3"});
}

TEST_CASE("findings: a sentence naming a section opens it only for the items right after it") {
  // Table-of-contents entries name the sections but are followed by other entries.
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "paragraph", 0, "Key messages"),
      block("b2", 1, "paragraph", 0, "Annex I: Agenda"),
      block("b3", 2, "list_item", 0, "1. Not a message."),
  };
  const Findings f = find_findings(r, table("en"));
  CHECK(f.key_messages.empty());
}

TEST_CASE("findings: runs of parallel items under titles no cue names") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Background"),
      block("b2", 1, "paragraph", 0, "Some prose."),
      block("b3", 1, "list_item", 0, "1. Not under its heading: prose came first."),
      block("b4", 2, "heading", 2, "What stood out"),
      block("b5", 2, "paragraph", 0, "Three points emerged:"),
      block("b6", 2, "list_item", 0, "(a) Cities matter. Detail."),
      block("b7", 2, "list_item", 0, "(b) Data matter. Detail."),
      block("b8", 2, "list_item", 0, "(c) People matter. Detail."),
      block("b9", 3, "heading", 2, "Looking ahead"),
      typed("b10", "paragraph", "Fund the surveys. They are rare.", 6, 3),
      typed("b11", "paragraph", "Open pathways. They save lives.", 5, 2),
      typed("b12", "paragraph", "Train the staff. They ask for it.", 7, 3),
      block("b13", 4, "heading", 2, "Guiding questions"),
      block("b14", 4, "list_item", 0, "1. What works?"),
      block("b15", 4, "list_item", 0, "2. Who pays?"),
      block("b16", 4, "list_item", 0, "3. How fast?"),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 3);
  CHECK(f.key_messages[1].number == 2);
  CHECK(f.key_messages[1].title == "Data matter.");
  CHECK(f.key_message_cues == std::vector<std::string>{"b4"});
  REQUIRE(f.recommendations.size() == 3);
  CHECK(f.recommendations[2].title == "Train the staff.");

  // Two items are not a run; bullets list anything.
  r.blocks = {block("b1", 1, "heading", 2, "Notes"),
              block("b2", 1, "list_item", 0, "1. One. Detail."),
              block("b3", 1, "list_item", 0, "2. Two. Detail."),
              block("b4", 2, "heading", 2, "Partners"),
              block("b5", 2, "list_item", 0, "Cities. Detail."),
              block("b6", 2, "list_item", 0, "Regions. Detail."),
              block("b7", 2, "list_item", 0, "States. Detail.")};
  const Findings none = find_findings(r, table("en"));
  CHECK(none.key_messages.empty());
  CHECK(none.recommendations.empty());
}

TEST_CASE("findings: an unnamed run after named key messages holds the recommendations") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Key messages"),
      block("b2", 1, "list_item", 0, "1) One. Detail."),
      block("b3", 2, "heading", 2, "Next steps"),
      block("b4", 2, "list_item", 0, "1) Act. Detail."),
      block("b5", 2, "list_item", 0, "2) Fund. Detail."),
      block("b6", 2, "list_item", 0, "3) Train. Detail."),
  };
  const Findings f = find_findings(r, table("en"));
  CHECK(f.key_messages.size() == 1);
  REQUIRE(f.recommendations.size() == 3);
  CHECK(f.recommendation_cues == std::vector<std::string>{"b3"});
}

TEST_CASE("findings: unnamed runs must be sentences, and not in a concept note") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Aims"),
      block("b2", 1, "list_item", 0, "1. to map the partnerships;"),
      block("b3", 1, "list_item", 0, "2. to share the practices;"),
      block("b4", 1, "list_item", 0, "3. to agree on next steps."),
  };
  CHECK(find_findings(r, table("en")).key_messages.empty());

  r.blocks = {
      block("b1", 1, "heading", 2, "Expected outcomes"),
      block("b2", 1, "list_item", 0, "1. A map of partnerships."),
      block("b3", 1, "list_item", 0, "2. A set of practices."),
      block("b4", 1, "list_item", 0, "3. A list of next steps."),
  };
  CHECK(find_findings(r, table("en")).key_messages.size() == 3);
  r.doc_type = "concept_note";
  CHECK(find_findings(r, table("en")).key_messages.empty());
}

TEST_CASE("findings: a titled, announced section of plain paragraphs lists one item each") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Recommendations"),
      block("b2", 1, "paragraph", 0, "These proposals were made:"),
      block("b3", 1, "paragraph", 0, "Fund the surveys. They are rare."),
      block("b4", 1, "paragraph", 0, "Open pathways. They save lives."),
      block("b5", 2, "heading", 2, "A message from the chair"),
      block("b6", 2, "paragraph", 0, "Welcome to all. The hosts were generous."),
      block("b7", 2, "paragraph", 0, "Thanks again. See you next year."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.recommendations.size() == 2);
  CHECK(f.recommendations[1].number == 2);
  CHECK(f.recommendations[1].title == "Open pathways.");
  // Without a sentence announcing a list, prose stays prose.
  CHECK(f.key_messages.empty());
}

TEST_CASE("findings: an enumerator set apart from its text still numbers the item") {
  // The labels come out as blocks of their own (a hanging indent read as a column, or a
  // table of two columns), between items printed whole.
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Recommendations"),
      block("b2", 1, "list_item", 0, "1) Map the routes. More text."),
      block("b3", 1, "paragraph", 0, "2)"),
      block("b4", 1, "paragraph", 0, "Share the data. More text."),
      block("b5", 1, "furniture", 0, "Page 1"),
      block("b6", 2, "table_cell", 0, "(3)"),
      block("b7", 2, "table_cell", 0, "Train the staff. More text."),
      block("b8", 2, "list_item", 0, "4) Fund the work. More text."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.recommendations.size() == 4);
  CHECK(f.recommendations[1].number == 2);
  CHECK(f.recommendations[1].title == "Share the data.");
  CHECK(f.recommendations[1].blocks == std::vector<std::string>{"b3", "b4"});
  CHECK(f.recommendations[2].number == 3);
  CHECK(f.recommendations[2].title == "Train the staff.");
  CHECK(f.recommendations[3].number == 4);
}

TEST_CASE("findings: an item whose enumerator was lost between two numbered ones") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Key messages"),
      block("b2", 1, "list_item", 0, "a) Cities matter. Detail."),
      block("b3", 1, "list_item", 0, "b) Data matter. Detail."),
      block("b4", 1, "paragraph", 0, "People matter. Detail."),
      block("b5", 1, "list_item", 0, "d) Time matters. Detail."),
      block("b6", 1, "paragraph", 0, "A remark between items."),
      block("b7", 1, "list_item", 0, "e) Money matters. Detail."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 5);
  CHECK(f.key_messages[2].number == 3);
  CHECK(f.key_messages[2].title == "People matter.");
  CHECK(f.key_messages[2].blocks == std::vector<std::string>{"b4"});
  // Consecutive numbers: the paragraph between them is not an item.
  CHECK(f.key_messages[4].title == "Money matters.");
}

TEST_CASE("findings: a lead broken over lines and read as a heading joins its sentence") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Key messages"),
      block("b2", 1, "paragraph", 0, "1)"),
      block("b3", 1, "heading", 3, "Local authorities should co-"),
      block("b4", 1, "furniture", 0, "1"),
      block("b5", 2, "paragraph", 0, "ordinate their plans. Many already do."),
      block("b6", 2, "list_item", 0, "2) Data"),
      block("b7", 2, "paragraph", 0, "matter to everyone. Detail."),
      block("b8", 2, "list_item", 0, "3) Time matters. Detail."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 3);
  CHECK(f.key_messages[0].number == 1);
  CHECK(f.key_messages[0].title == "Local authorities should coordinate their plans.");
  CHECK(f.key_messages[0].blocks == std::vector<std::string>{"b2", "b3", "b5"});
  // A list item whose lead goes on in the next block takes the whole lead as its title.
  CHECK(f.key_messages[1].title == "Data matter to everyone.");
  CHECK(f.key_messages[1].text == "Data matter to everyone. Detail.");

  // A heading before a lettered item is no broken lead.
  r.blocks = {
      block("b1", 1, "heading", 2, "Key messages"),
      block("b2", 1, "list_item", 0, "a) cities matter."),
  };
  CHECK(find_findings(r, table("en")).key_messages.size() == 1);
}

TEST_CASE("findings: plain paragraphs announced under an unnamed title, saying what to do") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Points retenus"),
      block("b2", 1, "list_item", 0, "(1) Les villes comptent. Détail."),
      block("b3", 1, "list_item", 0, "(2) Les données comptent. Détail."),
      block("b4", 1, "list_item", 0, "(3) Les personnes comptent. Détail."),
      block("b5", 2, "heading", 2, "Pistes pour demain"),
      block("b6", 2, "paragraph", 0, "Les échanges ont fait ressortir ce qui suit :"),
      block("b7", 2, "paragraph", 0, "Les États devraient financer les enquêtes. Détail."),
      block("b8", 2, "paragraph", 0, "Il convient d'ouvrir des voies régulières. Détail."),
      block("b9", 2, "paragraph", 0, "Les villes coopèrent déjà. Détail."),
      block("b10", 2, "paragraph", 0, "Les employeurs doivent former le personnel. Détail."),
      block("b11", 3, "heading", 2, "Clôture"),
  };
  const Findings f = find_findings(r, table("fr"));
  CHECK(f.key_messages.size() == 3);
  REQUIRE(f.recommendations.size() == 4);
  CHECK(f.recommendations[0].title == "Les États devraient financer les enquêtes.");
  CHECK(f.recommendations[3].number == 4);
  CHECK(f.recommendation_cues == std::vector<std::string>{"b5"});

  // Not announced, or not mostly directive: prose.
  r.blocks[5].text = "Les échanges ont été riches.";
  CHECK(find_findings(r, table("fr")).recommendations.empty());
  r.blocks[5].text = "Les échanges ont fait ressortir ce qui suit :";
  r.blocks[6].text = "Les États financent les enquêtes. Détail.";
  r.blocks[7].text = "La séance a été ouverte par le Président. Détail.";
  CHECK(find_findings(r, table("fr")).recommendations.empty());
}

TEST_CASE("findings: a running head left in the text does not end a list") {
  DocumentRecord r;
  r.blocks = {
      block("b1", 1, "heading", 2, "Conclusions"),
      block("b2", 1, "paragraph", 0, "This chapter gathers what was shared."),
      block("b3", 1, "list_item", 0, "(1) Cities matter. Detail."),
      block("b4", 1, "list_item", 0, "(2) Data matter. Detail goes"),
      block("b5", 2, "paragraph", 0, "Conclusions"),
      block("b6", 2, "paragraph", 0, "on over the page."),
      block("b7", 2, "list_item", 0, "(3) People matter. Detail."),
  };
  const Findings f = find_findings(r, table("en"));
  REQUIRE(f.key_messages.size() == 3);
  CHECK(f.key_messages[1].text == "Data matter. Detail goes on over the page.");
}
