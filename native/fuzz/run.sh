#!/usr/bin/env bash
# Build the libFuzzer target (clang, ASan + UBSan) and fuzz the parser for SECONDS (default 60),
# starting from a corpus of valid token files. Needs clang and an installed stampcodec.
#   native/fuzz/run.sh 60 [WORKDIR]
set -euo pipefail
SECONDS_TO_RUN="${1:-60}"
WORK="${2:-$(mktemp -d)}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$WORK/corpus"
stampcodec export --format c -o "$WORK/model.h" --force
python - "$WORK/corpus" "$ROOT" <<'PY'
import sys
from pathlib import Path
import numpy as np
from stampcodec import Codec
from stampcodec.data.csvio import read_csv
out, root = Path(sys.argv[1]), Path(sys.argv[2])
codec = Codec.load(backend="numpy")
g = np.random.default_rng(0)
for i, (name, frame) in enumerate([("tests/data/ecg_holdout.csv", 256), ("tests/data/pv_holdout.csv", 128),
                                   ("tests/data/gait_holdout.csv", 512), ("examples/wrist_imu.csv", 1024)]):
    s = read_csv(root / name)
    x = s.data.copy()
    x[g.random(x.shape) < 0.01] = np.nan  # frames with missing-sample masks
    (out / f"seed{i}.tok").write_bytes(codec.encode(x[:, :4], columns=s.columns[:4], sample_rate=50.0, frame_samples=frame))
(out / "short.tok").write_bytes(codec.encode(np.arange(5.0)))
x = np.sin(np.arange(3000.0) / 9)[:, None].repeat(3, axis=1)
x[g.random(3000) < 0.1] = np.nan  # whole time steps lost: frames with one shared mask
(out / "shared.tok").write_bytes(codec.encode(x, frame_samples=512))
PY
# STAMPDEC_FUZZING: CRCs are not enforced, so mutations reach the field and token checks behind them
clang -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -DSTAMPDEC_FUZZING \
  -I"$ROOT/native/include" -DSTAMPDEC_MODEL_HEADER="\"$WORK/model.h\"" \
  "$ROOT/native/fuzz/fuzz_stampdec.c" "$ROOT/native/src/stampdec.c" -lm -o "$WORK/fuzz_stampdec"
"$WORK/fuzz_stampdec" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$WORK/" "$WORK/corpus" > "$WORK/fuzz.log" 2>&1 || { tail -40 "$WORK/fuzz.log"; exit 1; }
tail -8 "$WORK/fuzz.log"
