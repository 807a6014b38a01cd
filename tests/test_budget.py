"""Adaptive token budget (encode --skip, stampcodec.budget): the skip symbol in the format, the
encoder's choice, every decoder, and rate targets that use it."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from helpers import ROOT, cli, random_bundle, reseal_first_frame
from stampcodec import budget, container, ratecontrol
from stampcodec.codec import Codec, verify
from stampcodec.csvio import read_csv
from stampcodec.errors import ConfigError, ContainerError
from stampcodec.runtime import native
from stampcodec.runtime.decoder import synthesize_tier
from stampcodec.runtime.encoder import NumpyEncoder

needs_native = pytest.mark.skipif(not native.available(), reason="stampcodec._native is not built")


@pytest.fixture(scope="module")
def default() -> Codec:
    return Codec.load(backend="numpy")


def _bursty(n: int = 12000, seed: int = 4) -> np.ndarray:
    """Quiet stretches with a little noise, and bursts: what the budget is for."""
    g = np.random.default_rng(seed)
    t = np.arange(n)
    burst = ((t // 1500) % 3 == 0).astype(float)
    x = burst * np.sin(2 * np.pi * t / 37) * (1 + 0.3 * np.sin(t / 400)) + 0.02 * g.normal(size=n)
    y = np.convolve(g.normal(size=n), np.ones(40) / 40, mode="same") * (1 - burst) + 0.01 * g.normal(size=n)
    return np.stack([x, y], axis=1)


def test_error_change_is_the_exact_change_of_the_tier():
    """Away from the frame's edges, error_change is what removing one token does to the
    squared error of the pooled tier (scale 1 and 2)."""
    b = random_bundle(seed=5, codebook_size=40)
    enc = NumpyEncoder(b)
    hop = b.config.hop
    g = np.random.default_rng(0)
    tokens = g.integers(0, 40, size=(2, 12))
    pooled = g.normal(size=(2, 1, 12 * hop))
    tier = synthesize_tier(tokens, enc.waves_skip, hop, 1)
    for scale in (1, 2):
        got = budget.error_change(pooled, tier, enc.waves, tokens, hop, scale)
        for r in range(2):
            for j in range(2, 10):
                t2 = tokens.copy()
                t2[r, j] = 40  # the silent waveform
                without = synthesize_tier(t2, enc.waves_skip, hop, 1)
                want = scale * (((pooled[r] - without[r]) ** 2).sum() - ((pooled[r] - tier[r]) ** 2).sum())
                assert got[r, j] == pytest.approx(want, rel=1e-9, abs=1e-9)


def test_choose_skips_what_does_not_pay():
    tokens = np.array([[3, 3, 3, 5, 7, 3], [1, 2, 3, 4, 5, 6]])
    added = np.array([[-1.0, 0.1, 50.0, 0.1, 50.0, 0.1], [-1.0, 0.1, 0.1, 0.1, 0.1, 0.1]])
    out = budget.choose(tokens, added, np.array([1.0, np.nan]), 8)
    assert out[1].tolist() == tokens[1].tolist()  # NaN: this row skips nothing
    assert out[0, 0] == 8 and out[0, 2] == 3 and out[0, 4] == 7  # adds error: gone; worth its bits: kept
    assert (budget.choose(tokens, added, np.array([0.0, 0.0]), 8) == np.where(added < 0, 8, tokens)).all()
    more = budget.choose(tokens, added, np.array([1e6, 1e6]), 8)
    assert (more == 8).sum() > (out == 8).sum() and (more[out == 8] == 8).all()


def test_skipping_trades_rate_for_error_and_every_decoder_agrees(default):
    x = _bursty()
    sizes, errors = [], []
    for lam in (None, 0.5, 2.0, 8.0):
        blob = default.encode(x, resample=1, skip=lam)
        y = default.decode(blob)
        sizes.append(len(blob))
        errors.append(verify(x, y).nmse)
        if lam is not None:
            skipped, total = budget.count_skipped(blob)
            assert 0 < skipped < total
        if native.available():
            assert np.array_equal(Codec(default.bundle, backend="native").decode(blob), y)
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] < 0.6 * sizes[0]
    assert errors[1:] == sorted(errors[1:])
    # quiet stretches are where the tokens go: the bursty channel keeps most of its accuracy
    assert errors[1] < 1.5 * errors[0]


def test_skip_arguments_are_checked(default, tmp_path):
    x = _bursty(4000)
    for bad in (-1.0, float("nan"), [1.0], [1.0, 2.0, 3.0]):
        with pytest.raises(ConfigError, match="skip"):
            default.encode(x, skip=bad)
    for kw in (dict(bpt=0.2), dict(max_error=0.1), dict(version=1)):
        with pytest.raises(ConfigError, match="skip"):
            default.encode(x, skip=1.0, **kw)
    joint = Codec(random_bundle(seed=2, mode="joint", channels=2, codebook_size=64), backend="numpy")
    with pytest.raises(ConfigError, match="one skip lambda"):
        joint.encode(x, skip=[1.0, 2.0])
    src = ROOT / "tests" / "data" / "gait_holdout.csv"
    r = cli("encode", src, "-o", tmp_path / "x.tok", "--skip", "a,b")
    assert r.returncode == 1 and "--skip" in r.stderr and not (tmp_path / "x.tok").exists()
    r = cli("encode", src, "-o", tmp_path / "x.tok", "--skip", "2")
    assert r.returncode == 0, r.stderr
    d = json.loads(cli("info", tmp_path / "x.tok", "--json").stdout)
    assert d["skip_frames"] == 1 and "token budget" in cli("info", tmp_path / "x.tok").stdout
    assert verify(read_csv(src).data, read_csv(_decoded(tmp_path)).data).nmse < 1


def _decoded(tmp_path):
    assert cli("decode", tmp_path / "x.tok", "-o", tmp_path / "x.csv").returncode == 0
    return tmp_path / "x.csv"


def test_skip_frames_are_refused_where_the_format_has_none(default):
    """A SKIP frame in a version 1 or error-bounded file, or a packed symbol above V, is damage
    to both readers."""
    x = _bursty(3000)

    def set_skip(b):
        b[0] |= container.FRAME_SKIP

    bad = [reseal_first_frame(default.encode(x, resample=1, version=1), set_skip),
           reseal_first_frame(default.encode(x, max_error=0.1), set_skip)]
    packed = default.encode(x, resample=1, skip=2.0, entropy=False)
    h = container.read_header(io.BytesIO(packed), "x")
    head = len(container.frame_parts(container.split(packed, "x")[1][0], h).head)

    def too_big(b):  # the first token of the first segment: all ones (511 > V = 256)
        _, start = __import__("stampcodec.bitpack", fromlist=["read_varint"]).read_varint(bytes(b), head)
        b[start] = 0xFF
        b[start + 1] |= 0x80

    bad.append(reseal_first_frame(packed, too_big))
    for blob in bad:
        with pytest.raises(ContainerError):
            Codec(default.bundle, backend="numpy").decode(blob)
        if native.available():
            with pytest.raises(ContainerError):
                Codec(default.bundle, backend="native").decode(blob)


def test_exported_decoders_take_away_codeword_0_where_tokens_were_skipped(default, tmp_path):
    """Row decoders without a silent codeword (ONNX here) decode skips as codeword 0 and the
    runtime subtracts its tiers: the same samples as numpy, to float32 rounding."""
    pytest.importorskip("onnxruntime")
    pytest.importorskip("onnx")
    r = cli("export", "--format", "onnx", "-o", tmp_path / "onnx")
    assert r.returncode == 0, r.stderr
    x = _bursty(6000)
    blob = default.encode(x, resample=[1, 2], skip=2.0)
    assert budget.count_skipped(blob)[0] > 0
    ref = default.decode(blob)
    y = Codec(default.bundle, backend="onnx", export_dir=tmp_path / "onnx").decode(blob)
    assert np.max(np.abs(y - ref)) < 1e-4 * np.max(np.abs(ref))


def test_rate_targets_use_the_budget_and_never_do_worse(default, monkeypatch):
    x = _bursty()
    with_skip = default.encode(x, bpt=0.12, layer="tokens")
    monkeypatch.setattr(ratecontrol, "SKIPS", (ratecontrol.NO_SKIP,))
    without = default.encode(x, bpt=0.12, layer="tokens")
    assert 8 * len(with_skip) / x.size <= 0.12 and 8 * len(without) / x.size <= 0.12
    e_with, e_without = verify(x, default.decode(with_skip)).nmse, verify(x, default.decode(without)).nmse
    assert budget.count_skipped(with_skip)[0] > 0 and e_with < 0.9 * e_without
