#!/usr/bin/env bash
# Builds the release packages of the checked-out tag afresh in build-release/: the .deb and
# the .tar.gz (linter, man page, README.md and docs/) with a .sha256 beside each, then runs
# the package test on them (docs/release.md).
#
#   bash scripts/package.sh [--snapshot]
#
# Refuses unless HEAD is the annotated tag vX.Y.Z of CMakeLists.txt's version and the work
# tree is clean; --snapshot skips that check (packages of work in progress, to try them).
# IJL_PACKAGE_MAINTAINER="Name <email>" sets the .deb's Maintainer field.
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
  echo "package.sh: $*" >&2
  exit 1
}

bash scripts/install-packages.sh cmake g++ make pkg-config nlohmann-json3-dev libcli11-dev \
  libhowardhinnant-date-dev libyaml-cpp-dev git

version=$(sed -n 's/^project(iotjob-lint VERSION \([0-9][0-9.]*\) .*/\1/p' CMakeLists.txt)
[[ -n $version ]] || die "no version in CMakeLists.txt's project()"
if [[ ${1:-} != --snapshot ]]; then
  tag=v$version
  [[ $(git cat-file -t "$tag" 2>/dev/null) == tag ]] ||
    die "no annotated tag $tag (git tag -a $tag -m \"iotjob-lint $version\"), or --snapshot"
  [[ $(git rev-parse "$tag^{commit}") == $(git rev-parse HEAD) ]] || die "HEAD is not $tag"
  [[ -z $(git status --porcelain) ]] || die "the work tree has changes"
fi

# the man page's date: the commit's, so that a rebuild of the tag gives the same page
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)
export SOURCE_DATE_EPOCH

rm -rf build-release
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DIJL_TESTS=OFF -DIJL_BENCH=OFF -DIJL_COMPANION=OFF \
  ${IJL_PACKAGE_MAINTAINER:+"-DIJL_PACKAGE_MAINTAINER=$IJL_PACKAGE_MAINTAINER"} >&2
cmake --build build-release -j"$(nproc)" >&2
if LC_ALL=C readelf -l build-release/iotjob-lint | grep -q 'program interpreter'; then
  die "the linter is not static (is libyaml-cpp.a missing?)"
fi
(cd build-release && cpack) >&2
bash tests/package_test.sh . build-release >&2

cd build-release
ls -l ./*.deb ./*.tar.gz ./*.sha256
