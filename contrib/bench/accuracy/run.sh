#!/bin/bash
# Accuracy benchmark: precision/recall per type on labelled data and false positives per 10k
# tokens on PII-free text. Usage: contrib/bench/accuracy/run.sh [BUILD_DIR] [--show]
# (BUILD_DIR defaults to ./build; it must hold contrib/bench/bench_accuracy.)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
build=${1:-$src/build}
show=${2:-}
bin=$build/contrib/bench/bench_accuracy
[ -x "$bin" ] || { echo "build bench_accuracy first: cmake --build $build --target bench_accuracy" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "## presidio-research (synth_dataset_v2, generated_large, generated_small)"
"$bin" $show "$here"/data/synth_dataset_v2.json "$here"/data/generated_large.json \
    "$here"/data/generated_small.json
echo
echo "## faker multi-locale (en_US, en_GB, de, fr, nl; regenerate with faker/gen.mjs)"
"$bin" $show "$here"/data/faker_multilocale.json
echo
echo "## PII-free: synthetic logs, hush's own sources (tests excluded), /usr/include/*.h"
python3 "$here"/make_clean_logs.py > "$tmp"/logs.txt
clean=("$tmp"/logs.txt)
while IFS= read -r f; do clean+=("$f"); done < <(find "$src"/anonymize "$src"/ca "$src"/domains \
    "$src"/gateway -maxdepth 1 \( -name '*.c' -o -name '*.h' \) | sort)
while IFS= read -r f; do clean+=("$f"); done < <(ls /usr/include/*.h | sort)
"$bin" $show --clean "${clean[@]}" | sed -n '/PII-free/,$p;/CLEAN-FP/p'
