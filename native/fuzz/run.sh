#!/usr/bin/env bash
# Build the libFuzzer target (clang, ASan + UBSan) for each of three models and fuzz the parser
# SECONDS each (default 60), starting from corpora of valid token files made with that model
# (format versions 1 and 2: entropy-coded segments, resampled channels, error-bounded frames):
#   default  the bundled model (V=256: 8-bit tokens, independent mode)
#   v100     its codebook refitted to V=100 (7-bit tokens, so token >= V must be caught)
#   joint    a 3-channel joint-mode model with V=64 (random weights: the parser, not quality)
# Needs clang and an installed stampcodec (with the test extras, for the random joint model).
#   native/fuzz/run.sh 600 [WORKDIR] [MODEL ...]
set -euo pipefail
SECONDS_TO_RUN="${1:-60}"
WORK="${2:-$(mktemp -d)}"
shift $(( $# > 2 ? 2 : $# ))
MODELS=("${@:-default v100 joint}")
read -r -a MODELS <<< "${MODELS[*]}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$WORK"
python - "$WORK" "$ROOT" "${MODELS[@]}" <<'PY'
import io
import sys
from pathlib import Path

import numpy as np

from stampcodec import Codec, bundle
from stampcodec.csvio import CsvReader, read_csv
from stampcodec.refit import refit_codebook

work, root, names = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:]
sys.path.insert(0, str(root / "tests"))
g = np.random.default_rng(0)
base = bundle.load(root / "codec" / "stampcodec" / "models" / "default.stamp")
signals = [read_csv(root / p) for p in ("tests/data/ecg_holdout.csv", "tests/data/pv_holdout.csv",
                                        "tests/data/gait_holdout.csv", "examples/wrist_imu.csv")]


def make(name):
    if name == "default":
        return base
    if name == "v100":
        x = signals[0].data[:, 0]
        x = (x - x.mean()) / x.std()
        windows = np.stack([x[i:i + 256] for i in range(0, len(x) - 256, 64)])[:, None, :]
        return refit_codebook(base, windows, 100, iterations=2, max_rows=400)
    if name == "joint":
        from helpers import random_bundle
        return random_bundle(mode="joint", channels=3, codebook_size=64)
    raise SystemExit(f"unknown model {name!r} (default, v100, joint)")


for name in names:
    m = make(name)
    folder = work / name / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    bundle.save(m, work / name / "model.stamp")
    codec = Codec(m, backend="numpy")
    width = 3 if m.config.mode == "joint" else 4
    for i, (s, frame) in enumerate(zip(signals, (256, 128, 512, 1024))):
        x = np.resize(s.data, (len(s.data), width)).copy()
        x[g.random(x.shape) < 0.01] = np.nan  # frames with missing-sample masks
        cols = [f"c{j}" for j in range(width)]
        (folder / f"seed{i}.tok").write_bytes(codec.encode(x, columns=cols, sample_rate=50.0, frame_samples=frame))
        # version 2 at several time scales (joint: one), and the first format
        factors = 3 if m.config.mode == "joint" else [1, 2, 3, 7][:width]
        (folder / f"resampled{i}.tok").write_bytes(codec.encode(x, frame_samples=frame, resample=factors))
        (folder / f"v1-{i}.tok").write_bytes(codec.encode(x, frame_samples=frame, version=1))
        # skipped tokens (FRAME_SKIP: V + 1 symbols), range coded and bit-packed
        (folder / f"skip{i}.tok").write_bytes(codec.encode(x, frame_samples=frame, resample=factors, skip=2.0))
        (folder / f"skip-packed{i}.tok").write_bytes(codec.encode(x, frame_samples=frame, skip=1.0, entropy=False))
        # the error-bounded layer: every predictor, grids (integer-valued channels), masks; and
        # REFINE fields (what a rate target writes)
        e = 0.01 * np.nanstd(x, axis=0) + 1e-3
        (folder / f"bounded{i}.tok").write_bytes(codec.encode(x, frame_samples=frame, max_error=list(e)))
        (folder / f"grid{i}.tok").write_bytes(codec.encode(np.round(x * 10), frame_samples=frame, max_error=0.3))
        (folder / f"rated{i}.tok").write_bytes(codec.encode(x, frame_samples=frame, bpt=1.5, layer="bounded"))
        # exact time stamps (encode --keep-time): jittered epoch milliseconds ahead of the tokens
        text = "time," + ",".join(cols) + "\n" + "".join(
            f"{1714564800000 + 10 * j + j % 3}," + ",".join(f"{v:.4f}" for v in row) + "\n"
            for j, row in enumerate(np.nan_to_num(x[:2000])))
        for kind, extra in (("tokens", {}), ("bounded", {"max_error": 0.05})):
            buf = io.BytesIO()
            codec.encode_to(CsvReader(lambda: io.StringIO(text), "seed"), buf, frame_samples=frame, keep_time=True,
                            **extra)
            (folder / f"kept-time-{kind}{i}.tok").write_bytes(buf.getvalue())
    (folder / "short.tok").write_bytes(codec.encode(np.arange(5.0 * width).reshape(5, width)))
    x = (1e9 + np.sin(np.arange(3000.0) / 9))[:, None].repeat(width, axis=1)
    x[g.random(3000) < 0.1] = np.nan  # whole time steps lost: frames with one shared mask
    (folder / "shared.tok").write_bytes(codec.encode(x, frame_samples=512))
PY
for name in "${MODELS[@]}"; do
  dir="$WORK/$name"
  stampcodec export --format c -o "$dir/model.h" --model "$dir/model.stamp" --force
  # STAMPDEC_FUZZING: CRCs are not enforced, so mutations reach the field and token checks behind them
  clang -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -DSTAMPDEC_FUZZING \
    -I"$ROOT/native/include" -DSTAMPDEC_MODEL_HEADER="\"$dir/model.h\"" \
    "$ROOT/native/fuzz/fuzz_stampdec.c" "$ROOT/native/src/stampdec.c" -lm -o "$dir/fuzz_stampdec"
  "$dir/fuzz_stampdec" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$dir/" "$dir/corpus" > "$dir/fuzz.log" 2>&1 || { tail -40 "$dir/fuzz.log"; exit 1; }
  echo "== $name"
  grep -E "^Done [0-9]+ runs|stat::peak_rss_mb" "$dir/fuzz.log"
  grep -E "cov:" "$dir/fuzz.log" | tail -1
done
