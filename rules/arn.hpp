// ARN parsing for IJ205 (form) and IJ310 (one job's ARNs agree).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "fields.hpp"

namespace ijl::rules {

struct Arn {
  std::string_view partition, service, region, account, resource;
};

// Splits `arn:partition:service:region:account:resource` (the resource may hold colons).
std::optional<Arn> split_arn(std::string_view s);

// Why `s` is not a well-formed ARN of `kind`, naming the part that is wrong; nullopt when it is.
std::optional<std::string> arn_problem(std::string_view s, ArnKind kind);

// An AWS managed job template: arn:{partition}:iot:{region}::jobtemplate/AWS-{name}:{version}.
bool is_managed_template(std::string_view s);

}  // namespace ijl::rules
