#!/usr/bin/env bash
# Trains the base models of the Table 2 sweep: V=256, every data set x mode x loss, on
# CPU, JOBS at a time with one torch thread each. The other vocabulary sizes are refitted from
# these (scripts/table2_sweep.sh). STAMP-J on a univariate data set is STAMP-I (atoms of C = 1
# channel), so SeqCombSingle trains once per loss.
# Usage: scripts/table2_train.sh [EPOCHS] [OUTDIR] [JOBS] [N]   (N: SeqComb samples, default 10000)
set -euo pipefail
export PYTHON=${PYTHON:-python3}  # the interpreter stampcodec is installed in
epochs=${1:-4}
out=${2:-runs/table2}
jobs=${3:-2}
n=${4:-10000}
mkdir -p "$out"
# longest first, so the queue drains evenly
specs="mv:independent:hybrid mvirreg:independent:hybrid mv:independent:mse mvirreg:independent:mse
mv:joint:hybrid mvirreg:joint:hybrid mv:joint:mse mvirreg:joint:mse single:independent:hybrid single:independent:mse"
printf '%s\n' $specs | xargs -P "$jobs" -I{} bash -c '
  IFS=: read -r data mode loss <<< "{}"
  name="$0/base-$data-$mode-$loss"
  [ -f "$name.stamp" ] && exit 0
  "$PYTHON" -m stampcodec train --data "seqcomb:$data:'"$n"'" --mode "$mode" --loss "$loss" -V 256 --epochs '"$epochs"' \
    --threads 1 --checkpoint-dir "$name.ckpt" --resume --force --quiet -o "$name.stamp" > "$name.log" 2>&1 \
    || { cat "$name.log"; exit 1; }
  echo "$(date +%T) $name: $(tail -1 "$name.log")"
' "$out"
