#!/usr/bin/env bash
# Puts the seed text, Project Gutenberg eBook #4300 (Ulysses, public domain in the US), at
# data/Ulysses.txt: copied from a local copy when there is one (the folder STREAMCOMPARE_SHARED
# names, else the build machine's shared data folder beside the clone), else downloaded from
# Project Gutenberg. Checks its sha256. Does nothing but the check when the file is there: the build
# runs it before the tests (root pom.xml). The text is not committed (see .gitignore); the oracle of
# its word counts is (data/Ulysses.counts.tsv, made by data/count-words.py).
set -euo pipefail

data_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
shared_dir=${STREAMCOMPARE_SHARED:-$data_dir/../../shared/data}
target=$data_dir/Ulysses.txt
expected_sha=29c3ae22cef73c17a7f496a02b7bc604ce11f57410a12f3c18a4332e0aadcd79
url=https://www.gutenberg.org/cache/epub/4300/pg4300.txt

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

if [[ ! -s $target ]]; then
  if [[ -f $shared_dir/Ulysses.txt ]]; then
    cp "$shared_dir/Ulysses.txt" "$target.tmp"
    echo "get-ulysses: copied from a local copy"
  else
    echo "get-ulysses: downloading $url"
    if ! curl -fsSL --retry 2 --max-time 120 -o "$target.tmp" "$url"; then
      rm -f "$target.tmp"
      echo "get-ulysses: error: cannot download $url; put the text at $target yourself" >&2
      exit 1
    fi
  fi
  chmod u+w "$target.tmp"
  mv "$target.tmp" "$target"
fi

actual_sha=$(sha_of "$target")
if [[ $actual_sha == "$expected_sha" ]]; then
  echo "get-ulysses: $target ok (sha256 $expected_sha)"
else
  # A newer Gutenberg edition: usable, but the seed's figures (the 13600, ...) will differ.
  echo "get-ulysses: warning: $target has sha256 $actual_sha, not the seed edition's $expected_sha;" \
       "counts will differ from the seed's (the 13600, of 8127, ...)" >&2
fi
