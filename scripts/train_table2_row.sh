#!/usr/bin/env bash
# Trains and evaluates the STAMP-I Hybrid V=256 models of issue 2 (the paper's Table 2 row) on CPU.
# Usage: scripts/train_table2_row.sh [EPOCHS] [OUTDIR]   (defaults: 30 runs/table2)
set -euo pipefail
epochs=${1:-30}
out=${2:-runs/table2}
mkdir -p "$out"
for v in single mv; do
  stampcodec train --data "seqcomb:$v" --mode independent --loss hybrid -V 256 --epochs "$epochs" \
    --threads 1 --checkpoint-dir "$out/ckpt-$v" --resume --force -o "$out/stamp-i-hybrid-v256-$v.stamp" &
done
wait
for v in single mv; do
  stampcodec eval "$out/stamp-i-hybrid-v256-$v.stamp" --data "seqcomb:$v" --json "$out/stamp-i-hybrid-v256-$v.eval.json"
done
