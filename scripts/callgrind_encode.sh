#!/usr/bin/env bash
# Instructions per encoded sample of the C encoder (callgrind), the stable figure for its speed:
# default model, one channel of T = 16,384 samples (a random walk), inclusive cost of
# stampenc_push + stampenc_flush (everything from samples in to frame bytes out), for the float,
# double and fixed-point paths, in frames of 256 (low latency, the firmware example's) and 16,384.
#   scripts/callgrind_encode.sh [WORKDIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
T=16384
mkdir -p "$WORK"
stampcodec export --format c --tables both --encoder -o "$WORK/model.h" --force >/dev/null 2>&1
python -c "
import numpy as np
np.cumsum(np.random.default_rng(0).normal(size=$T)).astype('<f4').tofile('$WORK/walk.f32')"
cmake -S "$ROOT/firmware_examples/linux_cli" -B "$WORK/build" -DCMAKE_BUILD_TYPE=Release \
  -DSTAMPDEC_MODEL_HEADER="$WORK/model.h" >/dev/null
cmake --build "$WORK/build" >/dev/null
# measure LABEL [stampenc_cli flags]: inclusive instructions of push + flush per sample
measure() {
  local label="$1" ir
  shift
  valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$label" "$WORK/build/stampenc_cli" "$@" \
    1 "$WORK/walk.f32" "$WORK/$label.tok" >/dev/null 2>&1
  ir=$(callgrind_annotate --inclusive=yes "$WORK/cg.$label" | grep -E ":stampenc_(push|flush) " |
       awk '{gsub(",","",$1); s += $1} END {print s}')
  if [ -z "$ir" ] || [ "$ir" = 0 ]; then echo "no stampenc_push in the callgrind profile" >&2; exit 1; fi
  echo "$label: $ir instructions for $T samples = $(python -c "print(f'{$ir / $T:.0f}')") per sample, $(stat -c %s "$WORK/$label.tok") bytes"
}
for frame in 256 16384; do
  measure "f32-frame$frame" --frame $frame
  measure "f64-frame$frame" --f64 --frame $frame
  measure "q-frame$frame" --q --frame $frame
done
