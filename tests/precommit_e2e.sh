#!/usr/bin/env bash
# End to end: this repository's .pre-commit-hooks.yaml through the real pre-commit, offline.
# A snapshot of the working tree (uncommitted work included) becomes a scratch hook
# repository; a copy of testdata/repo with the README's .pre-commit-config.yaml uses it as
# `repo:` with that `rev`; ordinary files and clean jobs commit, a broken staged job file
# makes `git commit` fail with the diagnostic in the output.
#
#   precommit_e2e.sh SOURCE_DIR [BINARY]
#
# With BINARY, the hook runs it (IOTJOB_LINT_BINARY) instead of building the linter in
# pre-commit's cache; without, the hook's first-use CMake build is tested too (minutes).
# Exits 77 (skipped) when git or pre-commit is not installed.
set -euo pipefail

src=$(cd "$1" && pwd)
binary=${2:-}

for tool in git pre-commit; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian: apt-get install $tool)"
    exit 77
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Nothing from the user's set-up: own HOME, caches and git identity; no network needed.
export HOME="$work/home" XDG_CACHE_HOME="$work/cache" PRE_COMMIT_HOME="$work/cache/pre-commit"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

fail() {
  echo "FAIL: $*"
  exit 1
}

# 1. The hook repository: the source's files (tracked, and untracked but not ignored), one commit.
hooks="$work/hook-repo"
mkdir -p "$hooks"
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  git -C "$src" ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do
      if [ -f "$src/$f" ]; then printf '%s\0' "$f"; fi
    done |
    tar -C "$src" --null -T - -cf - | tar -C "$hooks" -xf -
else
  tar -C "$src" --exclude='./build*' --exclude='./.git' -cf - . | tar -C "$hooks" -xf -
fi
[ -f "$hooks/.pre-commit-hooks.yaml" ] || fail "no .pre-commit-hooks.yaml in $src"
git -C "$hooks" init -q
git -C "$hooks" add -A
git -C "$hooks" commit -q -m snapshot
rev=$(git -C "$hooks" rev-parse HEAD)

# 2. A project using the hook: the real-repository fixture (package.json, tsconfig with
#    comments, a JSON Schema, OpenAPI, a Helm chart, … around jobs/), with the README's
#    .pre-commit-config.yaml as a user copies it (no `files:`), pointed at the snapshot.
project="$work/project"
cp -r "$src/testdata/repo" "$project"
config=$(awk '/<!-- pre-commit-config -->/ {found=1; next} found && /^```yaml/ {inside=1; next} inside && /^```/ {exit} inside {print}' "$src/README.md")
[ -n "$config" ] || fail "no pre-commit config marked <!-- pre-commit-config --> in README.md"
if grep -q 'files:' <<<"$config"; then fail "the README's pre-commit config should work without files:"; fi
sed -e "s|^\(\s*- repo:\).*|\1 $hooks|" -e "s|^\(\s*rev:\).*|\1 $rev|" <<<"$config" >"$project/.pre-commit-config.yaml"
cat "$project/.pre-commit-config.yaml"
git -C "$project" init -q
(cd "$project" && pre-commit install >/dev/null) || fail "pre-commit install"

if [ -n "$binary" ]; then
  export IOTJOB_LINT_BINARY="$binary"
fi

commit() {  # commit MESSAGE: runs the hooks, prints their output; the exit code is git's
  (cd "$project" && git commit -m "$1" 2>&1)
}

# 3. Everything but the job files with findings commits: package.json, the schema, the
#    OpenAPI file, tsconfig with comments, the Helm template and .pre-commit-config.yaml
#    itself are not jobs, so the hook skips them; the clean jobs pass.
broken_jobs=(jobs/fleet/draft-night-rollout.json jobs/fleet/from-cloudformation.json jobs/fleet/gateway-canary.json
  jobs/fleet/thermostat-fw-7-3-2.yaml jobs/records/fleet-export.ndjson)
git -C "$project" add -A
git -C "$project" reset -q -- "${broken_jobs[@]}"
if ! out=$(commit "everything but the broken jobs"); then
  echo "$out"
  fail "the commit of ordinary files and clean jobs was refused"
fi
echo "$out"
grep -q "^iotjob-lint.*Passed" <<<"$out" || fail "the hook did not run and pass"
git -C "$project" ls-files --error-unmatch package.json tsconfig.json .pre-commit-config.yaml \
  jobs/fleet/env-sensor-fw-2-4-1.json >/dev/null || fail "the files were not committed"

# 4. A broken job file is refused, with the diagnostic.
git -C "$project" add jobs/fleet/gateway-canary.json
if out=$(commit "broken job"); then
  echo "$out"
  fail "the commit of a broken job file succeeded"
fi
echo "$out"
grep -q "jobs/fleet/gateway-canary.json:28:32: error IJ101 threshold-precision" <<<"$out" ||
  fail "the IJ101 diagnostic is not in the hook's output"
[ -z "$(git -C "$project" log --format=%H -n 1 -- jobs/fleet/gateway-canary.json)" ] || fail "the broken file was committed"
git -C "$project" reset -q -- jobs/fleet/gateway-canary.json

# 4b. The config's exclude globs apply to staged files too (--force-exclude).
printf '{\n  "exclude": ["jobs/archive/**"]\n}\n' >"$project/.iotjob-lint.json"
mkdir -p "$project/jobs/archive"
cp "$src/testdata/repo/jobs/fleet/gateway-canary.json" "$project/jobs/archive/old.json"
git -C "$project" add .iotjob-lint.json jobs/archive
if ! out=$(commit "archive"); then
  echo "$out"
  fail "an excluded broken file stopped the commit"
fi
echo "$out"

# 5. The iotjob-lint-system hook runs the iotjob-lint on PATH.
if [ -n "$binary" ]; then
  unset IOTJOB_LINT_BINARY
  mkdir -p "$work/bin"
  ln -s "$binary" "$work/bin/iotjob-lint"
  sed -i 's/- id: iotjob-lint$/- id: iotjob-lint-system/' "$project/.pre-commit-config.yaml"
  git -C "$project" add .pre-commit-config.yaml
  cp "$src/testdata/repo/jobs/fleet/gateway-canary.json" "$project/jobs/second.json"
  git -C "$project" add jobs/second.json
  if out=$(PATH="$work/bin:$PATH" commit "broken job, installed linter"); then
    echo "$out"
    fail "the iotjob-lint-system hook let a broken job file through"
  fi
  echo "$out"
  grep -q "jobs/second.json:28:32: error IJ101 threshold-precision" <<<"$out" ||
    fail "the IJ101 diagnostic is not in the iotjob-lint-system hook's output"
fi

echo "PASS"
