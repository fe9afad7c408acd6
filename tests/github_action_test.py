#!/usr/bin/env python3
"""action.yml, the composite GitHub Action, checked without GitHub.

    github_action_test.py SOURCE_DIR BUILD_DIR

First its structure: a composite action whose inputs and outputs are described, whose
expressions name only declared inputs and earlier steps, whose `run` steps name a shell and
take inputs through env only (no `${{ }}` pasted into a script), whose `uses` are pinned,
and whose scripts exist; the README's workflows pass it only inputs it declares.

Then its steps run here as the runner runs them: `${{ }}` in env, with, if and outputs
evaluated (inputs, steps.ID.outputs, github.token; == and != against a string), `run` with
bash -eo pipefail, GITHUB_OUTPUT, GITHUB_PATH and GITHUB_ACTION_PATH honoured, and `uses`
steps recorded with their inputs instead of run. The release is the tarball cpack makes
from BUILD_DIR, handed out by a stand-in for `gh release download` that checks the tag and
repository asked for. An expression the evaluator does not know fails the test rather than
being guessed at.

Exits 77 (skipped) without PyYAML (Debian: python3-yaml) or cpack.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    print("SKIP: PyYAML is not importable (Debian: apt-get install python3-yaml)")
    sys.exit(77)

EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
REFERENCE = r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*"
NOW = "--now 2026-11-27T00:00:00Z --no-config"

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print(f"FAIL: {message}")
    return condition


def as_string(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


# --- expressions -------------------------------------------------------------------------


def lookup(reference, context):
    head, *rest = reference.split(".")
    if head not in context:
        raise ValueError(f"unknown context '{head}' in '{reference}'")
    value = context[head]
    if head == "inputs" and rest and rest[0] not in value:
        raise ValueError(f"undeclared input '{rest[0]}'")
    for part in rest:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def evaluate(expression, context):
    m = re.fullmatch(rf"({REFERENCE})\s*(==|!=)\s*'([^']*)'", expression)
    if m:
        equal = as_string(lookup(m[1], context)) == m[3]
        return equal if m[2] == "==" else not equal
    if re.fullmatch(REFERENCE, expression):
        return lookup(expression, context)
    raise ValueError(f"the test cannot evaluate ${{{{ {expression} }}}}")


def substitute(text, context):
    return EXPR.sub(lambda m: as_string(evaluate(m[1], context)), as_string(text))


def condition_holds(text, context):
    if text is None:
        return True
    text = as_string(text).strip()
    m = EXPR.fullmatch(text)
    value = evaluate(m[1] if m else text, context)
    if not isinstance(value, bool):
        raise ValueError(f"if: '{text}' is not a comparison")
    return value


def expressions(node):
    """Every ${{ }} inside node, as (where, expression)."""
    if isinstance(node, dict):
        for k, v in node.items():
            for where, e in expressions(v):
                yield f"{k}.{where}" if where else k, e
    elif isinstance(node, list):
        for i, v in enumerate(node):
            for where, e in expressions(v):
                yield f"[{i}].{where}" if where else f"[{i}]", e
    elif isinstance(node, str):
        for m in EXPR.finditer(node):
            yield "", m[1]


# --- structure ---------------------------------------------------------------------------


def check_structure(action, src):
    check(isinstance(action.get("name"), str) and action["name"], "no name")
    check(isinstance(action.get("description"), str) and action["description"], "no description")
    runs = action.get("runs", {})
    check(runs.get("using") == "composite", f"runs.using is {runs.get('using')!r}, not composite")
    inputs = action.get("inputs") or {}
    outputs = action.get("outputs") or {}
    for name, spec in inputs.items():
        check(isinstance(spec, dict) and spec.get("description"), f"input {name} has no description")
    for name, spec in outputs.items():
        check(isinstance(spec, dict) and spec.get("description"), f"output {name} has no description")
        check(isinstance(spec, dict) and spec.get("value"), f"output {name} has no value")

    used_inputs = set()
    step_ids = []
    for i, step in enumerate(runs.get("steps") or []):
        label = step.get("id") or step.get("name") or f"step {i + 1}"
        check(("run" in step) != ("uses" in step), f"{label}: needs exactly one of run and uses")
        if "run" in step:
            check(step.get("shell") in ("bash", "sh"), f"{label}: a run step needs shell: bash")
            check("${{" not in step["run"], f"{label}: an expression inside run; pass it through env")
            for script in re.findall(r'\$GITHUB_ACTION_PATH/([\w./-]+)', step["run"]):
                check((src / script).is_file(), f"{label}: {script} does not exist")
        if "uses" in step:
            check(re.search(r"@(v\d+(\.\d+)*|[0-9a-f]{40})$", step["uses"]),
                  f"{label}: {step['uses']} is not pinned to a release tag or commit")
        for where, e in expressions(step):
            for ref in re.findall(REFERENCE, re.sub(r"'[^']*'", "", e)):
                parts = ref.split(".")
                if parts[0] == "inputs":
                    used_inputs.add(parts[1])
                    check(parts[1] in inputs, f"{label}: {where} names the undeclared input {parts[1]}")
                elif parts[0] == "steps":
                    check(parts[1] in step_ids, f"{label}: {where} names {parts[1]}, not an earlier step")
        if step.get("id"):
            check(step["id"] not in step_ids, f"{label}: the id is used twice")
            step_ids.append(step["id"])
    for name, spec in outputs.items():
        for _, e in expressions(spec):
            for ref in re.findall(REFERENCE, e):
                parts = ref.split(".")
                if parts[0] == "steps":
                    check(parts[1] in step_ids, f"output {name} names the unknown step {parts[1]}")
    for name in inputs:
        check(name in used_inputs, f"the input {name} is not used")


def check_readme(action, src):
    """The README's workflows use the action with declared inputs only."""
    readme = (src / "README.md").read_text()
    uses = 0
    for block in re.findall(r"^```yaml\n(.*?)^```", readme, re.S | re.M):
        workflow = yaml.safe_load(block)
        if not isinstance(workflow, dict):
            continue
        for job in (workflow.get("jobs") or {}).values():
            for step in job.get("steps") or []:
                if re.search(r"/iotjob-lint@", step.get("uses", "")):
                    uses += 1
                    for key in step.get("with") or {}:
                        check(key in action["inputs"], f"README: the action has no input '{key}'")
    check(uses > 0, "README shows no workflow that uses the action")


# --- running -----------------------------------------------------------------------------

FAKE_GH = r"""#!/usr/bin/env bash
# gh release download TAG --repo R --dir D [--clobber] --pattern P ...: copies from the
# stand-in release, which exists only for FAKE_GH_REPO and FAKE_GH_TAG
echo "gh $*" >>"$FAKE_GH_LOG"
[[ $1 == release && $2 == download ]] || { echo "gh stand-in: unexpected: $*" >&2; exit 1; }
tag=$3
shift 3
patterns=()
while (($#)); do
  case $1 in
    --repo) repo=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --pattern) patterns+=("$2"); shift 2 ;;
    --clobber) shift ;;
    *) echo "gh stand-in: unexpected option $1" >&2; exit 1 ;;
  esac
done
[[ -n ${GH_TOKEN:-} ]] || { echo "gh: no token" >&2; exit 4; }
[[ $repo == "$FAKE_GH_REPO" && $tag == "$FAKE_GH_TAG" ]] || { echo "release not found" >&2; exit 1; }
for p in "${patterns[@]}"; do
  [[ -f $FAKE_GH_ASSETS/$p ]] || { echo "no assets match the file pattern $p" >&2; exit 1; }
  cp "$FAKE_GH_ASSETS/$p" "$dir/"
done
"""


class Runner:
    def __init__(self, action, work, assets, arch):
        self.action = action
        self.work = work
        self.assets = assets
        self.runner_arch = {"amd64": "X64", "arm64": "ARM64"}[arch]
        self.bin = work / "fake-bin"
        self.bin.mkdir()
        (self.bin / "gh").write_text(FAKE_GH)
        (self.bin / "gh").chmod(0o755)

    def run(self, name, with_, workspace, action_path, release_repo, release_tag, repository="me/jobs"):
        """Runs the action's steps; returns (succeeded, outputs, uploads, log, gh calls)."""
        print(f"--- {name}")
        case = self.work / re.sub(r"\W+", "-", name)
        temp = case / "runner-temp"
        temp.mkdir(parents=True)
        gh_log = case / "gh.log"
        gh_log.touch()
        inputs = {}
        context = {"github": {"token": "t0ken", "repository": repository}, "steps": {}}
        for key, spec in self.action["inputs"].items():
            inputs[key] = substitute(spec.get("default", ""), {**context, "inputs": {}})
        for key, value in with_.items():
            if key not in inputs:
                raise ValueError(f"{name}: the action has no input {key}")
            inputs[key] = as_string(value)
        context["inputs"] = inputs

        paths = []
        uploads = []
        log = []
        succeeded = True
        for i, step in enumerate(self.action["runs"]["steps"]):
            label = step.get("id") or step.get("name") or f"step {i + 1}"
            if not succeeded or not condition_holds(step.get("if"), context):
                log.append(f"[{label}: skipped]")
                continue
            if "uses" in step:
                uploads.append({"uses": step["uses"],
                                **{k: substitute(v, context) for k, v in (step.get("with") or {}).items()}})
                log.append(f"[{label}: {step['uses']} recorded]")
                continue
            output_file = case / f"output-{i}"
            path_file = case / f"path-{i}"
            output_file.touch()
            path_file.touch()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_", "GH_", "IJL_"))}
            env.update({
                "GITHUB_ACTION_PATH": str(action_path), "GITHUB_OUTPUT": str(output_file),
                "GITHUB_PATH": str(path_file), "GITHUB_REPOSITORY": repository,
                "GITHUB_WORKSPACE": str(workspace), "RUNNER_OS": "Linux", "RUNNER_ARCH": self.runner_arch,
                "RUNNER_TEMP": str(temp), "FAKE_GH_LOG": str(gh_log), "FAKE_GH_REPO": release_repo,
                "FAKE_GH_TAG": release_tag, "FAKE_GH_ASSETS": str(self.assets),
                "PATH": os.pathsep.join(list(reversed(paths)) + [str(self.bin), os.environ["PATH"]]),
            })
            env.update({k: substitute(v, context) for k, v in (step.get("env") or {}).items()})
            script = case / f"step-{i}.sh"
            script.write_text(step["run"])
            r = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=workspace,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            log.append(f"[{label}: exit {r.returncode}]\n{r.stdout}")
            if step.get("id"):
                context["steps"][step["id"]] = {"outputs": self.read_outputs(output_file)}
            paths += [p for p in path_file.read_text().splitlines() if p]
            succeeded = r.returncode == 0
        outputs = {k: substitute(v["value"], context) for k, v in self.action["outputs"].items()}
        text = "\n".join(log)
        print(text)
        print(f"[action {'succeeded' if succeeded else 'failed'}; outputs {outputs}]")
        for p in paths:
            check(pathlib.Path(p).is_relative_to(temp), f"{name}: GITHUB_PATH entry {p} is outside RUNNER_TEMP")
        return succeeded, outputs, uploads, text, gh_log.read_text()

    @staticmethod
    def read_outputs(file):
        outputs = {}
        lines = iter(file.read_text().splitlines())
        for line in lines:
            if "<<" in line and "=" not in line.split("<<")[0]:
                key, delimiter = line.split("<<", 1)
                value = []
                for more in lines:
                    if more == delimiter:
                        break
                    value.append(more)
                outputs[key] = "\n".join(value)
            elif "=" in line:
                key, value = line.split("=", 1)
                outputs[key] = value
        return outputs


def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    build = pathlib.Path(sys.argv[2]).resolve()
    if not shutil.which("cpack"):
        print("SKIP: cpack is not installed")
        return 77
    action = yaml.safe_load((src / "action.yml").read_text())
    check_structure(action, src)
    check_readme(action, src)
    if failures:
        return 1

    version = subprocess.run([str(build / "iotjob-lint"), "--version"], capture_output=True, text=True,
                             check=True).stdout.split()[-1]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip() if shutil.which("dpkg") else "amd64"
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        assets = work / "release"
        r = subprocess.run(["cpack", "-G", "TGZ", "-B", str(assets)], cwd=build, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            print(r.stdout)
            check(False, "cpack -G TGZ")
            return 1
        print(f"release assets: {sorted(p.name for p in assets.glob('*.tar.gz*'))}")
        # where the runner puts an action used as someone/iotjob-lint@vX.Y.Z
        action_path = work / "_actions" / "someone" / "iotjob-lint" / f"v{version}"
        action_path.parent.mkdir(parents=True)
        action_path.symlink_to(src)
        runner = Runner(action, work, assets, arch)

        # The defaults, on the examples (findings): the version of the action's own
        # CMakeLists.txt from the action's own repository, the SARIF report to upload,
        # the text report in the log, and the action fails with the linter's exit code.
        workspace = work / "ws-examples"
        shutil.copytree(src / "testdata" / "examples", workspace)
        ok, outputs, uploads, log, gh = runner.run(
            "defaults, findings", {"args": NOW}, workspace, action_path, "someone/iotjob-lint", f"v{version}")
        check(not ok, "defaults: the action passed on the examples' findings")
        check(outputs == {"version": version, "exit-code": "1", "sarif-file": "iotjob-lint.sarif"},
              f"defaults: outputs {outputs}")
        check(f"gh release download v{version} --repo someone/iotjob-lint" in gh, f"defaults: gh was called as {gh!r}")
        check(uploads == [{"uses": "github/codeql-action/upload-sarif@v3", "sarif_file": "iotjob-lint.sarif",
                           "category": "iotjob-lint"}], f"defaults: uploads {uploads}")
        check("Found 21 errors and 1 warning in 6 of 10 files." in log, "defaults: the text report is not in the log")
        check(f"iotjob-lint {version}" in log, "defaults: the install step did not print the version")
        sarif_file = workspace / "iotjob-lint.sarif"
        if check(sarif_file.is_file(), "defaults: no SARIF report"):
            sarif = json.loads(sarif_file.read_text())
            check(sarif.get("version") == "2.1.0", "defaults: the SARIF report is not 2.1.0")
            run = sarif["runs"][0]
            check(run["tool"]["driver"].get("version") == version, "defaults: the SARIF report's tool version")
            check(len(run.get("results", [])) == 22, f"defaults: {len(run.get('results', []))} SARIF results, not 22")

        # Clean files named over two lines, annotations, no upload, a version given as a
        # tag and another repository's release: the action passes and uploads nothing.
        workspace = work / "ws-clean"
        shutil.copytree(src / "testdata" / "examples", workspace)
        ok, outputs, uploads, log, gh = runner.run(
            "clean, github format, no upload",
            {"paths": "create-job/env-sensor-fw-2-4-1.json\ncatalog/thermostat-fw-7-3-2.json", "format": "github",
             "upload-sarif": False, "version": f"v{version}", "repository": "fork/iotjob-lint", "args": NOW},
            workspace, action_path, "fork/iotjob-lint", f"v{version}")
        check(ok, "clean: the action failed")
        check(outputs == {"version": version, "exit-code": "0", "sarif-file": ""}, f"clean: outputs {outputs}")
        check(uploads == [], f"clean: uploads {uploads}")
        check(not (workspace / "iotjob-lint.sarif").exists(), "clean: a SARIF report was written")
        check("--repo fork/iotjob-lint" in gh, f"clean: gh was called as {gh!r}")

        # Used as `uses: ./` from a checkout of this repository, no report wanted: the
        # workflow's repository is the release's, and findings still fail the action.
        ok, outputs, uploads, log, gh = runner.run(
            "local action, format none", {"paths": "create-job/broken-rollout.json", "format": "none",
                                          "upload-sarif": "false", "args": NOW},
            workspace, src, "me/iotjob-lint", f"v{version}", repository="me/iotjob-lint")
        check(not ok and outputs["exit-code"] == "1", f"local: {outputs}")
        check("IJ101" not in log, "local: format none printed the report")

        # A release that does not exist stops the action before linting.
        ok, outputs, uploads, log, gh = runner.run(
            "no such release", {"version": "9.9.9"}, workspace, action_path, "someone/iotjob-lint", f"v{version}")
        check(not ok and outputs["exit-code"] == "" and uploads == [], f"no release: {ok} {outputs} {uploads}")
        check("could not download" in log, "no release: no error message")

    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
