"""Frozen conformance files (tests/golden/v1, written once by scripts/make_golden.py): every
decoder must reproduce their samples and the encoder their bytes, so a writer and a reader that
change together cannot pass unnoticed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stampcodec import container
from stampcodec.bundle import load
from stampcodec.codec import DEFAULT_MODEL, Codec
from stampcodec.runtime import native

GOLDEN = Path(__file__).parent / "golden" / "v1"
MANIFEST = json.loads((GOLDEN / "manifest.json").read_text())
CASES = sorted(MANIFEST["cases"])


def _case(name: str) -> tuple[dict, Codec, bytes]:
    spec = MANIFEST["cases"][name]
    return spec, Codec(load(GOLDEN / spec["model"]), backend="numpy"), (GOLDEN / f"{name}.tok").read_bytes()


@pytest.mark.parametrize("name", CASES)
def test_numpy_decoder_reproduces_the_golden_samples(name):
    _, codec, blob = _case(name)
    want = np.load(GOLDEN / f"{name}.float.npy")
    np.testing.assert_allclose(codec.decode(blob), want, rtol=1e-12, atol=0)


@pytest.mark.skipif(not native.available(), reason="the C extension is not built")
@pytest.mark.parametrize("name", CASES)
def test_c_decoder_reproduces_the_golden_samples(name):
    spec, codec, blob = _case(name)
    want = np.load(GOLDEN / f"{name}.float.npy")
    got = Codec(codec.bundle, backend="native").decode(blob)
    assert np.array_equal(np.isnan(got), np.isnan(want))
    scale = np.nanstd(want, axis=0)
    assert np.nanmax(np.abs(got - want) / np.where(scale > 0, scale, 1)) < 1e-5
    h, frames = container.split(blob, name)
    q15 = native.NativeDecoder(codec.bundle).decode(h.raw, frames, q15=True)
    assert np.array_equal(q15, np.load(GOLDEN / f"{name}.q15.npy"))  # integer arithmetic: bit-exact


@pytest.mark.parametrize("name", [n for n in CASES if MANIFEST["cases"][n]["reencodes"]])
def test_encoder_reproduces_the_golden_bytes(name):
    spec, codec, blob = _case(name)
    x = np.load(GOLDEN / spec["input"])
    assert codec.encode(x, **spec["encode"]) == blob


def test_readme_example_gives_the_golden_bytes(tmp_path):
    """The README's first command, with the bundled default model (a new default model must
    keep the old one findable and this file regenerated on purpose)."""
    golden = (GOLDEN / "readme-wrist-imu.tok").read_bytes()
    assert container.read_header(__import__("io").BytesIO(golden), "g").model_id == load(DEFAULT_MODEL).model_id
    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "-m", "stampcodec", "encode", str(root / "examples" / "wrist_imu.csv"), "-o",
                        str(tmp_path / "tokens.bin"), "--quiet"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "tokens.bin").read_bytes() == golden
