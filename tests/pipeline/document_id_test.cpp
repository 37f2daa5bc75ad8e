// Document ids from file names: ASCII, accents folded, unique in a run.

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "pipeline/document_id.hpp"

using namespace idm;

TEST_CASE("document id: accents fold, spaces and punctuation become single dashes") {
  CHECK(document_id_from_path("IDM 2018 Genève-Agenda.pdf") == "idm-2018-geneve-agenda");
  CHECK(document_id_from_path("/data/in/Compte rendu  (final).PDF") == "compte-rendu-final");
  CHECK(document_id_from_path("  Résumé_Nueva York, año 2031 .pdf") ==
        "resume-nueva-york-ano-2031");
  CHECK(document_id_from_path("samples/idm-2031-report-en.pdf") == "idm-2031-report-en");
}

TEST_CASE("document id: only the file name counts, never empty") {
  CHECK(document_id_from_path("a/b/c/report.pdf") == "report");
  CHECK(document_id_from_path("###.pdf") == "document");
  CHECK(document_id_from_path("") == "document");
  CHECK(document_id_from_path("ÉTATS.pdf") == "etats");
}

TEST_CASE("document id: claim_unique_id numbers repeats") {
  std::set<std::string> taken;
  CHECK(claim_unique_id("agenda", taken) == "agenda");
  CHECK(claim_unique_id("agenda", taken) == "agenda-2");
  CHECK(claim_unique_id("agenda", taken) == "agenda-3");
  CHECK(claim_unique_id("report", taken) == "report");
  CHECK(taken == std::set<std::string>{"agenda", "agenda-2", "agenda-3", "report"});
}

TEST_CASE("document id: two names that fold alike get distinct ids") {
  std::set<std::string> taken;
  const std::string a = claim_unique_id(document_id_from_path("Genève agenda.pdf"), taken);
  const std::string b = claim_unique_id(document_id_from_path("geneve-agenda.pdf"), taken);
  CHECK(a == "geneve-agenda");
  CHECK(b == "geneve-agenda-2");
}
