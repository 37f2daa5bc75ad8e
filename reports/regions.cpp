// UN M49 regions (https://unstats.un.org/unsd/methodology/m49/) by ISO alpha-2 code.
// Debian packages no maintained M49 table (iso-codes has names and codes, no regions; CLDR's
// territory containment is not installed here), so this is a small data table copied from the
// M49 overview, with the Americas split in M49's two intermediate regions. Taiwan, which M49
// does not list, is put with Eastern Asia.

#include "reports/regions.hpp"

#include <utility>

namespace idm {

namespace {

// Space-separated codes per region.
constexpr std::pair<Region, std::string_view> kRegionCodes[] = {
    {Region::kAfrica,
     "DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO TF AO CM "
     "CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"},
    {Region::kLatinAmericaCaribbean,
     "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI BZ CR SV "
     "GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"},
    {Region::kNorthernAmerica, "BM CA GL PM US"},
    {Region::kAsia,
     "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP "
     "PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"},
    {Region::kEurope,
     "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI "
     "GR VA IT MT ME MK PT SM RS SI ES XK AT BE FR DE LI LU MC NL CH"},
    {Region::kOceania,
     "AU CX CC HM NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF"},
};

}  // namespace

Region region_of(std::string_view iso2) {
  if (iso2.size() != 2) return Region::kUnknown;
  for (const auto& [region, codes] : kRegionCodes) {
    for (std::size_t i = 0; i + 2 <= codes.size(); i += 3)
      if (codes.substr(i, 2) == iso2) return region;
  }
  return Region::kUnknown;
}

}  // namespace idm
