#!/usr/bin/env bash
# Trains and evaluates the STAMP-I Hybrid V=256 models (the paper's Table 2 row) on CPU,
# SeqCombSingle and SeqCombMV in parallel (one thread each), then runs `stampcodec eval` on both.
# Usage: scripts/train_table2_row.sh [EPOCHS] [OUTDIR] [extra `stampcodec train` flags...]
#   scripts/train_table2_row.sh 30 runs/table2
#   scripts/train_table2_row.sh 20 runs/table2-paper --commitment 0.25 --activation-penalty 0
set -euo pipefail
epochs=${1:-30}
out=${2:-runs/table2}
shift $(( $# > 2 ? 2 : $# ))
mkdir -p "$out"
pids=()
for v in single mv; do
  stampcodec train --data "seqcomb:$v" --mode independent --loss hybrid -V 256 --epochs "$epochs" \
    --threads 1 --checkpoint-dir "$out/ckpt-$v" --resume --force -o "$out/stamp-i-hybrid-v256-$v.stamp" "$@" \
    > "$out/train-$v.log" 2>&1 &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
for v in single mv; do
  stampcodec eval "$out/stamp-i-hybrid-v256-$v.stamp" --data "seqcomb:$v" --json "$out/stamp-i-hybrid-v256-$v.eval.json"
done
