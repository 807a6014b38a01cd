"""Frozen conformance files (tests/golden/vN, written once per format version by
scripts/make_golden.py): every decoder must reproduce their samples and the encoder their bytes,
so a writer and a reader that change together cannot pass unnoticed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stampcodec import container, timestamps
from stampcodec.csvio import CsvReader
from stampcodec.bundle import load
from stampcodec.codec import DEFAULT_MODEL, Codec
from stampcodec.runtime import native

ROOT = Path(__file__).parent / "golden"
VERSIONS = ("v1", "v2")
MANIFESTS = {v: json.loads((ROOT / v / "manifest.json").read_text()) for v in VERSIONS}
CASES = [f"{v}/{n}" for v in VERSIONS for n in sorted(MANIFESTS[v]["cases"])]
GOLDEN = ROOT / "v2"  # the README example's file: what the current encoder writes


def _case(case: str) -> tuple[dict, Codec, bytes]:
    v, name = case.split("/")
    spec = dict(MANIFESTS[v]["cases"][name], version=MANIFESTS[v]["format_version"])
    folder = ROOT / v
    prior = folder / spec["prior"] if "prior" in spec else None
    return spec, Codec(load(folder / spec["model"]), backend="numpy", prior=prior), (folder / f"{name}.tok").read_bytes()


def _file(case: str, suffix: str) -> Path:
    v, name = case.split("/")
    return ROOT / v / f"{name}{suffix}"


@pytest.mark.parametrize("name", CASES)
def test_numpy_decoder_reproduces_the_golden_samples(name):
    _, codec, blob = _case(name)
    want = np.load(_file(name, ".float.npy"))
    np.testing.assert_allclose(codec.decode(blob), want, rtol=1e-12, atol=0)


@pytest.mark.skipif(not native.available(), reason="the C extension is not built")
@pytest.mark.parametrize("name", CASES)
def test_c_decoder_reproduces_the_golden_samples(name):
    spec, codec, blob = _case(name)
    want = np.load(_file(name, ".float.npy"))
    if "prior" in spec:  # tokens coded with a prior: Python decodes them, the C library says it cannot
        h, frames = container.split(blob, name)
        with pytest.raises(Exception, match="coded with a prior need the Python runtime"):
            native.NativeDecoder(codec.bundle).decode(h.raw, frames)
        got = Codec(codec.bundle, backend="native", prior=codec.prior).decode(blob)  # parsed in Python
        assert np.array_equal(got, codec.decode(blob), equal_nan=True)
        return
    got = Codec(codec.bundle, backend="native").decode(blob)
    assert np.array_equal(np.isnan(got), np.isnan(want))
    if "max_error" in spec["encode"]:  # the error-bounded layer: integer lattice, bit-exact in C too
        assert np.array_equal(got, want, equal_nan=True)
        return
    scale = np.nanstd(want, axis=0)
    assert np.nanmax(np.abs(got - want) / np.where(scale > 0, scale, 1)) < 1e-5
    h, frames = container.split(blob, name)
    dec = native.NativeDecoder(codec.bundle)
    q15 = dec.decode(h.raw, frames, q15=True)
    assert np.array_equal(q15, np.load(_file(name, ".q15.npy")))  # integer arithmetic: bit-exact
    # without room for the token cache the library decodes each segment twice: the same samples
    assert np.array_equal(dec.decode(h.raw, frames, q15=True, spare=False), q15)
    assert np.array_equal(dec.decode(h.raw, frames, spare=False), dec.decode(h.raw, frames), equal_nan=True)


@pytest.mark.parametrize("name", [n for n in CASES if _case(n)[0]["reencodes"]])
def test_encoder_reproduces_the_golden_bytes(name):
    spec, codec, blob = _case(name)
    path = ROOT / name.split("/")[0] / spec["input"]
    if path.suffix == ".csv":  # a CSV input: read as `stampcodec encode` reads it
        buf = io.BytesIO()
        codec.encode_to(CsvReader.open(path), buf, version=spec["version"], **spec["encode"])
        assert buf.getvalue() == blob
        return
    assert codec.encode(np.load(path), version=spec["version"], **spec["encode"]) == blob


@pytest.mark.parametrize("name", [n for n in CASES if _file(n, ".ticks.npy").exists()])
def test_kept_time_stamps_are_the_golden_ticks(name):
    _, _, blob = _case(name)
    kept = timestamps.read_kept_times(blob)
    assert kept is not None and np.array_equal(kept.ticks, np.load(_file(name, ".ticks.npy")))
    spec = _case(name)[0]
    rows = (ROOT / name.split("/")[0] / spec["input"]).read_text().splitlines()[1:]
    assert kept.digits == 0 and np.array_equal(kept.ticks, [int(r.split(";")[0]) for r in rows])  # the input's


def test_readme_example_gives_the_golden_bytes(tmp_path):
    """The README's first command, with the bundled default model (a new default model must
    keep the old one findable and this file regenerated on purpose)."""
    golden = (GOLDEN / "readme-wrist-imu.tok").read_bytes()
    assert container.read_header(io.BytesIO(golden), "g").model_id == load(DEFAULT_MODEL).model_id
    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "-m", "stampcodec", "encode", str(root / "examples" / "wrist_imu.csv"), "-o",
                        str(tmp_path / "tokens.bin"), "--quiet"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "tokens.bin").read_bytes() == golden


def test_readme_example_of_the_first_format_still_decodes_alike():
    """The same command wrote version 1 before format 2, with the first default model: that file
    still decodes (with no model named: stampcodec.released finds it), to what the current
    encoder gives with that model when it codes every sample (the same tokens, entropy coded)."""
    from stampcodec import released

    blob = (ROOT / "v1" / "readme-wrist-imu.tok").read_bytes()
    old = Codec.load(backend="numpy").decode(blob)
    first = Codec.load(released.released_path(container.read_header(io.BytesIO(blob), "g").model_id), backend="numpy")
    from stampcodec.csvio import read_csv
    x = read_csv(Path(__file__).resolve().parents[1] / "examples" / "wrist_imu.csv").data
    assert np.array_equal(old, first.decode(first.encode(x, resample=1)))
