#!/usr/bin/env bash
# End to end: this repository's .pre-commit-hooks.yaml through the real pre-commit, offline.
# A snapshot of the working tree (uncommitted work included) becomes a scratch hook
# repository; a scratch project uses it as `repo:` with that `rev`; a broken staged job file
# makes `git commit` fail with the diagnostic in the output, a clean one commits.
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

# 2. A project using the hook.
project="$work/project"
mkdir -p "$project/jobs"
git -C "$project" init -q
cat >"$project/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: iotjob-lint
EOF
# IJ106 depends on the current time; this test is about the hook, not the calendar.
cat >"$project/.iotjob-lint.json" <<'EOF'
{
  "ignore": ["IJ106"],
  "exclude": ["jobs/archive/**"]
}
EOF
git -C "$project" add .pre-commit-config.yaml .iotjob-lint.json
git -C "$project" commit -q -m "set up" --no-verify
(cd "$project" && pre-commit install >/dev/null) || fail "pre-commit install"

if [ -n "$binary" ]; then
  export IOTJOB_LINT_BINARY="$binary"
fi

commit() {  # commit MESSAGE: runs the hooks, prints their output; the exit code is git's
  (cd "$project" && git commit -m "$1" 2>&1)
}

# 3. A broken job file is refused, with the diagnostic.
cp "$src/testdata/examples/create-job/broken-rollout.json" "$project/jobs/rollout.json"
git -C "$project" add jobs/rollout.json
if out=$(commit "broken job"); then
  echo "$out"
  fail "the commit of a broken job file succeeded"
fi
echo "$out"
grep -q "jobs/rollout.json:28:32: error IJ101 threshold-precision" <<<"$out" ||
  fail "the IJ101 diagnostic is not in the hook's output"
[ -z "$(git -C "$project" log --format=%H -n 1 -- jobs/rollout.json)" ] || fail "the broken file was committed"

# 4. A clean one commits; an excluded broken file (--force-exclude) and a non-job file
#    the hook does not select (`files:`) do not stop it.
cp "$src/testdata/examples/create-job/gateway-agent-1-12-0-inline.json" "$project/jobs/rollout.json"
mkdir -p "$project/jobs/archive"
cp "$src/testdata/examples/create-job/broken-rollout.json" "$project/jobs/archive/old.json"
echo "notes" >"$project/jobs/README.txt"
git -C "$project" add jobs
if ! out=$(commit "clean job"); then
  echo "$out"
  fail "the commit of a clean job file was refused"
fi
echo "$out"
git -C "$project" log --format=%s -n 1 | grep -qx "clean job" || fail "no commit was made"

# 5. The iotjob-lint-system hook runs the iotjob-lint on PATH.
if [ -n "$binary" ]; then
  unset IOTJOB_LINT_BINARY
  mkdir -p "$work/bin"
  ln -s "$binary" "$work/bin/iotjob-lint"
  sed -i 's/- id: iotjob-lint$/- id: iotjob-lint-system/' "$project/.pre-commit-config.yaml"
  git -C "$project" add .pre-commit-config.yaml
  cp "$src/testdata/examples/create-job/broken-rollout.json" "$project/jobs/second.json"
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
