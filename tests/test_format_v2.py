"""Token format version 2: entropy-coded segments, per-channel resampling, truncation; the Python
reader and the C library must agree on every file and refuse the same damaged ones."""

from __future__ import annotations

import io

import numpy as np
import pytest

from helpers import ROOT, cli, random_bundle, reseal_first_frame
from stampcodec import container, entropy, resample, truncate
from stampcodec.codec import Codec, verify
from stampcodec.csvio import read_csv
from stampcodec.errors import ConfigError, ContainerError
from stampcodec.runtime import native

needs_native = pytest.mark.skipif(not native.available(), reason="stampcodec._native is not built")


# --- the entropy coder --------------------------------------------------------------------

@pytest.mark.parametrize("alphabet", [2, 3, 256, 1000, entropy.MAX_SYMBOLS])
@pytest.mark.parametrize("kind", ["uniform", "skewed", "constant", "empty"])
def test_entropy_round_trip(alphabet, kind):
    g = np.random.default_rng(alphabet)
    n = 0 if kind == "empty" else 3000
    s = {"uniform": lambda: g.integers(0, alphabet, n), "skewed": lambda: np.minimum(g.geometric(0.2, n) - 1, alphabet - 1),
         "constant": lambda: np.full(n, alphabet - 1), "empty": lambda: np.zeros(0, int)}[kind]()
    data = entropy.encode(s, alphabet)
    assert np.array_equal(entropy.decode(data, n, alphabet), s)
    if kind == "constant" and alphabet <= 1000:  # an adaptive model learns a constant stream
        assert 8 * len(data) < 0.1 * n * np.log2(alphabet) + 64


@needs_native
@pytest.mark.parametrize("alphabet", [1, 2, 3, 257, entropy.MAX_SYMBOLS])
def test_entropy_encoder_in_cpp_writes_the_reference_bytes(alphabet):
    """entropy.encode runs in C++ when the extension is built; the Python loop is the reference:
    the same bytes on every kind of stream (a halving of the counts included), the same errors."""
    g = np.random.default_rng(alphabet)
    streams = [np.zeros(0, int), np.full(9000, alphabet - 1), g.integers(0, alphabet, 9000),
               np.minimum(g.geometric(0.05, 9000) - 1, alphabet - 1)]
    for s in streams:
        assert entropy.encode(s, alphabet) == entropy.encode(s, alphabet, native=False)
        assert entropy.encode(iter(s.tolist()), alphabet) == entropy.encode(s, alphabet, native=False)
    for bad in ([alphabet], [-1]):
        for native_path in (True, False):
            with pytest.raises(ValueError, match=f"symbol {bad[0]} outside the alphabet of {alphabet}"):
                entropy.encode(np.array(bad), alphabet, native=native_path)


@pytest.mark.parametrize("m", [1, 5, 31, 700, 4096])
@pytest.mark.parametrize("r", [1.0625, 2.5, 4, 128, 255])
def test_decimate_is_the_mirrored_filter(m, r):
    """decimate reads each output's taps as a window of the mirror-padded row; the same values
    indexed one by one (mirrored as often as a short frame needs) give the same bits."""
    x = np.cumsum(np.random.default_rng(m).standard_normal((2, m)), axis=1)
    first, w = resample._taps(m, resample.sixteenths(r))
    idx = np.mod(first[:, None] + np.arange(w.shape[1]), 2 * m)
    idx = np.where(idx >= m, 2 * m - 1 - idx, idx)
    want = np.stack([(row[idx] * w).sum(axis=1) for row in x])
    assert resample.decimate(x, r).tobytes() == want.tobytes()


def test_entropy_decoder_wants_the_exact_bytes():
    s = np.random.default_rng(1).integers(0, 256, 500)
    data = entropy.encode(s, 256)
    with pytest.raises(ValueError, match="ends early"):
        entropy.decode(data[:-1], 500, 256)
    with pytest.raises(ValueError, match="after its 500 symbols"):
        entropy.decode(data + b"\0", 500, 256)
    with pytest.raises(ValueError):
        entropy.encode([256], 256)


# --- resampling ---------------------------------------------------------------------------

def test_interpolation_passes_through_the_coded_samples_and_lines():
    z = np.random.default_rng(2).normal(size=(3, 40))
    for r in (2, 3, 7):
        y = resample.interpolate(z, 40 * r, r)
        assert np.allclose(y[:, ::r], z)  # u = 0: the coded sample itself
    line = np.arange(50, dtype=float)
    y = resample.interpolate(line, 50 * 4 - 3, 4)
    inner = slice(4, 4 * 48)  # away from the clamped edges a cubic through a line is the line
    assert np.allclose(y[inner], np.arange(len(y))[inner] / 4)


def test_weights_sum_to_one_and_match_the_format():
    u = np.linspace(0, 1, 37)
    assert np.allclose(resample.weights(u).sum(axis=-1), 1)
    u = 0.25  # docs/FORMAT.md, "Resampling"
    assert np.allclose(resample.weights(u), [(-u**3 + 2*u**2 - u) / 2, (3*u**3 - 5*u**2 + 2) / 2,
                                                (-3*u**3 + 4*u**2 + u) / 2, (u**3 - u**2) / 2])


def test_slow_signal_survives_decimation():
    t = np.arange(5000) / 1000
    x = np.sin(2 * np.pi * 2 * t) + 0.3 * np.sin(2 * np.pi * 7 * t)
    err = resample.round_trip_error(x[None], 16)[0] / (x ** 2).sum()
    assert err < 1e-4  # mostly the frame's edges


# --- files --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def default() -> Codec:
    return Codec.load(backend="numpy")


@pytest.fixture(scope="module")
def ecg() -> np.ndarray:
    return read_csv(ROOT / "tests" / "data" / "ecg_holdout.csv").data


@pytest.fixture(scope="module")
def gait() -> np.ndarray:
    return read_csv(ROOT / "tests" / "data" / "gait_holdout.csv").data


def test_entropy_coding_keeps_the_tokens(default, gait):
    """Entropy coding changes bytes, never tokens: the decoded signal is identical. (Held-out
    gait accelerometers are close to the worst case: their tokens are nearly uniform.)"""
    v1 = default.encode(gait, version=1)
    v2 = default.encode(gait, resample=1)
    packed = default.encode(gait, resample=1, entropy=False)
    assert np.array_equal(default.decode(v1), default.decode(v2))
    assert np.array_equal(default.decode(packed), default.decode(v2))
    assert len(v2) <= len(packed)  # a segment is range coded only when that is shorter


def test_entropy_coding_saves_bits_on_smooth_signals(default):
    g = np.random.default_rng(6)
    x = np.convolve(g.normal(size=30000).cumsum(), np.ones(500) / 500, mode="same")
    v2 = default.encode(x, resample=1)
    d2 = container.describe(io.BytesIO(v2), "v2", len(v2))
    bits = sum(8 * g["bytes"] for g in d2["segments"])
    tokens = sum(g["tokens"] for g in d2["segments"])
    assert bits < 0.75 * tokens * 8, d2["segments"]


def test_auto_resampling_finds_oversampled_channels(default):
    """An EDA-like channel (a random walk smoothed over 2 s at 1 kHz) is coded at a coarser
    time scale at no cost in fidelity; white noise is not."""
    g = np.random.default_rng(3)
    smooth = np.convolve(g.normal(size=30000).cumsum(), np.ones(2000) / 2000, mode="same")
    noise = g.normal(size=len(smooth))
    blob = default.encode(np.stack([smooth, noise], axis=1))
    h = container.read_header(io.BytesIO(blob), "x")
    assert h.factors[0] >= 4 and h.factors[1] <= 1.5, h.factors
    at1 = default.encode(np.stack([smooth, noise], axis=1), resample=1)
    y, y1 = default.decode(blob), default.decode(at1)
    assert len(blob) < 0.85 * len(at1)
    # within the 10% the automatic choice allows (on the probe), with room for the rest of the signal
    assert verify(smooth, y[:, 0]).nmse <= 1.2 * verify(smooth, y1[:, 0]).nmse


def test_choice_rule():
    errors = {1: np.array([1.0, 1.0, 0.0]), 2: np.array([1.05, 2.0, 0.0]), 4: np.array([1.2, 1.0, 0.0]),
              8: np.array([1.1, 3.0, 0.0])}
    assert resample.choose(errors) == (8, 4, 8)  # the largest within 10%, not only the first run


def test_resample_argument_errors(default):
    x = np.zeros((300, 2))
    with pytest.raises(ConfigError, match="2 channels"):
        default.encode(x, resample=[1, 2, 3])
    with pytest.raises(ConfigError, match="not a multiple of 1/16 between 1 and 255"):
        default.encode(x, resample=300)
    with pytest.raises(ConfigError, match="not a multiple of 1/16"):
        default.encode(x, resample=1.3)
    assert container.read_header(io.BytesIO(default.encode(x, resample=2.5)), "x").factors == (2.5, 2.5)
    with pytest.raises(ConfigError, match="version"):
        default.encode(x, version=3)


def test_joint_streams_share_one_factor():
    codec = Codec(random_bundle(mode="joint", channels=3), backend="numpy")
    x = np.random.default_rng(4).normal(size=(2000, 3)).cumsum(axis=0)
    with pytest.raises(ConfigError, match="one time scale"):
        codec.encode(x, resample=[1, 2, 2])
    blob = codec.encode(x, resample=2)
    assert codec.decode(blob).shape == x.shape


def _codecs(bundle):
    return Codec(bundle, backend="numpy"), Codec(bundle, backend="native")


CASES = {
    "default-mixed-factors": (None, dict(resample=[1, 3, 8]), 3),
    "default-auto-masked": (None, dict(), 3),
    "joint": (dict(mode="joint", channels=3), dict(resample=4), 3),
    "v-not-power-of-two": (dict(codebook_size=100), dict(resample=[2, 1]), 2),
    "one-scale": (dict(scales=[1]), dict(resample=5), 1),
}


@needs_native
@pytest.mark.parametrize("case", sorted(CASES))
def test_c_library_decodes_version_2_like_numpy(default, case):
    cfg, kw, channels = CASES[case]
    ref, nat = (default, Codec.load(backend="native")) if cfg is None else _codecs(random_bundle(**cfg))
    g = np.random.default_rng(5)
    x = g.normal(size=(40000, channels)).cumsum(axis=0) + np.sin(np.arange(40000) / 50)[:, None] * 10
    x[500:900, 0] = np.nan
    x[3000:3010] = np.nan
    blob = ref.encode(x, frame_samples=8192 if cfg is None else None, **kw)
    h, frames = container.split(blob, case)
    for scales in range(1, len(h.scales) + 1):
        a, b = ref.decode(blob, scales=scales), nat.decode(blob, scales=scales)
        assert np.array_equal(np.isnan(a), np.isnan(b))
        scale = np.nanstd(x, axis=0)
        assert np.nanmax(np.abs(a - b) / scale) < 1e-4
    q = native.NativeDecoder(ref.bundle).decode(h.raw, frames, q15=True).astype(np.float64)
    z = (ref.decode(blob) - h.mean) / np.where(h.std > 0, h.std, 1)
    ok = q != -32768
    assert np.array_equal(ok, ~np.isnan(z))
    assert np.abs(q[ok] / 2 ** native.Q_OUT - z[ok]).max() < 0.01


def test_truncate_equals_decoding_fewer_scales(default, ecg, tmp_path):
    blob = default.encode(ecg, resample=[2])
    h = container.read_header(io.BytesIO(blob), "x")
    for keep in (1, 2, 3):
        out = io.BytesIO()
        f = io.BytesIO(blob)
        truncate.truncate(f, container.read_header(f, "x"), keep, out, "x")
        cut = out.getvalue()
        assert container.read_header(io.BytesIO(cut), "cut").n_coded == keep
        assert np.array_equal(default.decode(cut), default.decode(blob, scales=keep))
        if keep < 3:
            assert len(cut) < len(blob)
            with pytest.raises(ConfigError, match=f"between 1 and {keep}"):
                default.decode(cut, scales=keep + 1)
    assert h.n_coded == 3


def test_truncating_a_version_1_file_rewrites_it_as_version_2(default, ecg):
    v1 = default.encode(ecg, version=1)
    out = io.BytesIO()
    f = io.BytesIO(v1)
    truncate.truncate(f, container.read_header(f, "v1"), 3, out, "v1")
    assert out.getvalue() == default.encode(ecg, resample=1)


def test_truncate_command_by_rate(tmp_path):
    src = tmp_path / "x.tok"
    assert cli("encode", ROOT / "tests" / "data" / "gait_holdout.csv", "-o", src, "--resample", "1").returncode == 0
    full = src.stat().st_size * 8 / (1500 * 9)
    r = cli("truncate", src, "-o", tmp_path / "y.tok", "--bpt", f"{full * 0.7:.4f}")
    assert r.returncode == 0, r.stderr
    kept = container.read_header(open(tmp_path / "y.tok", "rb"), "y").n_coded
    assert kept < 3 and (tmp_path / "y.tok").stat().st_size * 8 / (1500 * 9) <= full * 0.7
    r = cli("truncate", src, "-o", tmp_path / "z.tok", "--bpt", "0.001")
    assert r.returncode == 1 and "coarsest scale alone" in r.stderr and not (tmp_path / "z.tok").exists()


def test_damaged_segments_are_refused_by_both_readers(default, gait):
    blob = default.encode(gait, resample=1)
    h = container.read_header(io.BytesIO(blob), "x")
    parts = container.frame_parts(container.split(blob, "x")[1][0], h)
    coded = [i for i, seg in enumerate(parts.segments) if seg[0] & 1]
    assert coded, "no entropy-coded segment to damage"
    seg0 = len(parts.head) + sum(len(seg) for seg in parts.segments[:coded[0]])  # its length field

    def flip_coded(b):  # say the entropy-coded segment is bit-packed: its length no longer fits
        b[seg0] ^= 1

    def garble(b):  # bytes inside the coded segment: a different but CRC-valid frame
        for i in range(seg0 + 2, seg0 + 6):
            b[i] ^= 0xA5

    bad = [reseal_first_frame(blob, flip_coded), reseal_first_frame(blob, garble)]
    for damaged in bad:
        with pytest.raises(ContainerError):
            default.decode(damaged)
    if native.available():
        nd = native.NativeDecoder(default.bundle)
        for damaged in bad:
            hh, rest = container.read_header(io.BytesIO(damaged), "x"), damaged[len(h.raw):]
            nd.open(hh.raw)
            with pytest.raises(ValueError):
                nd.frame(rest)


def test_info_reports_segments_and_factors(tmp_path):
    src = tmp_path / "x.tok"
    assert cli("encode", ROOT / "tests" / "data" / "gait_holdout.csv", "-o", src, "--resample", "2").returncode == 0
    r = cli("info", src, "--json")
    import json
    d = json.loads(r.stdout)
    assert d["format_version"] == 2 and d["resample_factors"] == [2] * 9
    assert [g["scale"] for g in d["segments"]] == [4, 2, 1]
    assert all(0 < g["bits_per_token"] <= 8 for g in d["segments"])
    assert "resampled by" in cli("info", src).stdout


# --- rate targets -------------------------------------------------------------------------

@pytest.mark.parametrize("bpt", [0.05, 0.15, 0.3])
def test_rate_target_is_met_from_file_bytes(default, bpt):
    g = np.random.default_rng(8)
    t = np.arange(20000) / 250
    x = np.stack([np.sin(2 * np.pi * 1.1 * t) + 0.05 * g.normal(size=len(t)),
                  np.convolve(g.normal(size=len(t)).cumsum(), np.ones(50) / 50, mode="same")], axis=1)
    blob = default.encode(x, bpt=bpt)
    real = 8 * len(blob) / x.size
    assert real <= bpt
    full = default.encode(x, resample=1)
    if 8 * len(full) / x.size > bpt:  # the target binds: most of it is used
        assert real >= 0.75 * bpt
    # a larger budget never decodes worse here (a smaller one is coarser)
    if bpt < 0.3:
        assert verify(x, default.decode(default.encode(x, bpt=2 * bpt))).nmse <= verify(x, default.decode(blob)).nmse


def test_rate_target_out_of_reach_or_misused(default, tmp_path):
    x = np.random.default_rng(9).normal(size=(3000, 1))
    with pytest.raises(ConfigError, match="below what this model can reach"):
        default.encode(x, bpt=0.01)
    with pytest.raises(ConfigError):
        default.encode(x, bpt=0.2, resample=2)
    src = ROOT / "tests" / "data" / "gait_holdout.csv"
    r = cli("encode", src, "-o", tmp_path / "x.tok", "--bpt", "0.3", "--resample", "2")
    assert r.returncode == 1 and "not both" in r.stderr and not (tmp_path / "x.tok").exists()
    r = cli("encode", src, "-o", tmp_path / "x.tok", "--bpt", "0.3")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "x.tok").stat().st_size * 8 / (1500 * 9) <= 0.3


def test_rate_target_refuses_a_file_that_holds_nothing(default):
    """White noise at a rate where the only file that fits decodes every sample to one value:
    writing it would look like success and hold nothing."""
    x = 5 + np.random.default_rng(12).normal(size=(40000, 1))
    with pytest.raises(ConfigError, match="no better than each channel's mean"):
        default.encode(x, bpt=0.02, layer="bounded")
    assert verify(x, default.decode(default.encode(x, bpt=0.05, layer="bounded"))).nmse < 1


# --- the input comes back in kind ---------------------------------------------------------

@pytest.mark.parametrize("dtype", ["float32", "float64", "int16", "uint8"])
def test_decode_gives_back_dtype_and_shape(default, dtype):
    g = np.random.default_rng(10)
    one = (100 + 20 * np.sin(np.arange(3000) / 30) + g.normal(size=3000)).astype(dtype)
    y = default.decode(default.encode(one))
    assert y.shape == one.shape and y.dtype == one.dtype
    ct = np.stack([one, one[::-1]])  # (C, T)
    y = default.decode(default.encode(ct, time_axis=1))
    assert y.shape == ct.shape and y.dtype == ct.dtype
    tc = ct.T
    assert default.decode(default.encode(tc)).shape == tc.shape
    # the first format knows none of this: (T, C) float64
    assert default.decode(default.encode(one, version=1)).shape == (3000, 1)


def test_npy_output_in_the_input_dtype_and_shape(tmp_path):
    x = (1000 * np.sin(np.arange(2000) / 20)).astype(np.int16)
    np.save(tmp_path / "x.npy", x)
    assert cli("encode", tmp_path / "x.npy", "-o", tmp_path / "x.tok").returncode == 0
    assert cli("decode", tmp_path / "x.tok", "-o", tmp_path / "y.npy").returncode == 0
    y = np.load(tmp_path / "y.npy")
    assert y.shape == x.shape and y.dtype == x.dtype
    ct = np.stack([x, -x]).astype(np.float32)
    np.save(tmp_path / "ct.npy", ct)
    assert cli("encode", tmp_path / "ct.npy", "-o", tmp_path / "ct.tok", "--time-axis", "1").returncode == 0
    assert cli("decode", tmp_path / "ct.tok", "-o", tmp_path / "ct2.npy").returncode == 0
    y = np.load(tmp_path / "ct2.npy")
    assert y.shape == ct.shape and y.dtype == np.float32
    assert np.abs(y - ct).mean() < 0.3 * np.abs(ct).mean()


def _csv_round_trip(tmp_path, text: str) -> list[str]:
    (tmp_path / "in.csv").write_text(text)
    r = cli("encode", tmp_path / "in.csv", "-o", tmp_path / "t.tok", "--quiet")
    assert r.returncode == 0, r.stderr
    r = cli("decode", tmp_path / "t.tok", "-o", tmp_path / "out.csv")
    assert r.returncode == 0, r.stderr
    return (tmp_path / "out.csv").read_text().splitlines()


def test_csv_keeps_delimiter_and_iso_time_style(tmp_path):
    rows = ["time;x;y"] + [f"2024-05-01T12:00:{i // 100:02d}.{i % 100:02d}0Z;{np.sin(i / 9):.4f};{i % 7}"
                           for i in range(600)]
    out = _csv_round_trip(tmp_path, "\n".join(rows) + "\n")
    assert out[0] == "time;x;y"
    assert [line.split(";")[0] for line in out[1:]] == [r.split(";")[0] for r in rows[1:]]  # one format, every row


def test_csv_epoch_milliseconds_are_milliseconds(tmp_path):
    start = 1_714_564_800_000
    rows = ["t_ms,x"] + [f"{start + 10 * i},{np.cos(i / 15):.5f}" for i in range(800)]
    out = _csv_round_trip(tmp_path, "\n".join(rows) + "\n")
    info = cli("info", tmp_path / "t.tok", "--json")
    import json
    assert abs(json.loads(info.stdout)["sample_rate"] - 100.0) < 1e-6  # not 0.1 Hz
    assert [line.split(",")[0] for line in out[1:4]] == [str(start), str(start + 10), str(start + 20)]


def test_style_block_checked_by_both_readers(default):
    blob = default.encode(np.arange(3000, dtype=np.int16) % 50)
    h = container.read_header(io.BytesIO(blob), "x")
    assert h.style == container.Style(dtype="int16", shape="T")
    at = len(h.raw) - 4 - 5  # the style block ends the header

    def bad_dtype(head: bytearray) -> None:
        head[at] = 11

    from helpers import both_readers_refuse_header
    both_readers_refuse_header(default, blob, bad_dtype)
