#pragma once

#include <string>
#include <vector>

#include "model/people.hpp"

namespace idm {

/// people.json: the run's registry of persons, with every appearance.
std::string dump_people(const std::vector<Person>& people);

}  // namespace idm
