#!/usr/bin/env bash
# The full Table 2 sweep on CPU: train the V=256 base models (scripts/table2_train.sh),
# refit their codebooks to V in {32, 64, 128, 512} (`stampcodec refit`), then compare every model
# with SAX, ABBA, SZ3, ZFP and pcodec per data set (`stampcodec eval --baselines all`) and merge
# the results into OUTDIR/rdp.{csv,md,png}.
# Usage: scripts/table2_sweep.sh [EPOCHS] [OUTDIR] [JOBS] [N]
#   N: SeqComb samples (10000 = the paper's data; CI runs a tiny N to check the pipeline)
set -euo pipefail
# Training first; sourcing it also sets epochs, out, jobs, n and PYTHON from the same arguments.
source "$(cd "$(dirname "$0")" && pwd)/table2_train.sh"
for base in "$out"/base-*.stamp; do
  case $base in *-v[0-9]*.stamp) continue;; esac
  for v in 32 64 128 512; do echo "$base $v"; done
done | xargs -P "$jobs" -L1 bash -c '
  base=$0 v=$1 stem=${0%.stamp}
  [ -f "$stem-v$v.stamp" ] && exit 0
  data=$(basename "$stem" | cut -d- -f2)
  "$PYTHON" -m stampcodec refit "$base" --data "seqcomb:$data:'"$n"'" -V "$v" --iterations 6 --max-rows 3000 --quiet \
    -o "$stem-v$v.stamp" > "$stem-v$v.log" 2>&1 || { cat "$stem-v$v.log"; exit 1; }'
csvs=()
for data in single mv mvirreg; do
  models=$(ls "$out"/base-$data-*.stamp)
  "$PYTHON" -m stampcodec eval $models --data "seqcomb:$data:$n" --baselines all --out "$out/$data" --quiet > "$out/$data.log"
  csvs+=("$out/$data/rdp.csv")
done
"$PYTHON" -m stampcodec.rdp.report "$out" "${csvs[@]}"
