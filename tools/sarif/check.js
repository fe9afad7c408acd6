// Judges a sarif report for tests/sarif_validate.sh: checks REPORT against the SARIF 2.1.0
// JSON schema (the copy the Multitool ships) and reads the Multitool's own log VALIDATION.
// Exit 0 when neither finds an error; warnings and notes are printed and counted.
// Usage: node check.js REPORT VALIDATION
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const [reportPath, validationPath] = process.argv.slice(2);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
let failed = false;
const fail = (text) => {
  console.log(`FAIL ${text}`);
  failed = true;
};

// 1. The schema. The Multitool alone is not enough: a value its object model cannot read
// (a result `level` of "info", say) makes it skip the file and still report success.
const report = readJson(reportPath);
const schemaPath = path.join(__dirname, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(readJson(schemaPath));
if (validate(report)) {
  console.log('schema: valid SARIF 2.1.0');
} else {
  for (const e of validate.errors) fail(`schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}
const results = (report.runs && report.runs[0] && report.runs[0].results) || [];
if (results.length === 0) fail('the report has no results: testdata/ has failing examples, so the lint did not run');
console.log(`report: ${results.length} results`);

// 2. The Multitool's log, itself SARIF. Results may leave `level` to their rule's default
// ("warning" when none) and `message` to a rule's message string with {0}-style arguments.
const log = readJson(validationPath);
const run = log.runs && log.runs[0];
if (!run) {
  fail('the validator wrote no run');
} else {
  const rules = (run.tool.driver.rules || []);
  const ruleOf = (r) => (r.ruleIndex !== undefined ? rules[r.ruleIndex] : rules.find((x) => x.id === r.ruleId)) || {};
  const textOf = (r) => {
    if (r.message.text !== undefined) return r.message.text;
    const template = ((ruleOf(r).messageStrings || {})[r.message.id] || {}).text || r.message.id;
    return template.replace(/\{(\d+)\}/g, (_, i) => (r.message.arguments || [])[i]);
  };
  const counts = { error: 0, warning: 0, note: 0, none: 0 };
  const notes = {};
  for (const r of run.results || []) {
    const level = r.level || (ruleOf(r).defaultConfiguration || {}).level || 'warning';
    counts[level] += 1;
    if (level === 'error' || level === 'warning') {
      console.log(`${level} ${r.ruleId}: ${textOf(r)}`);
    } else {
      notes[r.ruleId] = (notes[r.ruleId] || 0) + 1;
    }
    if (level === 'error') failed = true;
  }
  for (const inv of run.invocations || []) {
    if (inv.executionSuccessful === false) fail('the validator did not run to completion');
    for (const n of [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])]) {
      if ((n.level || 'warning') === 'error') fail(`validator: ${n.message && n.message.text}`);
    }
  }
  // Reading a file it cannot deserialize, the Multitool says nothing at all; reading ours it
  // always has notes (SARIF2002 and the like), so silence means it never looked.
  if ((run.results || []).length === 0 && results.length > 0) fail('the validator reported nothing: it did not read the report');
  const noteList = Object.keys(notes).sort().map((id) => `${id} x${notes[id]}`).join(', ');
  console.log(`SARIF Multitool: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes` +
              (noteList ? ` (${noteList})` : ''));
}
process.exit(failed ? 1 : 0);
