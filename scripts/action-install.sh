#!/usr/bin/env bash
# action.yml's first step: downloads the release tarball of iotjob-lint for this runner,
# checks its SHA-256, unpacks it into RUNNER_TEMP and puts its bin/ on the job's PATH.
#
# In: IJL_VERSION (X.Y.Z or vX.Y.Z; empty: project()'s version in the action's own
# CMakeLists.txt, which is the release's when the action is used at a release tag),
# IJL_REPOSITORY (OWNER/NAME; empty: the action's own), GH_TOKEN, and the runner's
# GITHUB_ACTION_PATH, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_REPOSITORY, RUNNER_OS, RUNNER_ARCH,
# RUNNER_TEMP. Downloads with gh (on GitHub's runners), else with curl (public
# repositories only).
set -euo pipefail

die() {
  echo "::error title=iotjob-lint::$*"
  exit 1
}

version=${IJL_VERSION#v}
if [[ -z $version ]]; then
  version=$(sed -n 's/^project(iotjob-lint VERSION \([0-9][0-9.]*\).*/\1/p' "$GITHUB_ACTION_PATH/CMakeLists.txt")
fi
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version: '$version' is not X.Y.Z"

repository=${IJL_REPOSITORY:-}
if [[ -z $repository ]]; then
  # The runner keeps an action used as OWNER/NAME@REF in .../_actions/OWNER/NAME/REF;
  # github.action_repository is empty inside composite actions. Used as `./`, the action
  # is the workflow's own repository.
  if [[ $GITHUB_ACTION_PATH =~ /_actions/([^/]+)/([^/]+)/[^/]+/?$ ]]; then
    repository=${BASH_REMATCH[1]}/${BASH_REMATCH[2]}
  else
    repository=$GITHUB_REPOSITORY
  fi
fi

[[ $RUNNER_OS == Linux ]] || die "the release package is for Linux; this runner is $RUNNER_OS"
case $RUNNER_ARCH in
  X64) arch=amd64 ;;
  ARM64) arch=arm64 ;;
  *) die "no release package for the architecture $RUNNER_ARCH" ;;
esac

# CMakeLists.txt's CPack settings name the tarball and its one folder so
name=iotjob-lint-$version-linux-$arch
dir=$RUNNER_TEMP/iotjob-lint-$version
mkdir -p "$dir"
echo "downloading $name.tar.gz from the release v$version of $repository"
if command -v gh >/dev/null 2>&1; then
  gh release download "v$version" --repo "$repository" --dir "$dir" --clobber \
    --pattern "$name.tar.gz" --pattern "$name.tar.gz.sha256" ||
    die "could not download $name.tar.gz from the release v$version of $repository"
else
  base=${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/v$version
  for f in "$name.tar.gz" "$name.tar.gz.sha256"; do
    curl -fsSL --retry 3 -o "$dir/$f" "$base/$f" || die "could not download $base/$f"
  done
fi
(cd "$dir" && sha256sum -c "$name.tar.gz.sha256") || die "$name.tar.gz does not match its SHA-256"
tar -xzf "$dir/$name.tar.gz" -C "$dir"

bin=$dir/$name/bin
"$bin/iotjob-lint" --version
echo "$bin" >>"$GITHUB_PATH"
echo "version=$version" >>"$GITHUB_OUTPUT"
