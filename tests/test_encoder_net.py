"""The numpy encoder's cache-sized passes: the net run a chunk of tokens at a time, GELU in place,
and the sliced upsampler give what the whole-row computation gives."""

import numpy as np
import pytest

from stampcodec.codec import DEFAULT_MODEL, Codec
from stampcodec.runtime import activations, encoder
from stampcodec.runtime.decoder import _upsample_plan, upsample


@pytest.fixture(scope="module")
def bundle():
    return Codec.load(DEFAULT_MODEL, backend="numpy").bundle


def _rows(rows: int, length: int, seed: int = 0) -> np.ndarray:
    x = np.cumsum(np.random.default_rng(seed).standard_normal((rows, length)), axis=1)
    return ((x - x.mean(1, keepdims=True)) / x.std(1, keepdims=True))[:, None, :]


@pytest.mark.parametrize("rows, chunk", [(3, 1), (3, 2), (3, 7), (3, 64), (70, 256)])
def test_chunked_net_equals_one_pass(bundle, monkeypatch, rows, chunk):
    """(70 rows: passes of 32 tokens, so that many channels keep the buffers small.)"""
    x = _rows(rows, 128 * 37)  # 148 tokens at the finest scale: chunks end at the row's last token too
    enc = encoder.NumpyEncoder(bundle)
    monkeypatch.setattr(encoder, "_CHUNK", 10 ** 6)
    monkeypatch.setattr(encoder, "_PASS_ROWS", 10 ** 9)
    whole_z, whole_tokens = enc.activations(x), enc.encode_rows(x)
    monkeypatch.undo()
    monkeypatch.setattr(encoder, "_CHUNK", chunk)
    z, tokens = enc.activations(x), enc.encode_rows(x)
    # the context either side of a chunk is the 3-wide layers' zero padding only at the row's ends
    assert np.abs(z - whole_z).max() < 1e-12
    assert all(np.array_equal(a, b) for a, b in zip(tokens, whole_tokens))


def test_chunked_net_matches_a_plain_convolution(bundle, monkeypatch):
    """An independent reading of the net (torch Conv1d, padding 1) in plain loops over taps."""
    monkeypatch.setattr(encoder, "_CHUNK", 5)
    x = _rows(2, 128 * 3, seed=1)
    cfg = bundle.config
    (w0, b0), (w1, b1), (w2, b2) = [(w.astype(np.float64), b.astype(np.float64)) for w, b in encoder.net_layers(bundle)]

    def conv(h, w, b):  # h (n, Cin) -> (n, Cout)
        k = w.shape[2]
        hp = np.pad(h, ((k // 2, k // 2), (0, 0)))
        return sum(hp[j:j + len(h)] @ w[:, :, j].T for j in range(k)) + b

    atoms = bundle.dictionary.astype(np.float64).reshape(cfg.n_atoms, -1)
    pad = cfg.atom_length // 4
    got = encoder.NumpyEncoder(bundle).activations(x)
    for r in range(len(x)):
        xp = np.pad(x[r, 0], (pad, pad))
        c = np.stack([xp[t * cfg.hop:t * cfg.hop + cfg.atom_length] for t in range(got.shape[1])]) @ atoms.T
        z = c + conv(activations.gelu(conv(activations.gelu(conv(c, w0, b0)), w1, b1)), w2, b2)
        assert np.abs(got[r] - z).max() < 1e-10


@pytest.mark.parametrize("fallback", [False, True])
def test_gelu_inplace_gives_gelus_bits(monkeypatch, fallback):
    if fallback:
        monkeypatch.setattr(activations, "_erf", activations.erf_python)
    x = np.concatenate([np.linspace(-9, 9, 1001), [0.0, -0.0, 1e-300, -40.0, 40.0]])
    y = x.copy()
    activations.gelu_inplace(y, np.empty_like(y))
    assert y.tobytes() == activations.gelu(x).tobytes()


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("scale", [1, 2, 3, 4, 8])
@pytest.mark.parametrize("length", [1, 2, 3, 5, 64, 1000])
def test_sliced_upsampler_gives_the_gathers_bits(dtype, scale, length):
    x = np.random.default_rng(scale * 7919 + length).standard_normal((2, 3, length)).astype(dtype)
    i0, i1, f = _upsample_plan(length, scale)
    a = x[..., i0]
    want = a + (x[..., i1] - a) * f.astype(dtype)
    got = upsample(x, scale)
    assert got.dtype == dtype and got.tobytes() == want.tobytes()


def test_one_encoder_serves_threads_at_once(bundle):
    """The reused buffers are per thread: concurrent calls on one encoder give the tokens of
    calls made one at a time (and a later, smaller call does not read a larger one's leftovers)."""
    from concurrent.futures import ThreadPoolExecutor

    enc = encoder.NumpyEncoder(bundle)
    inputs = [_rows(r, 128 * n, seed=n) for r, n in ((3, 300), (1, 7), (2, 129), (3, 300), (1, 1))]
    alone = [encoder.NumpyEncoder(bundle).encode_rows(x) for x in inputs]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            together = list(pool.map(enc.encode_rows, inputs))
            assert all(np.array_equal(a, b) for t, u in zip(together, alone) for a, b in zip(t, u))
