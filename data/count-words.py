#!/usr/bin/env python3
"""Writes the word counts of a text, the project's independent oracle of its reference counter.

Python 3's str.split() applied to each line of the text (decoded as UTF-8, malformed bytes
replaced by U+FFFD as the engines do), every word with its count as word<TAB>count, one per
line, in code-point order. No code of the project is used.

    python3 data/count-words.py data/Ulysses.txt > data/Ulysses.counts.tsv
"""
import collections
import sys


def main(argv):
    if len(argv) != 2:
        print("usage: count-words.py TEXT > COUNTS.tsv", file=sys.stderr)
        return 2
    counts = collections.Counter()
    with open(argv[1], encoding="utf-8", errors="replace", newline="") as text:
        for line in text:
            counts.update(line.split())
    out = sys.stdout.buffer
    for word in sorted(counts):
        out.write(f"{word}\t{counts[word]}\n".encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
