#!/usr/bin/env python3
"""Runs two commands in alternation (A B A B ...) and prints each one's median wall time and
the median of the per-pair ratios B/A.

On a shared machine the speed drifts by tens of percent over minutes; a pair run back to
back sees the same machine, so the ratio of a pair is steadier than the ratio of two medians
taken minutes apart. For commands of 0.1 s and more (process start-up is not subtracted).

usage: bench/paired.py RUNS 'COMMAND A' 'COMMAND B'
"""
import statistics
import subprocess
import sys
import time


def wall(cmd):
    start = time.perf_counter()
    # through sh, as hyperfine without -N: a glob such as files/*.json is the shell's
    subprocess.run(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    runs = int(sys.argv[1])
    a, b = sys.argv[2], sys.argv[3]
    wall(a), wall(b)  # warm the page cache
    ta, tb = [], []
    for _ in range(runs):
        ta.append(wall(a))
        tb.append(wall(b))
    ratios = [y / x for x, y in zip(ta, tb)]
    print(f"A median {statistics.median(ta):.3f} s, B median {statistics.median(tb):.3f} s, "
          f"B/A per pair: median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f}, {runs} pairs)")


if __name__ == "__main__":
    main()
