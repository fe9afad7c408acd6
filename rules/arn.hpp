// ARN parsing for IJ205 (form), IJ307 (managed templates) and IJ310 (one job's ARNs agree).
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

// An ARN in the form of an AWS managed job template, arn:{partition}:iot:{region}::jobtemplate/…:
// six parts with an empty account. Whatever else is wrong with it is IJ205's to report.
bool has_managed_template_form(std::string_view s);

// A region like us-east-1: [a-z]{2}(-gov)?-[a-z]+-[0-9].
bool is_region(std::string_view r);

}  // namespace ijl::rules
