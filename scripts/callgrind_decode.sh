#!/usr/bin/env bash
# Instructions per decoded sample of the C decoder (callgrind), the stable figure for speed claims:
# default model, T = 5000, 1 channel, float and q15, inclusive cost of the decode call only, for
# format version 1 (bit-packed) and version 2 (entropy-coded segments, every sample coded: the
# same tokens, so the difference is the range decoder's cost), version 2 with tokens skipped
# (--skip 2: fewer atoms summed, one more symbol), the signal coded at a quarter of its rate
# (--resample 4, as `encode` does by default for a channel whose content allows it: the tokens of
# 1250 samples, then the resampler), and for the error-bounded layer
# (--max-error 0.01 std and 0.1 std of the same signal: f64 and the integer lattice call).
#   scripts/callgrind_decode.sh [WORKDIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
REPEAT=20
mkdir -p "$WORK"
stampcodec export --format c -o "$WORK/model.h" --force >/dev/null 2>&1
python - "$WORK" <<'PY'
import sys
import numpy as np
from stampcodec import Codec
x = np.cumsum(np.random.default_rng(0).normal(size=5000))
codec = Codec.load(backend="numpy")
open(f"{sys.argv[1]}/t5000-v1.tok", "wb").write(codec.encode(x, version=1))
open(f"{sys.argv[1]}/t5000-v2.tok", "wb").write(codec.encode(x, resample=1))
# the token budget: the same signal with tokens skipped (encode --resample 1 --skip 2)
open(f"{sys.argv[1]}/t5000-v2skip.tok", "wb").write(codec.encode(x, resample=1, skip=2.0))
# a channel coded at a coarser time scale (stampcodec.resample), decoded through the resampler
open(f"{sys.argv[1]}/t5000-v2r4.tok", "wb").write(codec.encode(x, resample=4))
for e in (0.01, 0.1):
    open(f"{sys.argv[1]}/t5000-bounded{e}.tok", "wb").write(codec.encode(x, max_error=e * x.std()))
PY
cmake -S "$ROOT/firmware_examples/linux_cli" -B "$WORK/build" -DCMAKE_BUILD_TYPE=Release \
  -DSTAMPDEC_MODEL_HEADER="$WORK/model.h" >/dev/null
cmake --build "$WORK/build" >/dev/null
# measure LABEL FILE FUNCTION [stampdec_cli flags]: inclusive instructions of FUNCTION per sample
measure() {
  local label="$1" file="$2" fn="$3" ir
  shift 3
  valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.$label" "$WORK/build/stampdec_cli" "$@" \
    --repeat $REPEAT "$file" --null >/dev/null 2>&1
  ir=$(callgrind_annotate --inclusive=yes "$WORK/cg.$label" | grep -E "[^_]${fn} " | head -1 | awk '{gsub(",","",$1); print $1}')
  if [ -z "$ir" ]; then echo "no $fn in the callgrind profile" >&2; exit 1; fi
  echo "$label: $ir instructions for $REPEAT x 5000 samples = $(python -c "print(f'{$ir / ($REPEAT * 5000):.1f}')") per sample"
}
for version in v1 v2 v2skip v2r4; do
  # the float path as stampdec_cli calls it (normalized samples; the statistics are applied in double)
  measure "$version-float" "$WORK/t5000-$version.tok" stampdec_decode_frame_normalized
  measure "$version-q15" "$WORK/t5000-$version.tok" stampdec_decode_frame_q15 --q15
done
for e in 0.01 0.1; do
  measure "bounded-$e-f64" "$WORK/t5000-bounded$e.tok" stampdec_decode_frame_f64
  measure "bounded-$e-lattice" "$WORK/t5000-bounded$e.tok" stampdec_decode_frame_lattice --q15
done
