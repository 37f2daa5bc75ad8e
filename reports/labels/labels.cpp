#include "reports/labels.hpp"

namespace idm {

std::span<const ReportLabels* const> all_report_labels() {
  static const ReportLabels* const kAll[] = {&kLabelsEn, &kLabelsFr, &kLabelsEs};
  return kAll;
}

const ReportLabels& report_labels(std::string_view language) {
  for (const ReportLabels* labels : all_report_labels())
    if (labels->code == language) return *labels;
  return kLabelsEn;
}

}  // namespace idm
