#pragma once
// The workshops of a run: the events of every record grouped by slug, each with the documents
// that describe it. A yearly report describes two workshops and belongs to both.

#include <string>
#include <vector>

#include "model/document_record.hpp"

namespace idm {

struct Workshop {
  Event event;                    // merged: the fullest value of each field
  std::vector<size_t> documents;  // indices into the records, in record order
};

/// Two different workshops of one run in the same month and city get the same contract slug
/// (year-month-city); each then takes its start day as well ("2030-09-09-geneva" and
/// "2030-09-19-geneva"), in its events and in the sessions that name it, whatever the order
/// of |records|. An event without a day (a concept note's "September 2030") joins the one
/// workshop of its theme, else keeps the plain slug. Slugs without a collision keep the
/// contract's shape. Returns the indices of the records changed.
std::vector<size_t> distinguish_workshop_slugs(std::vector<DocumentRecord>& records);

/// Workshops by slug (sorted by start date, then slug). Records without events are left out.
std::vector<Workshop> group_workshops(const std::vector<DocumentRecord>& records);

/// The sessions of |record| that belong to |slug| (all of them when the record has a single
/// event and its sessions name none).
std::vector<const Session*> sessions_of(const DocumentRecord& record, const std::string& slug);

}  // namespace idm
