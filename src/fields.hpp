// The field table: every field of every dialect, both spellings, type, limits, required flag.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ijl {

enum class Dialect : std::uint8_t {
  CreateJob, DescribeJob, Catalog, CreateJobTemplate, DescribeJobTemplate, CloudFormation,
};
std::string_view dialect_name(Dialect d);
std::optional<Dialect> parse_dialect(std::string_view s);
// An existing job or template as AWS describes it (describe-job, catalog, describe-job-template):
// `null` means absent, and output fields belong.
bool is_record(Dialect d);

// One id per field of the job model; the same id in every dialect.
enum class FieldId : std::uint16_t {
  Root, Job, AccountId, CatalogTags, CatalogTag,
  JobId, Targets, Target, DocumentSource, Document, Description,
  PresignedUrlConfig, RoleArn, ExpiresInSec, TargetSelection,
  RolloutConfig, MaximumPerMinute, ExponentialRate, BaseRatePerMinute, IncrementFactor,
  RateIncreaseCriteria, NumberOfNotifiedThings, NumberOfSucceededThings,
  AbortConfig, AbortCriteriaList, AbortCriterion, AbortFailureType, AbortAction,
  ThresholdPercentage, MinNumberOfExecutedThings,
  TimeoutConfig, InProgressTimeout,
  Tags, Tag, TagKey, TagValue,
  NamespaceId, JobTemplateArn,
  RetryConfig, RetryCriteriaList, RetryCriterion, RetryFailureType, NumberOfRetries,
  DocumentParameters, DocumentParameter, DocumentParameterKey,
  SchedulingConfig, StartTime, EndTime, EndBehavior,
  MaintenanceWindows, MaintenanceWindow, WindowStartTime, DurationInMinutes,
  DestinationPackageVersions, PackageVersion,
  JobArn, Status, ForceCanceled, ReasonCode, Comment,
  CreatedAt, LastUpdatedAt, CompletedAt,
  JobProcessDetails, ProcessingTargets, ProcessingTarget,
  CanceledThings, SucceededThings, FailedThings, RejectedThings, QueuedThings,
  InProgressThings, RemovedThings, TimedOutThings,
  IsConcurrent, ScheduledJobRollouts, ScheduledJobRollout, RolloutStartTime,
  JobTemplateId, CfnType, CfnProperties, CfnAttribute,
};
// Keep equal to the last FieldId + 1: Job indexes its values by id.
inline constexpr std::size_t kFieldIdCount = static_cast<std::size_t>(FieldId::CfnAttribute) + 1;

// `Integer` is signed 32-bit, `Long` signed 64-bit, `Double` any number; `Any` takes any
// value and is not looked into (CloudFormation's own resource attributes).
enum class Type : std::uint8_t { String, Integer, Long, Double, Boolean, Timestamp, Structure, List, Map, Any };
// The API model's name of the type: "string", "integer", "long", "structure", …
std::string_view type_name(Type t);

enum class Pattern : std::uint8_t {
  None,
  Id,          // [a-zA-Z0-9_-]+
  NoControl,   // [^\p{C}]+
  TagKey,      // ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$
  ReasonCode,  // [\p{Upper}\p{Digit}_]+
};
// The pattern as the API model writes it (the comments above); empty for None.
std::string_view pattern_regex(Pattern p);

enum class ArnKind : std::uint8_t { None, Target, PackageVersion, Role, JobTemplate, Job };
// What an ARN of this kind names: "thing or thing group ARN", "IAM role ARN", …
std::string_view arn_kind_name(ArnKind k);

enum class Required : std::uint8_t { No, Yes, CreateJobOnly };

struct FieldSpec {
  FieldId id = FieldId::Root;
  std::string_view camel;  // empty for list items and map entries; PascalCase in CloudFormation
  std::string_view snake;
  Type type = Type::String;
  Required required = Required::No;
  std::optional<double> min, max;               // numbers
  std::optional<std::uint32_t> min_len, max_len;  // string characters or list items
  Pattern pattern = Pattern::None;
  std::vector<std::string_view> enum_values;
  ArnKind arn = ArnKind::None;
  std::vector<FieldSpec> children;     // Structure
  std::shared_ptr<const FieldSpec> item;  // List item, Map value
  std::shared_ptr<const FieldSpec> key;   // Map key

  std::string_view spelling(Dialect d) const { return d == Dialect::Catalog ? snake : camel; }
  bool is_required(Dialect d) const {
    return required == Required::Yes || (required == Required::CreateJobOnly && d == Dialect::CreateJob);
  }
  const FieldSpec* child(std::string_view key, Dialect d) const;
};

// The root structure of a dialect.
const FieldSpec& schema(Dialect d);

}  // namespace ijl
