// The field table: every field of every dialect (docs/fields.md is generated from it). Adding a
// field or a limit is one line here.
#include "fields.hpp"

#include <iterator>
#include <utility>

namespace ijl {
namespace {

// Fluent construction keeps each row of the table on one line.
struct F {
  FieldSpec s;
  F(FieldId id, std::string_view camel, std::string_view snake, Type t) {
    s.id = id;
    s.camel = camel;
    s.snake = snake;
    s.type = t;
  }
  F&& req(Required r = Required::Yes) && { s.required = r; return std::move(*this); }
  F&& range(std::optional<double> lo, std::optional<double> hi) && { s.min = lo; s.max = hi; return std::move(*this); }
  F&& len(std::optional<std::uint32_t> lo, std::optional<std::uint32_t> hi) && { s.min_len = lo; s.max_len = hi; return std::move(*this); }
  F&& pat(Pattern p) && { s.pattern = p; return std::move(*this); }
  F&& one_of(std::vector<std::string_view> v) && { s.enum_values = std::move(v); return std::move(*this); }
  F&& arn(ArnKind a) && { s.arn = a; return std::move(*this); }
  F&& fields(std::vector<FieldSpec> c) && { s.children = std::move(c); return std::move(*this); }
  F&& of(FieldSpec item) && { s.item = std::make_shared<const FieldSpec>(std::move(item)); return std::move(*this); }
  F&& keys(FieldSpec k) && { s.key = std::make_shared<const FieldSpec>(std::move(k)); return std::move(*this); }
  operator FieldSpec() && { return std::move(s); }
};

F item(FieldId id, Type t) { return F(id, "", "", t); }

using T = Type;
using I = FieldId;

F description() {
  return F(I::Description, "description", "description", T::String).len({}, 2028).pat(Pattern::NoControl);
}

F document_source() { return F(I::DocumentSource, "documentSource", "document_source", T::String).len(1, 1350); }

F document() { return F(I::Document, "document", "document", T::String).len({}, 32768); }

F job_template_id() {
  return F(I::JobTemplateId, "jobTemplateId", "job_template_id", T::String).len(1, 64).pat(Pattern::Id);
}

FieldSpec presigned_url_config() {
  return F(I::PresignedUrlConfig, "presignedUrlConfig", "presigned_url_config", T::Structure).fields({
    F(I::RoleArn, "roleArn", "role_arn", T::String).len(20, 2048).arn(ArnKind::Role),
    F(I::ExpiresInSec, "expiresInSec", "expires_in_sec", T::Long),  // 60..3600 is IJ103
  });
}

FieldSpec rollout_config() {
  return F(I::RolloutConfig, "jobExecutionsRolloutConfig", "job_executions_rollout_config", T::Structure).fields({
    F(I::MaximumPerMinute, "maximumPerMinute", "maximum_per_minute", T::Integer).range(1, 1000),
    F(I::ExponentialRate, "exponentialRate", "exponential_rate", T::Structure).fields({
      F(I::BaseRatePerMinute, "baseRatePerMinute", "base_rate_per_minute", T::Integer).req().range(1, 1000),
      F(I::IncrementFactor, "incrementFactor", "increment_factor", T::Double).req().range(1.1, 5),
      F(I::RateIncreaseCriteria, "rateIncreaseCriteria", "rate_increase_criteria", T::Structure).req().fields({
        F(I::NumberOfNotifiedThings, "numberOfNotifiedThings", "number_of_notified_things", T::Integer).range(1, {}),
        F(I::NumberOfSucceededThings, "numberOfSucceededThings", "number_of_succeeded_things", T::Integer).range(1, {}),
      }),
    }),
  });
}

FieldSpec abort_config() {
  return F(I::AbortConfig, "abortConfig", "abort_config", T::Structure).fields({
    F(I::AbortCriteriaList, "criteriaList", "criteria_list", T::List).req().len(1, {}).of(item(I::AbortCriterion, T::Structure).fields({
      F(I::AbortFailureType, "failureType", "failure_type", T::String).req().one_of({"FAILED", "REJECTED", "TIMED_OUT", "ALL"}),
      F(I::AbortAction, "action", "action", T::String).req().one_of({"CANCEL"}),
      F(I::ThresholdPercentage, "thresholdPercentage", "threshold_percentage", T::Double).req().range(0, 100),
      F(I::MinNumberOfExecutedThings, "minNumberOfExecutedThings", "min_number_of_executed_things", T::Integer).req().range(1, {}),
    })),
  });
}

FieldSpec timeout_config() {
  return F(I::TimeoutConfig, "timeoutConfig", "timeout_config", T::Structure).fields({
    F(I::InProgressTimeout, "inProgressTimeoutInMinutes", "in_progress_timeout_in_minutes", T::Long),  // IJ104
  });
}

FieldSpec retry_config() {
  return F(I::RetryConfig, "jobExecutionsRetryConfig", "job_executions_retry_config", T::Structure).fields({
    F(I::RetryCriteriaList, "criteriaList", "criteria_list", T::List).req().len(1, 2).of(item(I::RetryCriterion, T::Structure).fields({
      F(I::RetryFailureType, "failureType", "failure_type", T::String).req().one_of({"FAILED", "TIMED_OUT", "ALL"}),
      F(I::NumberOfRetries, "numberOfRetries", "number_of_retries", T::Integer).req().range(0, 10),
    })),
  });
}

FieldSpec maintenance_windows() {
  return F(I::MaintenanceWindows, "maintenanceWindows", "maintenance_windows", T::List).of(item(I::MaintenanceWindow, T::Structure).fields({
    F(I::WindowStartTime, "startTime", "start_time", T::String).req().len(1, 256),
    F(I::DurationInMinutes, "durationInMinutes", "duration_in_minutes", T::Integer).req().range(1, 1430),
  }));
}

// more than 25 items is IJ107, not IJ202
FieldSpec package_versions() {
  return F(I::DestinationPackageVersions, "destinationPackageVersions", "destination_package_versions", T::List)
      .of(item(I::PackageVersion, T::String).len(1, 1600).arn(ArnKind::PackageVersion));
}

FieldSpec tags() {
  return F(I::Tags, "tags", "tags", T::List).len({}, 50).of(item(I::Tag, T::Structure).fields({
    F(I::TagKey, "Key", "Key", T::String).req().len(1, 128).pat(Pattern::TagKey),
    F(I::TagValue, "Value", "Value", T::String).len(0, 256),
  }));
}

std::vector<FieldSpec> body(bool record) {
  std::vector<FieldSpec> v = {
    F(I::JobId, "jobId", "job_id", T::String).req(record ? Required::Yes : Required::CreateJobOnly).len(1, 64).pat(Pattern::Id),
    F(I::Targets, "targets", "targets", T::List).req(Required::CreateJobOnly).len(1, {}).of(item(I::Target, T::String).len({}, 2048).arn(ArnKind::Target)),
    description(),
    presigned_url_config(),
    F(I::TargetSelection, "targetSelection", "target_selection", T::String).one_of({"CONTINUOUS", "SNAPSHOT"}),
    rollout_config(),
    abort_config(),
    timeout_config(),
    F(I::NamespaceId, "namespaceId", "namespace_id", T::String).pat(Pattern::Id),
    F(I::JobTemplateArn, "jobTemplateArn", "job_template_arn", T::String).len(1, 1600).arn(ArnKind::JobTemplate),
    retry_config(),
    F(I::DocumentParameters, "documentParameters", "document_parameters", T::Map)
        .keys(item(I::DocumentParameterKey, T::String).len(1, 128).pat(Pattern::Id))
        .of(item(I::DocumentParameter, T::String).len(1, 30720).pat(Pattern::NoControl)),
    F(I::SchedulingConfig, "schedulingConfig", "scheduling_config", T::Structure).fields({
      F(I::StartTime, "startTime", "start_time", T::String).len(1, 64),
      F(I::EndTime, "endTime", "end_time", T::String).len(1, 64),
      F(I::EndBehavior, "endBehavior", "end_behavior", T::String).one_of({"STOP_ROLLOUT", "CANCEL", "FORCE_CANCEL"}),
      maintenance_windows(),
    }),
    package_versions(),
  };
  if (record) {
    std::vector<FieldSpec> extra = {
      F(I::JobArn, "jobArn", "job_arn", T::String).arn(ArnKind::Job),
      F(I::Status, "status", "status", T::String).one_of({"IN_PROGRESS", "CANCELED", "COMPLETED", "DELETION_IN_PROGRESS", "SCHEDULED"}),
      F(I::ForceCanceled, "forceCanceled", "force_canceled", T::Boolean),
      F(I::ReasonCode, "reasonCode", "reason_code", T::String).len({}, 128).pat(Pattern::ReasonCode),
      F(I::Comment, "comment", "comment", T::String).len({}, 2028).pat(Pattern::NoControl),
      F(I::CreatedAt, "createdAt", "created_at", T::Timestamp),
      F(I::LastUpdatedAt, "lastUpdatedAt", "last_updated_at", T::Timestamp),
      F(I::CompletedAt, "completedAt", "completed_at", T::Timestamp),
      F(I::JobProcessDetails, "jobProcessDetails", "job_process_details", T::Structure).fields({
        F(I::ProcessingTargets, "processingTargets", "processing_targets", T::List).of(item(I::ProcessingTarget, T::String)),
        F(I::CanceledThings, "numberOfCanceledThings", "number_of_canceled_things", T::Integer),
        F(I::SucceededThings, "numberOfSucceededThings", "number_of_succeeded_things", T::Integer),
        F(I::FailedThings, "numberOfFailedThings", "number_of_failed_things", T::Integer),
        F(I::RejectedThings, "numberOfRejectedThings", "number_of_rejected_things", T::Integer),
        F(I::QueuedThings, "numberOfQueuedThings", "number_of_queued_things", T::Integer),
        F(I::InProgressThings, "numberOfInProgressThings", "number_of_in_progress_things", T::Integer),
        F(I::RemovedThings, "numberOfRemovedThings", "number_of_removed_things", T::Integer),
        F(I::TimedOutThings, "numberOfTimedOutThings", "number_of_timed_out_things", T::Integer),
      }),
      F(I::IsConcurrent, "isConcurrent", "is_concurrent", T::Boolean),
      F(I::ScheduledJobRollouts, "scheduledJobRollouts", "scheduled_job_rollouts", T::List).of(item(I::ScheduledJobRollout, T::Structure).fields({
        F(I::RolloutStartTime, "startTime", "start_time", T::String).len(1, 64),
      })),
    };
    for (auto& f : extra) v.push_back(std::move(f));
  } else {
    std::vector<FieldSpec> extra = {
      document_source(),
      document(),
      tags(),
    };
    for (auto& f : extra) v.push_back(std::move(f));
  }
  return v;
}

FieldSpec make_create_job() {
  return F(I::Root, "", "", T::Structure).fields(body(false));
}

FieldSpec make_record(bool catalog) {
  std::vector<FieldSpec> top = {
    document_source(),
    F(I::Job, "job", "job", T::Structure).req().fields(body(true)),
  };
  if (catalog) {
    top.push_back(F(I::AccountId, "", "account_id", T::String));
    top.push_back(F(I::CatalogTags, "", "tags", T::List).of(item(I::CatalogTag, T::String)));
  }
  return F(I::Root, "", "", T::Structure).fields(std::move(top));
}

// aws iot create-job-template: a template needs document or documentSource, or the jobArn
// of a job to copy (IJ301).
FieldSpec make_create_job_template() {
  return F(I::Root, "", "", T::Structure).fields({
    job_template_id().req(),
    F(I::JobArn, "jobArn", "job_arn", T::String).arn(ArnKind::Job),
    document_source(),
    document(),
    description().req(),
    presigned_url_config(),
    rollout_config(),
    abort_config(),
    timeout_config(),
    tags(),
    retry_config(),
    maintenance_windows(),
    package_versions(),
  });
}

// The response of aws iot describe-job-template.
FieldSpec make_describe_job_template() {
  return F(I::Root, "", "", T::Structure).fields({
    F(I::JobTemplateArn, "jobTemplateArn", "job_template_arn", T::String).len(1, 1600).arn(ArnKind::JobTemplate),
    job_template_id(),
    description(),
    document_source(),
    document(),
    F(I::CreatedAt, "createdAt", "created_at", T::Timestamp),
    presigned_url_config(),
    rollout_config(),
    abort_config(),
    timeout_config(),
    retry_config(),
    maintenance_windows(),
    package_versions(),
  });
}

#include "fields_cloudformation.inc"

// The field with `id` among `object`'s children (or its list's item), if any.
const FieldSpec* same_field(const FieldSpec& object, FieldId id) {
  for (const auto& c : object.children) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

bool is_number_type(Type t) { return t == Type::Integer || t == Type::Long || t == Type::Double; }

// CloudFormation's schema and the AWS IoT API each know limits the other does not (the
// schema: Tag Value at least 1 character, RoleArn required in PresignedUrlConfig; the API:
// incrementFactor at least 1.1, maximumPerMinute at most 1000): a template must pass both,
// so each limit is the stricter one and a field is required when either requires it. The
// ranges of expiresInSec and inProgressTimeoutInMinutes stay with IJ103 and IJ104.
void tighten(FieldSpec& cfn, const FieldSpec& api) {
  if (is_number_type(cfn.type) && is_number_type(api.type)) cfn.type = api.type;  // long vs integer
  if (cfn.id == FieldId::ExpiresInSec || cfn.id == FieldId::InProgressTimeout) {
    cfn.min = cfn.max = std::nullopt;
  }
  auto stricter = [](auto& mine, const auto& theirs, bool lower) {
    if (!theirs) return;
    if (!mine || (lower ? *theirs > *mine : *theirs < *mine)) mine = theirs;
  };
  stricter(cfn.min, api.min, true);
  stricter(cfn.max, api.max, false);
  stricter(cfn.min_len, api.min_len, true);
  stricter(cfn.max_len, api.max_len, false);
  if (cfn.pattern == Pattern::None) cfn.pattern = api.pattern;
  if (cfn.enum_values.empty()) cfn.enum_values = api.enum_values;
  if (cfn.arn == ArnKind::None) cfn.arn = api.arn;
  if (api.required == Required::Yes) cfn.required = Required::Yes;
  for (auto& c : cfn.children) {
    if (const FieldSpec* a = same_field(api, c.id)) tighten(c, *a);
  }
  if (cfn.item && api.item) {
    FieldSpec item = *cfn.item;
    tighten(item, *api.item);
    cfn.item = std::make_shared<const FieldSpec>(std::move(item));
  }
}

// One resource of a template, `Resources/NAME`: its Properties are the job template; the
// other resource attributes are CloudFormation's, and cfn-lint's to check.
FieldSpec make_cloudformation(const FieldSpec& create_job_template) {
  FieldSpec properties = cloudformation_properties();
  for (auto& c : properties.children) {
    if (const FieldSpec* a = same_field(create_job_template, c.id)) tighten(c, *a);
  }
  // the read-only Arn (describe-job-template's jobTemplateArn) has the API's form
  for (auto& c : properties.children) {
    if (c.id == FieldId::JobTemplateArn) c.arn = ArnKind::JobTemplate;
  }
  return F(I::Root, "", "", T::Structure).fields({
    F(I::CfnType, "Type", "", T::String).req().one_of({"AWS::IoT::JobTemplate"}),
    std::move(properties),
    F(I::CfnAttribute, "Condition", "", T::Any),
    F(I::CfnAttribute, "DependsOn", "", T::Any),
    F(I::CfnAttribute, "Metadata", "", T::Any),
    F(I::CfnAttribute, "DeletionPolicy", "", T::Any),
    F(I::CfnAttribute, "UpdateReplacePolicy", "", T::Any),
    F(I::CfnAttribute, "CreationPolicy", "", T::Any),
    F(I::CfnAttribute, "UpdatePolicy", "", T::Any),
  });
}

}  // namespace

const FieldSpec* FieldSpec::child(std::string_view k, Dialect d) const {
  for (const auto& c : children) {
    if (c.spelling(d) == k) return &c;
  }
  return nullptr;
}

const FieldSpec& schema(Dialect d) {
  static const FieldSpec create = make_create_job();
  static const FieldSpec describe = make_record(false);
  static const FieldSpec catalog = make_record(true);
  static const FieldSpec create_template = make_create_job_template();
  static const FieldSpec describe_template = make_describe_job_template();
  static const FieldSpec cloudformation = make_cloudformation(create_template);
  switch (d) {
    case Dialect::CreateJob: return create;
    case Dialect::DescribeJob: return describe;
    case Dialect::Catalog: return catalog;
    case Dialect::CreateJobTemplate: return create_template;
    case Dialect::DescribeJobTemplate: return describe_template;
    case Dialect::CloudFormation: return cloudformation;
  }
  return create;
}

namespace {
constexpr std::string_view kDialectNames[] = {"create-job",          "describe-job",          "catalog",
                                              "create-job-template", "describe-job-template", "cloudformation"};
}  // namespace

std::string_view dialect_name(Dialect d) { return kDialectNames[static_cast<std::size_t>(d)]; }

std::string_view type_name(Type t) {
  switch (t) {
    case Type::String: return "string";
    case Type::Integer: return "integer";
    case Type::Long: return "long";
    case Type::Double: return "double";
    case Type::Boolean: return "boolean";
    case Type::Timestamp: return "timestamp";
    case Type::Structure: return "structure";
    case Type::List: return "list";
    case Type::Map: return "map";
    case Type::Any: return "any";
  }
  return "";
}

std::string_view pattern_regex(Pattern p) {
  switch (p) {
    case Pattern::None: break;
    case Pattern::Id: return "[a-zA-Z0-9_-]+";
    case Pattern::NoControl: return "[^\\p{C}]+";
    case Pattern::TagKey: return "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$";
    case Pattern::ReasonCode: return "[\\p{Upper}\\p{Digit}_]+";
  }
  return "";
}

std::string_view arn_kind_name(ArnKind k) {
  switch (k) {
    case ArnKind::Target: return "thing or thing group ARN";
    case ArnKind::PackageVersion: return "package version ARN";
    case ArnKind::Role: return "IAM role ARN";
    case ArnKind::JobTemplate: return "job template ARN";
    case ArnKind::Job: return "job ARN";
    case ArnKind::None: break;
  }
  return "ARN";
}

std::optional<Dialect> parse_dialect(std::string_view s) {
  for (std::size_t i = 0; i < std::size(kDialectNames); ++i) {
    if (kDialectNames[i] == s) return static_cast<Dialect>(i);
  }
  return std::nullopt;
}

bool is_record(Dialect d) { return d == Dialect::DescribeJob || d == Dialect::Catalog || d == Dialect::DescribeJobTemplate; }

}  // namespace ijl
