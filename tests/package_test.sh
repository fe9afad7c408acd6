#!/usr/bin/env bash
# The packages as a user gets them. cpack makes the .tar.gz and the .deb from the build;
# the .deb's control fields and files are checked, it is installed with dpkg into a scratch
# root (never into the machine's own), its linter runs there and lints as the built one
# does, its man page renders and names every option of --help, and it is removed again;
# the tarball holds the same files; `cmake --install` lays them out the same under a
# prefix. Every version in sight is the one --version prints.
#
#   package_test.sh SOURCE_DIR BUILD_DIR
#
# Runs unprivileged or as root. Exits 77 (skipped) without dpkg, dpkg-deb or cpack.
set -euo pipefail

src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)

for tool in cpack dpkg dpkg-deb; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed"
    exit 77
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*"
  exit 1
}
check_eq() {  # check_eq WHAT ACTUAL EXPECTED
  [[ "$2" == "$3" ]] || fail "$1: '$2', expected '$3'"
}

linter=$build/iotjob-lint
version=$("$linter" --version)
version=${version#iotjob-lint }
grep -q "^project(iotjob-lint VERSION $version " "$src/CMakeLists.txt" ||
  fail "the build's --version ($version) is not CMakeLists.txt's project() version: rebuild"
arch=$(dpkg --print-architecture)
echo "version $version, architecture $arch"

# 1. The packages, into a folder of their own; cpack first builds what is out of date.
packages=$work/packages
(cd "$build" && cpack -G "TGZ;DEB" -B "$packages") >"$work/cpack.log" 2>&1 || {
  cat "$work/cpack.log"
  fail "cpack"
}
deb=$packages/iotjob-lint_${version}_${arch}.deb
tgz=$packages/iotjob-lint-$version-linux-$arch.tar.gz
for f in "$deb" "$tgz" "$deb.sha256" "$tgz.sha256"; do
  [[ -f $f ]] || fail "cpack made no ${f#"$packages"/}"
done
(cd "$packages" && sha256sum --quiet -c "${deb##*/}.sha256" "${tgz##*/}.sha256") || fail "a checksum file does not match"
stat -c '%n: %s bytes' "$deb" "$tgz" | sed "s|^$packages/||"

# What both hold besides the linter: the man page, README.md and every file of docs/.
expected_files() {  # expected_files PREFIX
  {
    echo "$1bin/iotjob-lint"
    echo "$1share/man/man1/iotjob-lint.1.gz"
    echo "$1share/doc/iotjob-lint/README.md"
    (cd "$src" && find docs -type f) | sed "s|^|$1share/doc/iotjob-lint/|"
  } | LC_ALL=C sort
}

# 2. The .deb: control fields and contents.
field() { dpkg-deb -f "$deb" "$1"; }
check_eq Package "$(field Package)" iotjob-lint
check_eq Version "$(field Version)" "$version"
check_eq Architecture "$(field Architecture)" "$arch"
check_eq Section "$(field Section)" devel
[[ $(field Maintainer) =~ ^[^\<]+\ \<[^@]+@[^\>]+\>$ ]] || fail "Maintainer: '$(field Maintainer)' is not 'Name <email>'"
[[ -n $(field Description | head -n 1) ]] || fail "no Description"
static=yes
if command -v readelf >/dev/null 2>&1 && LC_ALL=C readelf -l "$linter" | grep -q 'program interpreter'; then
  static=no
fi
if [[ $static == yes ]]; then
  check_eq "Depends of a static linter" "$(field Depends)" ""
fi
dpkg-deb -c "$deb" >"$work/deb.list"
awk '$1 !~ /^d/ { sub(/^\.\//, "/", $6); print $6 }' "$work/deb.list" | LC_ALL=C sort >"$work/deb.files"
diff -u <(expected_files /usr/) "$work/deb.files" || fail "the .deb's files differ (- expected, + found)"
awk '$2 != "root/root" { bad = 1; print "not root/root: " $0 } END { exit bad }' "$work/deb.list" ||
  fail "files in the .deb must belong to root"
grep -q '^-rwxr-xr-x .* \./usr/bin/iotjob-lint$' "$work/deb.list" || fail "/usr/bin/iotjob-lint is not mode 755"

# 3. dpkg -i into a scratch root. --force-not-root lets a user do it; --path-include
#    undoes a path-exclude of the machine's dpkg.cfg.d (Docker images drop docs and man).
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/triggers"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg_root() {
  PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin" dpkg --root="$root" --log=/dev/null --force-not-root \
    --force-script-chrootless --path-include='*' "$@"
}
# A dynamic linter's .deb depends on the C and C++ libraries, which the empty scratch root
# lacks; the machine has them, so the linter still runs from there.
force=()
[[ $static == yes ]] || force=(--force-depends)
dpkg_root -i "${force[@]}" "$deb" >"$work/dpkg.log" 2>&1 || {
  cat "$work/dpkg.log"
  fail "dpkg -i"
}
check_eq "dpkg status" "$(dpkg_root -s iotjob-lint | sed -n 's/^Status: //p')" "install ok installed"
installed=$root/usr/bin/iotjob-lint
check_eq "installed --version" "$("$installed" --version)" "iotjob-lint $version"

# The installed linter reports what the built one does, byte for byte: the examples with
# findings (exit 1) and a clean one (exit 0).
lint_both() {  # lint_both EXPECTED_EXIT ARGS...
  local want=$1 got_built=0 got_installed=0
  shift
  (cd "$src" && "$linter" "$@") >"$work/built.out" 2>&1 || got_built=$?
  (cd "$src" && "$installed" "$@") >"$work/installed.out" 2>&1 || got_installed=$?
  check_eq "exit code of the installed linter on $*" "$got_installed" "$want"
  check_eq "exit code of the built linter on $*" "$got_built" "$want"
  cmp -s "$work/built.out" "$work/installed.out" || {
    diff -u "$work/built.out" "$work/installed.out" | head -n 40
    fail "the installed linter's report differs from the built one's on $*"
  }
}
lint_both 1 --now 2026-11-27T00:00:00Z --no-config --format json testdata/examples
lint_both 0 --now 2026-11-27T00:00:00Z --no-config testdata/examples/create-job/env-sensor-fw-2-4-1.json
tail -n 1 "$work/installed.out"
lint_both 0 --explain IJ103

# The man page: its header carries the version, every long option of --help is in it,
# and it renders (with groff's warnings on, when groff is here).
man_page=$root/usr/share/man/man1/iotjob-lint.1.gz
gzip -dc "$man_page" >"$work/iotjob-lint.1"
grep -qx ".TH IOTJOB-LINT 1 \"[0-9-]*\" \"iotjob-lint $version\" \"User Commands\"" "$work/iotjob-lint.1" ||
  fail "the man page's header: $(grep '^\.TH' "$work/iotjob-lint.1")"
"$installed" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$work/options"
[[ -s $work/options ]] || fail "no options in --help"
if command -v man >/dev/null 2>&1; then
  # man-db's seccomp sandbox does not work in every container
  MAN_DISABLE_SECCOMP=1 MANWIDTH=80 man -l "$man_page" 2>&1 >"$work/man.txt" | tee "$work/man.err"
  [[ ! -s $work/man.err ]] || fail "man -l printed errors"
  echo "man -l: $(wc -l <"$work/man.txt") lines"
elif command -v groff >/dev/null 2>&1; then
  groff -man -Tutf8 "$work/iotjob-lint.1" | sed 's/.\x08//g' >"$work/man.txt"
  echo "groff: $(wc -l <"$work/man.txt") lines"
else
  echo "neither man nor groff: the options are looked for in the roff source"
  sed 's/\\-/-/g; s/\\f[BIR]//g' "$work/iotjob-lint.1" >"$work/man.txt"
fi
if command -v groff >/dev/null 2>&1; then
  groff -man -Tutf8 -ww -z "$work/iotjob-lint.1" 2>"$work/groff.err"
  [[ ! -s $work/groff.err ]] || fail "groff warns about the man page: $(cat "$work/groff.err")"
fi
grep -q '^NAME' "$work/man.txt" || grep -q '^\.SH NAME' "$work/iotjob-lint.1" || fail "the man page has no NAME"
while read -r option; do
  grep -q -- "$option\b" "$work/man.txt" || fail "the man page does not mention $option"
done <"$work/options"
echo "man page: $(wc -l <"$work/options") options of --help, all in it"

dpkg_root -r iotjob-lint >>"$work/dpkg.log" 2>&1 || {
  cat "$work/dpkg.log"
  fail "dpkg -r"
}
[[ ! -e $installed && ! -e $man_page ]] || fail "dpkg -r left files behind"

# 4. The tarball: one folder named as the file, holding the same files and the same linter.
top=iotjob-lint-$version-linux-$arch
tar -tzf "$tgz" | grep -v '/$' | LC_ALL=C sort >"$work/tgz.files"
diff -u <(expected_files "$top/") "$work/tgz.files" || fail "the tarball's files differ (- expected, + found)"
mkdir "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
check_eq "the tarball's --version" "$("$work/tgz/$top/bin/iotjob-lint" --version)" "iotjob-lint $version"
dpkg-deb -x "$deb" "$work/deb"
cmp -s "$work/tgz/$top/bin/iotjob-lint" "$work/deb/usr/bin/iotjob-lint" || fail "the tarball's and the .deb's linters differ"
cmp -s "$work/tgz/$top/share/man/man1/iotjob-lint.1.gz" "$work/deb/usr/share/man/man1/iotjob-lint.1.gz" ||
  fail "the tarball's and the .deb's man pages differ"

# 5. cmake --install under a prefix: the same layout, the built linter itself.
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 || {
  cat "$work/install.log"
  fail "cmake --install"
}
(cd "$work/prefix" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$work/prefix.files"
diff -u <(expected_files "") "$work/prefix.files" || fail "cmake --install's files differ (- expected, + found)"
cmp -s "$linter" "$work/prefix/bin/iotjob-lint" || fail "cmake --install did not install the built linter"

echo "PASS"
