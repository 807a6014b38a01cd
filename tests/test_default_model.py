"""The bundled default model: small, documented, and doing sensible work on held-out real
recordings (slices the training script never saw: other subjects, later times, other plants)."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stampcodec import Codec, verify
from stampcodec.codec import DEFAULT_MODEL
from stampcodec.csvio import read_csv

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"

# Normalized MSE measured when the model was trained (the README's table), with headroom for
# platform rounding; a regression in the model or the runtime trips these.
HELD_OUT = {
    ROOT / "examples" / "wrist_imu.csv": 0.06,
    DATA / "ecg_holdout.csv": 0.11,
    DATA / "gait_holdout.csv": 0.55,
    DATA / "pv_holdout.csv": 0.11,
}


def test_bundle_is_small_and_says_what_it_was_trained_on():
    assert DEFAULT_MODEL.stat().st_size < 1_000_000
    codec = Codec.load()
    assert codec.config.normalization == "zscore" and codec.config.mode == "independent"
    sources = codec.bundle.info["default_model_sources"]
    assert {"watch-imu", "ecg", "ppg", "plaid-current", "pv", "daphnet-gait", "systole", "bitalino-ecg"} <= set(sources)
    assert {"systole x8", "watch-imu x2"} <= set(sources)  # time-scale augmentation (scripts/default_model.py)
    assert codec.bundle.config.sdtw_weight == 1.0


@pytest.mark.parametrize("path,bound", HELD_OUT.items(), ids=[p.stem for p in HELD_OUT])
def test_held_out_quality(path, bound):
    codec = Codec.load()
    x = read_csv(path).data
    blob = codec.encode(x)
    v = verify(x, codec.decode(blob), blob)
    assert v.nmse < bound
    # a trivial code at the same rate, every 18th sample held and linearly interpolated, does worse
    keep = np.arange(0, len(x), 18)
    naive = np.column_stack([np.interp(np.arange(len(x)), keep, x[keep, c]) for c in range(x.shape[1])])
    assert v.nmse < verify(x, naive).nmse


def test_readme_first_command(tmp_path):
    """`stampcodec encode <example> -o tokens.bin` then `stampcodec decode tokens.bin -o out.csv`."""
    exe = [sys.executable, "-m", "stampcodec"]
    src = ROOT / "examples" / "wrist_imu.csv"
    r = subprocess.run([*exe, "encode", str(src), "-o", "tokens.bin"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*exe, "decode", "tokens.bin", "-o", "out.csv"], cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    a, b = read_csv(src), read_csv(tmp_path / "out.csv")
    assert b.columns == a.columns and b.data.shape == a.data.shape
    assert verify(a.data, b.data).nmse < HELD_OUT[src]
