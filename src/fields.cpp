// The field table: every field of every dialect (docs/fields.md is generated from it). Adding a
// field or a limit is one line here.
#include "fields.hpp"

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

std::vector<FieldSpec> body(bool record) {
  std::vector<FieldSpec> v = {
    F(I::JobId, "jobId", "job_id", T::String).req(record ? Required::Yes : Required::CreateJobOnly).len(1, 64).pat(Pattern::Id),
    F(I::Targets, "targets", "targets", T::List).req(Required::CreateJobOnly).len(1, {}).of(item(I::Target, T::String).len({}, 2048).arn(ArnKind::Target)),
    F(I::Description, "description", "description", T::String).len({}, 2028).pat(Pattern::NoControl),
    F(I::PresignedUrlConfig, "presignedUrlConfig", "presigned_url_config", T::Structure).fields({
      F(I::RoleArn, "roleArn", "role_arn", T::String).len(20, 2048).arn(ArnKind::Role),
      F(I::ExpiresInSec, "expiresInSec", "expires_in_sec", T::Long),  // 60..3600 is IJ103
    }),
    F(I::TargetSelection, "targetSelection", "target_selection", T::String).one_of({"CONTINUOUS", "SNAPSHOT"}),
    F(I::RolloutConfig, "jobExecutionsRolloutConfig", "job_executions_rollout_config", T::Structure).fields({
      F(I::MaximumPerMinute, "maximumPerMinute", "maximum_per_minute", T::Integer).range(1, 1000),
      F(I::ExponentialRate, "exponentialRate", "exponential_rate", T::Structure).fields({
        F(I::BaseRatePerMinute, "baseRatePerMinute", "base_rate_per_minute", T::Integer).req().range(1, 1000),
        F(I::IncrementFactor, "incrementFactor", "increment_factor", T::Double).req().range(1.1, 5),
        F(I::RateIncreaseCriteria, "rateIncreaseCriteria", "rate_increase_criteria", T::Structure).req().fields({
          F(I::NumberOfNotifiedThings, "numberOfNotifiedThings", "number_of_notified_things", T::Integer).range(1, {}),
          F(I::NumberOfSucceededThings, "numberOfSucceededThings", "number_of_succeeded_things", T::Integer).range(1, {}),
        }),
      }),
    }),
    F(I::AbortConfig, "abortConfig", "abort_config", T::Structure).fields({
      F(I::AbortCriteriaList, "criteriaList", "criteria_list", T::List).req().len(1, {}).of(item(I::AbortCriterion, T::Structure).fields({
        F(I::AbortFailureType, "failureType", "failure_type", T::String).req().one_of({"FAILED", "REJECTED", "TIMED_OUT", "ALL"}),
        F(I::AbortAction, "action", "action", T::String).req().one_of({"CANCEL"}),
        F(I::ThresholdPercentage, "thresholdPercentage", "threshold_percentage", T::Double).req().range(0, 100),
        F(I::MinNumberOfExecutedThings, "minNumberOfExecutedThings", "min_number_of_executed_things", T::Integer).req().range(1, {}),
      })),
    }),
    F(I::TimeoutConfig, "timeoutConfig", "timeout_config", T::Structure).fields({
      F(I::InProgressTimeout, "inProgressTimeoutInMinutes", "in_progress_timeout_in_minutes", T::Long),  // IJ104
    }),
    F(I::NamespaceId, "namespaceId", "namespace_id", T::String).pat(Pattern::Id),
    F(I::JobTemplateArn, "jobTemplateArn", "job_template_arn", T::String).len(1, 1600).arn(ArnKind::JobTemplate),
    F(I::RetryConfig, "jobExecutionsRetryConfig", "job_executions_retry_config", T::Structure).fields({
      F(I::RetryCriteriaList, "criteriaList", "criteria_list", T::List).req().len(1, 2).of(item(I::RetryCriterion, T::Structure).fields({
        F(I::RetryFailureType, "failureType", "failure_type", T::String).req().one_of({"FAILED", "TIMED_OUT", "ALL"}),
        F(I::NumberOfRetries, "numberOfRetries", "number_of_retries", T::Integer).req().range(0, 10),
      })),
    }),
    F(I::DocumentParameters, "documentParameters", "document_parameters", T::Map)
        .keys(item(I::DocumentParameterKey, T::String).len(1, 128).pat(Pattern::Id))
        .of(item(I::DocumentParameter, T::String).len(1, 30720).pat(Pattern::NoControl)),
    F(I::SchedulingConfig, "schedulingConfig", "scheduling_config", T::Structure).fields({
      F(I::StartTime, "startTime", "start_time", T::String).len(1, 64),
      F(I::EndTime, "endTime", "end_time", T::String).len(1, 64),
      F(I::EndBehavior, "endBehavior", "end_behavior", T::String).one_of({"STOP_ROLLOUT", "CANCEL", "FORCE_CANCEL"}),
      F(I::MaintenanceWindows, "maintenanceWindows", "maintenance_windows", T::List).of(item(I::MaintenanceWindow, T::Structure).fields({
        F(I::WindowStartTime, "startTime", "start_time", T::String).req().len(1, 256),
        F(I::DurationInMinutes, "durationInMinutes", "duration_in_minutes", T::Integer).req().range(1, 1430),
      })),
    }),
    // more than 25 items is IJ107, not IJ202
    F(I::DestinationPackageVersions, "destinationPackageVersions", "destination_package_versions", T::List)
        .of(item(I::PackageVersion, T::String).len(1, 1600).arn(ArnKind::PackageVersion)),
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
      F(I::DocumentSource, "documentSource", "document_source", T::String).len(1, 1350),
      F(I::Document, "document", "document", T::String).len({}, 32768),
      F(I::Tags, "tags", "tags", T::List).len({}, 50).of(item(I::Tag, T::Structure).fields({
        F(I::TagKey, "Key", "Key", T::String).req().len(1, 128).pat(Pattern::TagKey),
        F(I::TagValue, "Value", "Value", T::String).len(0, 256),
      })),
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
    F(I::DocumentSource, "documentSource", "document_source", T::String).len(1, 1350),
    F(I::Job, "job", "job", T::Structure).req().fields(body(true)),
  };
  if (catalog) {
    top.push_back(F(I::AccountId, "", "account_id", T::String));
    top.push_back(F(I::CatalogTags, "", "tags", T::List).of(item(I::CatalogTag, T::String)));
  }
  return F(I::Root, "", "", T::Structure).fields(std::move(top));
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
  switch (d) {
    case Dialect::CreateJob: return create;
    case Dialect::DescribeJob: return describe;
    case Dialect::Catalog: return catalog;
  }
  return create;
}

std::string_view dialect_name(Dialect d) {
  switch (d) {
    case Dialect::CreateJob: return "create-job";
    case Dialect::DescribeJob: return "describe-job";
    case Dialect::Catalog: return "catalog";
  }
  return "";
}

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
  if (s == "create-job") return Dialect::CreateJob;
  if (s == "describe-job") return Dialect::DescribeJob;
  if (s == "catalog") return Dialect::Catalog;
  return std::nullopt;
}

}  // namespace ijl
