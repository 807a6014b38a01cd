"""The error-bounded layer (encode --max-error): the bound is a promise for every backend."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from stampcodec import Codec, bounded, container
from stampcodec.cli import main
from stampcodec.errors import ConfigError, ContainerError
from stampcodec.runtime import native


@pytest.fixture(scope="module")
def codecs() -> list[Codec]:
    out = [Codec.load(backend="numpy")]
    if native.available():
        out.append(Codec.load(backend="native"))
    return out


def _signal(kind: str, n: int, seed: int) -> np.ndarray:
    g = np.random.default_rng(seed)
    t = np.arange(n, dtype=np.float64)
    if kind == "spikes":
        x = 0.1 * g.standard_normal(n)
        x[g.integers(0, n, max(1, n // 50))] += g.choice([-40.0, 40.0], max(1, n // 50))
    elif kind == "steps":
        x = np.repeat(g.normal(0, 5, n // 20 + 1), 20)[:n]
    elif kind == "offset":
        x = 1e9 + np.sin(t / 7) * 3
    elif kind == "constant":
        x = np.full(n, 2.5)
    elif kind == "noise":
        x = g.standard_normal(n)
    elif kind == "adc":
        x = np.round(2000 * np.sin(t / 30) + 50 * g.standard_normal(n)).clip(-32768, 32767)
    else:  # smooth, oversampled
        x = np.sin(t / 200) + 0.3 * np.sin(t / 31)
    return x


KINDS = ("spikes", "steps", "offset", "constant", "noise", "adc", "smooth")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(KINDS), min_size=1, max_size=3), n=st.integers(1, 3000),
       rel=st.floats(-6, 3), gaps=st.booleans(), seed=st.integers(0, 1000))
def test_every_observed_sample_is_within_the_bound(codecs, kinds, n, rel, gaps, seed):
    x = np.stack([_signal(k, n, seed + i) for i, k in enumerate(kinds)], axis=1)
    spread = np.ptp(x, axis=0)
    bound = 10.0 ** rel * np.where(spread > 0, spread, 1.0)
    if gaps:
        x[np.random.default_rng(seed).random(x.shape) < 0.05] = np.nan
    try:
        blob = codecs[0].encode(x, max_error=list(bound), frame_samples=1024)
    except ConfigError as e:  # only a bound below float64's resolution of the values is refused
        assert "below what float64 keeps" in str(e)
        assert np.any(bound < 1e-12 * np.nanmax(np.abs(x), axis=0))
        return
    ys = [c.decode(blob) for c in codecs]
    for y in ys:
        assert np.array_equal(np.isnan(y), np.isnan(x))  # NaN stays NaN, nothing else becomes NaN
        err = np.where(np.isnan(x), 0.0, np.abs(x - y))
        assert np.all(err <= bound), (err.max(axis=0), bound)
    for y in ys[1:]:  # the C library and numpy rebuild the same lattice points
        assert np.array_equal(y, ys[0], equal_nan=True)


@pytest.mark.parametrize("dtype", [np.int16, np.int32, np.uint8])
def test_integers_with_a_bound_below_half_come_back_exact(codecs, dtype):
    g = np.random.default_rng(3)
    info = np.iinfo(dtype)
    x = g.integers(max(info.min, -30000), min(info.max, 30000), (4000, 2)).astype(dtype)
    x[:, 1] = np.sort(x[:, 1])
    blob = codecs[0].encode(x, max_error=0.49)
    for c in codecs:
        y = c.decode(blob)
        assert y.dtype == dtype and np.array_equal(y, x)


def test_data_on_a_grid_is_coded_on_it():
    """ADC counts with a bound below half a count: exact, at the cost of the counts themselves."""
    t = np.arange(20000.0)
    x = np.round(300 * np.sin(t / 40) + np.random.default_rng(0).normal(0, 2, t.size)) * 0.005  # mV at 5 uV steps
    c = Codec.load(backend="numpy")
    fine = c.encode(x, max_error=1e-4)
    assert np.abs(c.decode(fine) - x).max() <= 1e-12  # the grid's values, to float64's rounding of 0.005 k
    d = container.describe(io.BytesIO(fine), "x", len(fine))
    assert d["bounded_channels"][0]["grid_frames"] == 1
    coarse = c.encode(x, max_error=0.004)  # above half a step: the quantizer's own lattice
    assert container.describe(io.BytesIO(coarse), "x", len(coarse))["bounded_channels"][0]["grid_frames"] == 0
    assert len(fine) < 2.2 * len(coarse)


def test_predictors_each_round_trip_and_the_choice_is_the_smallest():
    t = np.arange(5000.0)
    x = np.sin(t / 90) + 0.001 * np.random.default_rng(1).standard_normal(t.size)
    lat = bounded.lattice(1e-3, 0.0, 1.0, t.size, "x")
    xr = (x - lat.origin) / lat.unit
    sizes = []
    for p in range(4):
        k, ctx, y = bounded.quantize(xr, p)
        data = bounded.encode_residuals(k, ctx)
        assert np.array_equal(bounded.reconstruct(bounded.decode_residuals(data, t.size, p), p), y)
        assert np.abs(bounded.values_of(y, lat) - x).max() <= 1e-3
        sizes.append(len(data))
    field, _ = bounded.encode_channel(x, lat)
    (flags, data), = bounded.read_fields(field, 0, t.size, 1, "x")[0]
    assert len(data) <= 1.05 * min(sizes)  # the estimate picks (nearly) the smallest
    assert sizes[3] < sizes[0]  # a smooth signal: interpolation beats the previous sample


def test_cli_max_error_per_channel_info_and_csv_keep_the_bound(tmp_path, capsys):
    t = np.arange(3000)
    src = tmp_path / "s.csv"
    x = np.stack([t / 100, np.sin(t / 30), 1e4 + np.cos(t / 70) * 50], axis=1)
    np.savetxt(src, x, delimiter=";", header="time;a;b", comments="", fmt="%.6f")
    tok, out = tmp_path / "s.tok", tmp_path / "back.csv"
    assert main(["encode", str(src), "-o", str(tok), "--max-error", "0.01,0.5", "--quiet"]) == 0
    assert main(["info", str(tok), "--json"]) == 0
    import json
    d = json.loads(capsys.readouterr().out)
    assert d["max_error"] == [0.01, 0.5] and d["coded_scales"] == 0
    assert d["bytes"] == tok.stat().st_size and 0 < d["bounded_bytes"] < d["bytes"] - d["header_bytes"]
    assert [b["max_error"] for b in d["bounded_channels"]] == [0.01, 0.5]
    assert main(["decode", str(tok), "-o", str(out), "--quiet"]) == 0
    back = np.loadtxt(out, delimiter=";", skiprows=1)
    assert np.all(np.abs(back[:, 1:] - np.loadtxt(src, delimiter=";", skiprows=1)[:, 1:]) <= [0.01, 0.5])
    assert main(["encode", str(src), "-o", str(tok), "--max-error", "0.01,0.5,1", "--force", "--quiet"]) == 1
    assert "3 bounds for 2 channels" in capsys.readouterr().err
    for bad in ("0", "-1", "nan", "x"):
        assert main(["encode", str(src), "-o", str(tok), "--max-error", bad, "--force", "--quiet"]) == 1
    assert main(["encode", str(src), "-o", str(tok), "--max-error", "0.1", "--bpt", "1", "--force", "--quiet"]) == 1
    assert main(["decode", str(tok), "-o", str(out), "--scales", "1", "--force", "--quiet"]) == 1
    assert "no token scales" in capsys.readouterr().err
    assert main(["truncate", str(tok), "-o", str(tmp_path / "cut.tok"), "--bpt", "0.5"]) == 1
    assert "no token scales to drop" in capsys.readouterr().err and not (tmp_path / "cut.tok").exists()


def _reframe(raw: bytes, change) -> bytes:
    """A frame with its fields changed by change(bytearray) and a valid CRC."""
    body = bytearray(raw[:-4])
    change(body)
    return bytes(body) + struct.pack("<I", zlib.crc32(body))


def test_damaged_fields_are_refused_by_both_readers(codecs):
    x = np.sin(np.arange(3000.0) / 20)[:, None] * [1, 2]
    blob = codecs[0].encode(x, max_error=0.01)
    h, frames = container.split(blob, "x")
    head = blob[:len(blob) - sum(map(len, frames))]
    for cut in (1, 5):  # the coder's bytes cut short, or one extra byte: the same varint length
        def shorten(b, cut=cut):
            del b[-cut:]
        bad = head + _reframe(frames[0], shorten)
        for c in codecs:
            with pytest.raises(ContainerError):
                c.decode(bad)
    g = np.random.default_rng(0)
    refused = 0
    for trial in range(60):  # bytes flipped inside the coded residuals (CRC made valid again)
        def flip(b, trial=trial):
            i = int(g.integers(len(b) - 40, len(b)))
            b[i] ^= 1 << int(g.integers(0, 8))
        bad = head + _reframe(frames[0], flip)
        outs = []
        for c in codecs:
            try:
                outs.append(c.decode(bad))
            except ContainerError:
                outs.append(None)
        refused += outs[0] is None
        if outs[0] is None:
            assert all(o is None for o in outs)
        else:
            assert all(o is not None and np.array_equal(o, outs[0], equal_nan=True) for o in outs)
    assert refused > 0


def test_header_and_lattice_checks():
    with pytest.raises(ConfigError, match="below what float64 keeps"):
        bounded.lattice(1e-9, 1e9, 1.0, 1000, "x")
    lat = bounded.lattice(0.5, 3.0, 1.0, 100, "x")
    assert lat.ok() and lat.unit * bounded.QUANTUM / 2 < 0.5
    h = container.Header(model_id="0" * 16, mode="independent", codebook_size=256, atom_length=64, scales=(4, 2, 1),
                         channels=1, frame_samples=1024, length=10, coded_scales=0, bounds=[lat])
    back = container.read_header(io.BytesIO(h.to_bytes()), "x")
    assert back.bounds == [lat] and back.n_coded == 0
    h.coded_scales = 1  # a bounded file carries no tokens
    with pytest.raises(ContainerError):
        h.to_bytes()
    with pytest.raises(ContainerError):
        container.Header(model_id="0" * 16, mode="independent", codebook_size=256, atom_length=64, scales=(4, 2, 1),
                         channels=1, frame_samples=1024, length=10, coded_scales=0,
                         bounds=[bounded.Lattice(0.5, 0.0, 1.0)]).to_bytes()  # unit too coarse for the bound


def test_token_calls_refuse_bounded_files_and_back():
    if not native.available():
        pytest.skip("the C extension is not built (pip install needs a C/C++ compiler)")
    c = Codec.load(backend="numpy")
    nd = native.NativeDecoder(c.bundle)
    h, frames = container.split(c.encode(np.arange(500.0), max_error=0.1), "x")
    nd.open(h.raw)
    with pytest.raises(ValueError, match="f64 or lattice"):
        nd.frame(frames[0])
    h, frames = container.split(c.encode(np.arange(500.0)), "x")
    nd.open(h.raw)
    with pytest.raises(ValueError, match="f64 or lattice"):
        nd.frame(frames[0], f64=True)


def test_row_backends_decode_bounded_files_with_the_runtime():
    """ONNX, TFLite and PyTorch decode token rows; an error-bounded file has none, so the runtime
    decodes its layer in numpy whatever backend was asked for (docs/EXPORT.md)."""
    pytest.importorskip("torch")
    x = np.cumsum(np.random.default_rng(4).standard_normal((3000, 2)), axis=0)
    blob = Codec.load(backend="numpy").encode(x, max_error=0.05)
    y = Codec.load(backend="torch").decode(blob)
    assert np.array_equal(y, Codec.load(backend="numpy").decode(blob))
    assert np.abs(y - x).max() <= 0.05


def test_the_binding_codes_residuals_to_the_same_bytes():
    if not native.available():
        pytest.skip("the C extension is not built (pip install needs a C/C++ compiler)")
    g = np.random.default_rng(5)
    for n, scale in ((1, 0.3), (7, 3.0), (5000, 0.4), (5000, 40.0), (3000, 1e9), (2000, 5e11)):
        k = np.clip(np.rint(g.standard_normal(n) * scale), -(2 ** 41 - 1), 2 ** 41 - 1).astype(np.int64)
        ctx = g.integers(0, bounded.CONTEXTS, n)
        assert bounded.encode_residuals(k, ctx) == bounded.encode_residuals(k, ctx, native=False)


def test_the_binding_decodes_residuals_as_python_does():
    """The same residuals from the same bytes, and a ValueError from the same damage (the Python
    decoder is the reference), for interpolation levels and time-order contexts and for the
    time stamps' wider alphabet."""
    if not native.available():
        pytest.skip("the C extension is not built (pip install needs a C/C++ compiler)")
    from stampcodec import timestamps

    g = np.random.default_rng(6)
    for n, scale, alphabet in ((1, 0.3, bounded.ALPHABET), (900, 3.0, bounded.ALPHABET), (3000, 1e9, bounded.ALPHABET),
                               (2000, 1e15, timestamps.ALPHABET)):
        k = np.rint(g.standard_cauchy(n).clip(-1e3, 1e3) * scale).astype(np.int64)
        for predictor in (1, 3):
            ctx = bounded.magnitude_contexts(k) if predictor == 1 else bounded._level_contexts(n)
            data = bounded.encode_residuals(k, ctx, alphabet=alphabet)
            assert np.array_equal(bounded.decode_residuals(data, n, predictor, alphabet), k)
            damaged = [data[:-1], data + b"\0", bytes([data[0] ^ 0x80]) + data[1:], data[:3]]
            for d in damaged:
                verdicts = []
                for use_native in (True, False):
                    try:
                        verdicts.append(bounded.decode_residuals(d, n, predictor, alphabet, native=use_native).tolist())
                    except ValueError:
                        verdicts.append("refused")
                assert verdicts[0] == verdicts[1]


def test_rate_targets_choose_between_the_layers():
    """--bpt: the file fits, comes within 2% of the target where the bounded layer can use the
    bits (T C >= 10,000), and is the layer with the lower error; --layer restricts the search."""
    t = np.arange(20000.0)
    x = np.c_[np.sin(t / 300) + 0.2 * np.sin(t / 37), np.cos(t / 500)]
    c = Codec.load(backend="numpy")
    for rate in (0.5, 2.0):
        blob = c.encode(x, bpt=rate, layer="bounded")
        assert (1 - 0.02) * rate * x.size / 8 <= len(blob) <= rate * x.size / 8
        assert blob[5] & container.FLAG_BOUND
    tokens = c.encode(x, bpt=0.05, layer="tokens")
    assert not tokens[5] & container.FLAG_BOUND and len(tokens) <= 0.05 * x.size / 8
    auto = c.encode(x, bpt=2.0)
    assert auto[5] & container.FLAG_BOUND  # a smooth signal at 2 bits: the bounded layer's error is far lower
    with pytest.raises(ConfigError, match="chooses what a rate target"):
        c.encode(x, layer="bounded")
