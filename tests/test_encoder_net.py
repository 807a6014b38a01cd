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


def _gelu_paths():
    from stampcodec.runtime import native

    paths = ["scipy", "libm"]
    return paths + ["C"] if native.available() else paths


@pytest.fixture
def gelu_path(request, monkeypatch):
    """activations.gelu_inplace with one erf: the C library's, scipy's or libm's."""
    if request.param != "C":
        monkeypatch.setattr(activations, "_native", None)
    if request.param == "libm":
        monkeypatch.setattr(activations, "_erf", activations.erf_python)
    elif request.param == "scipy":
        special = pytest.importorskip("scipy.special")
        monkeypatch.setattr(activations, "_erf", special.erf)
    return request.param


@pytest.mark.parametrize("gelu_path", _gelu_paths(), indirect=True)
def test_every_gelu_is_within_an_ulp_of_erf(gelu_path):
    """Against (0.5 x)(1 + erf(x / sqrt 2)) with erf correctly rounded (mpmath): an erf one ulp off
    moves 1 + erf by at most 2^-51, so GELU by at most |x| 2^-52 (measured: C 1.00, scipy 1.62,
    libm 0.94 of that); the bound allows 2x."""
    mp = pytest.importorskip("mpmath")
    g = np.random.default_rng(7)
    x = np.concatenate([g.uniform(-9, 9, 4000), g.standard_normal(4000) * 0.7,
                        np.linspace(-0.75, 0.75, 301),  # across the C erf's split at |x / sqrt 2| = 1/2
                        [0.0, -0.0, 1e-300, -1e-300, 8.485, 8.486, -8.486, 40.0, -40.0]])
    z = x * (1.0 / np.sqrt(2.0))
    want = 0.5 * x * (1.0 + np.array([float(mp.erf(mp.mpf(float(v)))) for v in z]))
    got = x.copy()
    activations.gelu_inplace(got, np.empty_like(got))
    assert np.all(np.abs(got - want) <= np.abs(x) * 2.0 ** -51)
    assert (got == want).mean() > 0.8


@pytest.mark.parametrize("gelu_path", _gelu_paths(), indirect=True)
def test_gelu_leaves_its_argument_and_passes_nan(gelu_path):
    x = np.array([-3.0, -0.2, 0.0, 0.4, 2.5, np.nan, np.inf])
    y = activations.gelu(x)
    assert np.array_equal(x, [-3.0, -0.2, 0.0, 0.4, 2.5, np.nan, np.inf], equal_nan=True)  # a copy was written
    assert np.isnan(y[5]) and y[6] == np.inf and y[2] == 0.0


@pytest.mark.parametrize("gelu_path", ["scipy", "libm"], indirect=True)
def test_gelu_inplace_without_the_c_library_is_the_formula(gelu_path):
    x = np.concatenate([np.linspace(-9, 9, 1001), [0.0, -0.0, 1e-300, -40.0, 40.0]])
    y = x.copy()
    activations.gelu_inplace(y, np.empty_like(y))
    assert y.tobytes() == (0.5 * x * (1.0 + activations._erf(x * activations._INV_SQRT2))).tobytes()


def test_c_gelu_refuses_what_it_cannot_write_through():
    from stampcodec.runtime import native

    if not native.available():
        pytest.skip("stampcodec._native is not built (reinstall with a C/C++ compiler)")
    from stampcodec import _native

    x = np.linspace(-2, 2, 12)
    for bad in (x.astype(np.float32), x.reshape(3, 4).T, x[::2]):
        with pytest.raises(TypeError, match="writable C-contiguous float64"):
            _native.gelu_inplace(bad)
    ro = x.copy()
    ro.flags.writeable = False
    with pytest.raises(TypeError, match="writable"):
        _native.gelu_inplace(ro)
    y = x.reshape(3, 4).copy()
    _native.gelu_inplace(y)  # any C-contiguous shape, every element
    assert np.abs(y.ravel() - activations.gelu(x)).max() == 0.0


def test_erf_table_is_what_its_generator_writes():
    pytest.importorskip("mpmath")
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_erf_table.py"
    r = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


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
