#!/usr/bin/env python3
"""Generates src/fields_cloudformation.inc, the field table of AWS::IoT::JobTemplate's
Properties, from the resource schema cfn-lint ships (the CloudFormation registry schema
with cfn-lint's patches), so no property, type or limit is retyped by hand.

    python3 tools/gen_cfn_fields.py > src/fields_cloudformation.inc

Each property is mapped to the job model's FieldId by its name (JobTemplateId ->
FieldId::JobTemplateId); RENAMES lists the properties whose model field has another name.
src/fields.cpp then tightens each row with the AWS IoT API's own limits for that field.
A property, type or pattern this script does not know stops it: a new schema is then
reviewed, not silently half-translated.
"""
import sys

from cfnlint.schema.manager import PROVIDER_SCHEMA_MANAGER

TYPE = "AWS::IoT::JobTemplate"

# (parent definition or property, property) -> FieldId, where the name is not the FieldId.
RENAMES = {
    ("", "Arn"): "JobTemplateArn",
    ("", "JobExecutionsRolloutConfig"): "RolloutConfig",
    ("", "JobExecutionsRetryConfig"): "RetryConfig",
    ("JobExecutionsRolloutConfig", "ExponentialRolloutRate"): "ExponentialRate",
    ("AbortConfig", "CriteriaList"): "AbortCriteriaList",
    ("AbortCriteria", "Action"): "AbortAction",
    ("AbortCriteria", "FailureType"): "AbortFailureType",
    ("TimeoutConfig", "InProgressTimeoutInMinutes"): "InProgressTimeout",
    ("JobExecutionsRetryConfig", "RetryCriteriaList"): "RetryCriteriaList",
    ("RetryCriteria", "FailureType"): "RetryFailureType",
    ("MaintenanceWindow", "StartTime"): "WindowStartTime",
    ("Tag", "Key"): "TagKey",
    ("Tag", "Value"): "TagValue",
}
# list property -> FieldId of its items
ITEMS = {
    "CriteriaList": "AbortCriterion",
    "RetryCriteriaList": "RetryCriterion",
    "Tags": "Tag",
    "MaintenanceWindows": "MaintenanceWindow",
    "DestinationPackageVersions": "PackageVersion",
}
KNOWN_IDS = {
    "JobTemplateId", "JobTemplateArn", "JobArn", "Description", "Document", "DocumentSource",
    "PresignedUrlConfig", "RoleArn", "ExpiresInSec", "RolloutConfig", "MaximumPerMinute",
    "ExponentialRate", "BaseRatePerMinute", "IncrementFactor", "RateIncreaseCriteria",
    "NumberOfNotifiedThings", "NumberOfSucceededThings", "AbortConfig", "AbortCriteriaList",
    "AbortCriterion", "AbortFailureType", "AbortAction", "ThresholdPercentage",
    "MinNumberOfExecutedThings", "TimeoutConfig", "InProgressTimeout", "Tags", "Tag", "TagKey",
    "TagValue", "RetryConfig", "RetryCriteriaList", "RetryCriterion", "RetryFailureType",
    "NumberOfRetries", "MaintenanceWindows", "MaintenanceWindow", "WindowStartTime",
    "DurationInMinutes", "DestinationPackageVersions", "PackageVersion",
}
TYPES = {"string": "String", "integer": "Integer", "number": "Double", "boolean": "Boolean",
         "object": "Structure", "array": "List"}
PATTERNS = {
    "[a-zA-Z0-9_-]+": "Id",
    "[^\\p{C}]+": "NoControl",
    "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$": "TagKey",
    "^arn:[!-~]+$": None,  # an ARN field: the API table gives its ARN form (IJ205)
}


def fail(message):
    sys.exit("gen_cfn_fields.py: " + message)


class Generator:
    def __init__(self, schema):
        self.schema = schema
        self.defs = schema.get("definitions", {})

    def resolve(self, node):
        """The property's schema with $ref followed; (definition name or None, merged schema)."""
        name = None
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/definitions/"):
                fail("unexpected $ref " + ref)
            name = ref.split("/")[-1]
            merged = dict(self.defs[name])
            merged.update({k: v for k, v in node.items() if k != "$ref"})
            node = merged
        return name, node

    def field_id(self, parent, prop):
        fid = RENAMES.get((parent, prop), prop)
        if fid not in KNOWN_IDS:
            fail(f"no FieldId for {parent or 'Properties'}.{prop}: add it to RENAMES or the model")
        return fid

    def limits(self, s):
        out = ""
        if "minimum" in s or "maximum" in s:
            out += ".range(%s, %s)" % (num(s.get("minimum")), num(s.get("maximum")))
        lo = s.get("minLength", s.get("minItems"))
        hi = s.get("maxLength", s.get("maxItems"))
        if lo is not None or hi is not None:
            out += ".len(%s, %s)" % (num(lo), num(hi))
        if "pattern" in s:
            if s["pattern"] not in PATTERNS:
                fail("unknown pattern " + s["pattern"])
            if PATTERNS[s["pattern"]]:
                out += ".pat(Pattern::%s)" % PATTERNS[s["pattern"]]
        if "enum" in s:
            out += ".one_of({%s})" % ", ".join('"%s"' % v for v in s["enum"])
        return out

    def row(self, parent, prop, node, required, depth):
        defname, s = self.resolve(node)
        if s.get("type") not in TYPES:
            fail(f"{prop}: unknown type {s.get('type')}")
        fid = self.field_id(parent, prop)
        text = 'F(I::%s, "%s", "", T::%s)' % (fid, prop, TYPES[s["type"]])
        if required:
            text += ".req()"
        text += self.limits(s)
        pad = "  " * depth
        if s["type"] == "object":
            text += ".fields({\n" + self.members(defname or prop, s, depth + 1) + pad + "})"
        elif s["type"] == "array":
            item_def, item = self.resolve(s["items"])
            if prop not in ITEMS:
                fail(f"{prop}: no FieldId for its items")
            head = "item(I::%s, T::%s)" % (ITEMS[prop], TYPES[item["type"]])
            if item["type"] == "object":
                head += ".fields({\n" + self.members(item_def, item, depth + 1) + pad + "})"
            else:
                head += self.limits(item)
            text += ".of(" + head + ")"
        return text

    def members(self, parent, s, depth):
        required = set(s.get("required", []))
        pad = "  " * depth
        return "".join(pad + self.row(parent, prop, node, prop in required, depth) + ",\n"
                       for prop, node in s.get("properties", {}).items())


def num(v):
    if v is None:
        return "{}"
    return repr(v) if isinstance(v, (int, float)) else fail("limit is not a number")


def main():
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema("us-east-1", TYPE).schema
    gen = Generator(schema)
    from cfnlint.version import __version__
    print("// Generated by tools/gen_cfn_fields.py from the %s schema in cfn-lint %s: do not edit."
          % (TYPE, __version__))
    print("// The Properties of the resource, in CloudFormation's spellings; fields.cpp tightens each")
    print("// row with the AWS IoT API's limits for the same field.")
    print("FieldSpec cloudformation_properties() {")
    print('  return F(I::CfnProperties, "Properties", "", T::Structure).req().fields({')
    sys.stdout.write(gen.members("", schema, 2))
    print("  });")
    print("}")


if __name__ == "__main__":
    main()
