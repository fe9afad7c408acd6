#!/usr/bin/env bash
# Every relative Markdown link `](path)` in README.md and docs/ points at a file or folder
# that exists inside the repository. Links with a scheme (https:, mailto:) and same-page
# anchors are skipped; `#anchor` after a path is not checked; fenced code is not read.
#
#   docs_links.sh SOURCE_DIR
set -euo pipefail

root=$(cd "${1:-$(dirname "$0")/..}" && pwd)
status=0
checked=0

# FILE → "LINE<TAB>TARGET" for each link outside ``` fences
links() {
  awk '
    /^[ \t]*```/ { fence = !fence; next }
    fence { next }
    {
      rest = $0
      while (match(rest, /\]\([^)]*\)/)) {
        print FNR "\t" substr(rest, RSTART + 2, RLENGTH - 3)
        rest = substr(rest, RSTART + RLENGTH)
      }
    }' "$1"
}

while IFS= read -r -d '' file; do
  dir=$(dirname "$file")
  rel_file=${file#"$root"/}
  while IFS=$'\t' read -r line target; do
    target=${target%% *}  # a title after the path: ](path "title")
    case $target in
      '' | '#'* | *://* | mailto:*) continue ;;
    esac
    path=${target%%#*}
    checked=$((checked + 1))
    resolved=$(realpath -m "$dir/$path")
    if [[ $resolved != "$root" && $resolved != "$root"/* ]]; then
      echo "$rel_file:$line: link leaves the repository: $target"
      status=1
    elif [[ ! -e $resolved ]]; then
      echo "$rel_file:$line: dangling link: $target"
      status=1
    fi
  done < <(links "$file")
done < <(find "$root/README.md" "$root/docs" -name '*.md' -print0 | sort -z)

if [[ $status -eq 0 ]]; then
  echo "docs_links: $checked relative links, all resolve"
fi
exit $status
