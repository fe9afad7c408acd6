#!/usr/bin/env python3
"""The include half of the layer check: a file of a layer includes only headers of its own
layer or of the layers below it. The linker catches an upward call (layer_check_*); this
catches what it cannot see, such as an inline function or a type from a header above.

Usage: layer_includes.py SOURCE_DIR LAYER=FILE,FILE,... ...  (layers from the bottom up, as
CMakeLists.txt lists them; a header belongs to the layer of the .cpp of its stem, or to the
layer that lists it)."""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def main():
    root = sys.argv[1]
    owner = {}  # basename -> (layer index, layer name)
    files = []  # (path, layer index)
    names = []
    for i, arg in enumerate(sys.argv[2:]):
        name, _, listed = arg.partition("=")
        names.append(name)
        for rel in filter(None, listed.split(",")):
            path = os.path.join(root, rel)
            owned = [path]
            stem, ext = os.path.splitext(path)
            if ext == ".cpp" and os.path.exists(stem + ".hpp"):
                owned.append(stem + ".hpp")
            for p in owned:
                base = os.path.basename(p)
                if base in owner and owner[base][0] != i:
                    print(f"{base} is in two layers: {names[owner[base][0]]} and {name}")
                    return 1
                owner[base] = (i, name)
                files.append((p, i))
    bad = 0
    for path, i in sorted(set(files)):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in INCLUDE.finditer(text):
            inc = os.path.basename(m.group(1))
            rel = os.path.relpath(path, root)
            line = text.count("\n", 0, m.start()) + 1
            if inc not in owner:
                print(f"{rel}:{line}: includes {inc}, which belongs to no layer")
                bad += 1
            elif owner[inc][0] > i:
                print(f"{rel}:{line}: the {names[i]} layer includes {inc} of the {owner[inc][1]} layer above it")
                bad += 1
    print(f"{len(set(files))} files of {len(names)} layers checked, {bad} upward includes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
