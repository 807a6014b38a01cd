"""The C encoder (native/include/stampenc.h) through its binding: the numpy encoder's tokens, the
Python writer's bytes, any chunking, and clean errors.

Which frames it writes (a test below pins this): version 2 token frames, every scale coded, each
segment range coded or bit-packed (whichever is shorter, as the Python writer chooses), with a
missing-sample mask (per channel, or shared when every channel misses the same samples),
statistics and a sample rate in the header, and channels at the resampling factors the caller
gives. It never writes skipped tokens (FRAME_SKIP), error-bounded fields, time stamps, channel
names or prior-coded segments: those come from the Python encoder, which hands its rows to the C
encoder for their tokens."""

import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from stampcodec import container
from stampcodec.bundle import Bundle
from stampcodec.codec import Codec
from stampcodec.csvio import read_csv
from stampcodec.datasets import seqcomb
from stampcodec.errors import BundleError
from stampcodec.parallel import available_cores
from stampcodec.runtime import native
from stampcodec.runtime.encoder import NumpyEncoder
from stampcodec.streams import ArraySource

from helpers import random_bundle

pytestmark = pytest.mark.skipif(not native.available(), reason="stampcodec._native is not built")

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"


def _rows(x: np.ndarray, block: int) -> np.ndarray:
    """(R, T) -> (R, 1, T padded to whole blocks) float32, as Codec hands rows to encoders."""
    pad = -x.shape[1] % block
    x = np.concatenate([x, np.repeat(x[:, -1:], pad, axis=1)], axis=1)
    return x[:, None, :].astype(np.float32)


@pytest.fixture(scope="module")
def default():
    return Codec.load(backend="numpy", encode_backend="numpy")


def test_double_path_gives_the_numpy_tokens_on_seqcomb_and_real_data(default):
    bundle, block = default.bundle, default.config.block
    sc = seqcomb.generate("single", n_samples=200, seed=3)
    real = [read_csv(DATA / "ecg_holdout.csv").data[:, 0], *read_csv(DATA / "gait_holdout.csv").data[:, :3].T]
    real = [(r - r.mean()) / r.std() for r in real]
    cases = {"seqcomb": _rows(sc.test.x[:, 0, :], block),
             "real": np.concatenate([_rows(r[None, :1408], block) for r in real])}
    ref_enc, c_enc = NumpyEncoder(bundle), native.NativeEncoder(bundle)
    for name, rows in cases.items():
        ref, got = ref_enc.encode_rows(rows), c_enc.encode_rows(rows)
        for s, (a, b) in enumerate(zip(ref, got)):
            assert np.array_equal(a, b), f"{name}: scale {s}: {int((a != b).sum())} of {a.size} tokens differ"


def test_float_path_agrees_with_numpy_but_for_near_ties(default):
    """float32 arithmetic can flip a choice between two codewords whose distances agree to float32
    rounding; everything after a flip is still coded closed-loop. Measured here and bounded."""
    bundle, block = default.bundle, default.config.block
    sc = seqcomb.generate("single", n_samples=200, seed=3)
    gait = read_csv(DATA / "gait_holdout.csv").data[:1408, :6].T
    gait = (gait - gait.mean(axis=1, keepdims=True)) / gait.std(axis=1, keepdims=True)
    differ = total = 0
    for rows in (_rows(sc.test.x[:, 0, :], block), _rows(gait, block)):
        ref = NumpyEncoder(bundle).encode_rows(rows)
        got = native.NativeEncoder(bundle, arithmetic="f32").encode_rows(rows)
        differ += sum(int((a != b).sum()) for a, b in zip(ref, got))
        total += sum(a.size for a in ref)
    assert differ <= 0.002 * total, f"{differ} of {total} tokens differ"


def test_fixed_point_path_agrees_closely(default):
    """The fixed-point path (int8 tables, integer arithmetic): token agreement with the numpy
    encoder and the error of what it writes, against the float path's, on held-out real data."""
    x = read_csv(DATA / "gait_holdout.csv").data[:, :6]
    h, _ = container.split(default.encode(x, frame_samples=256, resample=1), "python")
    ref = default.encode(x, frame_samples=256, resample=1)
    got = _stream_file(native.NativeEncoder(default.bundle, arithmetic="q"), x, 256, h, [])
    rt, gt = (container.split(b, "t")[1] for b in (ref, got))
    same = total = 0
    for i, (a, b) in enumerate(zip(rt, gt)):
        ta, _ = container.parse_frame(a, h, i, "ref")
        tb, _ = container.parse_frame(b, h, i, "q")
        same += sum(int((p == q).sum()) for p, q in zip(ta, tb))
        total += sum(p.size for p in ta)
    assert same >= 0.95 * total, f"{same} of {total} tokens agree"
    nmse = lambda blob: float(np.mean(((default.decode(blob) - x) ** 2).mean(axis=0) / x.var(axis=0)))  # noqa: E731
    assert abs(nmse(got) - nmse(ref)) <= 0.02 * nmse(ref)


def test_fixed_tables_are_in_range(default):
    from stampcodec.runtime.fixed import GELU_POINTS, fixed_tables

    f = fixed_tables(default.bundle)
    for name in ("sh0", "sh1", "sh2"):
        assert 1 <= f[name].min() and f[name].max() <= 62
    for name in ("rq0", "rq1", "rq2"):
        assert (f[name] >= 1 << 30).all()
    assert f["gelu"].shape == (GELU_POINTS,) and f["gelu"][-1] == 8 << 11 and f["gelu"][0] == 0
    assert 0 <= f["q_c"] <= 14 and f["code_sq"].dtype == np.int64 and (f["code_sq"] > 0).all()
    # no int64 overflow in the search: 2 x cb_mult x the largest possible dot product
    assert 2 * int(f["cb_mult"].max()) * 127 * 32768 * default.config.n_atoms < 2 ** 63


def _stream_file(enc: native.NativeEncoder, x: np.ndarray, frame: int, h: container.Header,
                 chunks: list[int], factors: tuple[float, ...] | None = None) -> bytes:
    s = enc.stream(x.shape[1], frame, mean=h.mean, std=np.asarray(h.std, np.float32),
                   sample_rate=h.sample_rate or 0.0, time_origin=h.time_origin, factors=factors)
    out, at = [], 0
    for n in chunks:
        out += s.push(x[at:at + n].astype(np.float32))
        at += n
    out += s.push(x[at:].astype(np.float32))
    out.append(s.flush())
    assert s.samples == len(x)
    return s.header(len(x)) + b"".join(out)


@pytest.mark.parametrize("arithmetic", ["f64", "f32"])
def test_stream_writes_the_python_writers_bytes(default, arithmetic):
    rng = np.random.default_rng(1)
    t = np.arange(3000)
    x = np.stack([np.sin(t / (20 + 5 * k)) + 0.2 * rng.standard_normal(t.size) + 3 * k for k in range(3)], 1)
    x = x.astype(np.float32).astype(np.float64)  # the device hands float32 samples
    x[100:130, 1] = np.nan  # one channel's gap: per-channel runs
    x[700:710, :] = np.nan  # a lost packet: shared runs
    x[2900:, 2] = np.nan  # a gap to the end of the last, short frame
    blob = default.encode(x, frame_samples=512, resample=1, sample_rate=50.0)
    h, frames = container.split(blob, "python")
    got = _stream_file(native.NativeEncoder(default.bundle, arithmetic=arithmetic), x, 512, h, [1, 7, 500, 1000])
    gh, gframes = container.split(got, "c")
    assert got[:len(h.raw)] == h.raw
    flags = [raw[0] for raw in gframes]
    assert flags[0] == container.FRAME_MASK and flags[1] == container.FRAME_MASK | container.FRAME_MASK_SHARED
    assert len(gframes) == len(frames) == 6
    for i, (a, b) in enumerate(zip(frames, gframes)):
        assert a == b, f"frame {i + 1}"
    y = default.decode(got)
    assert np.isnan(y[100:130, 1]).all() and np.isfinite(y[:100]).all()


def test_chunk_sizes_do_not_change_the_bytes(default):
    x = read_csv(DATA / "gait_holdout.csv").data[:, :6]
    blob = default.encode(x, frame_samples=256, resample=1)
    h, _ = container.split(blob, "python")
    enc = native.NativeEncoder(default.bundle, arithmetic="f32")
    files = {_stream_file(enc, x, 256, h, sizes) for sizes in ([1] * 300, [256, 256], [37] * 40, [])}
    assert len(files) == 1


def test_which_frames_it_writes(default):
    """The frame types the C encoder produces (module docstring): flags MASK and MASK_SHARED only,
    every scale coded, factors 1, no header feature beyond statistics and a rate."""
    x = read_csv(DATA / "ecg_holdout.csv").data
    x[5:9] = np.nan
    h, _ = container.split(default.encode(x, frame_samples=1024, resample=1), "python")
    got = _stream_file(native.NativeEncoder(default.bundle), x, 1024, h, [])
    gh, frames = container.split(got, "c")
    assert gh.version == 2 and gh.n_coded == len(gh.scales) and set(gh.factors or (1,)) == {1}
    assert gh.bounds is None and gh.kept_time is None and gh.prior_id is None and gh.columns is None
    assert all(raw[0] & ~(container.FRAME_MASK | container.FRAME_MASK_SHARED) == 0 for raw in frames)
    coded = [raw[0] for raw in frames]
    assert coded == [container.FRAME_MASK, 0]


def test_joint_model_and_bit_packed_segments():
    bundle = random_bundle(seed=4, mode="joint", channels=3, atom_length=16, n_atoms=8, codebook_size=16,
                           encoder_hidden=8, scales=(2, 1))
    codec = Codec(bundle, backend="numpy", encode_backend="numpy")
    rng = np.random.default_rng(2)
    x = np.cumsum(rng.standard_normal((700, 3)), axis=0).astype(np.float32).astype(np.float64)
    for entropy in (True, False):
        blob = codec.encode(x, frame_samples=256, resample=1, entropy=entropy)
        h, frames = container.split(blob, "python")
        s = native.NativeEncoder(bundle).stream(3, 256, entropy=entropy, mean=h.mean, std=h.std.astype(np.float32))
        got = s.header(len(x)) + b"".join(s.push(x.astype(np.float32))) + s.flush()
        assert got == blob


@pytest.mark.parametrize("arithmetic", ["f64", "f32"])
def test_stream_codes_resampled_channels_as_python_does(default, arithmetic):
    """Channels at factors 1, 4 and 2.5: the C encoder decimates with stampcodec.resample's kernel
    (a table in its state, so its coded samples agree with numpy's to float rounding: the tokens
    are the same unless one sits at a near-tie, and none does here). Byte for byte the Python
    writer's file: gaps at the full rate, a lost packet, a short last frame, chunks of any size."""
    rng = np.random.default_rng(1)
    t = np.arange(6000)
    x = np.stack([np.sin(t / (200 + 50 * k)) + 0.05 * rng.standard_normal(t.size) + 3 * k for k in range(3)], 1)
    x = x.astype(np.float32).astype(np.float64)
    x[100:130, 1] = np.nan
    x[700:710, :] = np.nan
    x[5900:, 2] = np.nan
    factors = (1, 4, 2.5)
    blob = default.encode(x, frame_samples=1024, resample=factors, sample_rate=500.0)
    h, _ = container.split(blob, "python")
    got = _stream_file(native.NativeEncoder(default.bundle, arithmetic=arithmetic), x, 1024, h, [333] * 18, factors)
    assert container.split(got, "c")[0].factors == factors
    assert got == blob


def test_stream_resamples_real_recordings_and_joint_models(default):
    """A held-out recording (tests/data's ECG at factors 1.5 and 2, the C double path) and a
    joint model (one factor for all channels): the Python writer's bytes; the fixed-point path
    codes the same samples within 5% of the float path's NMSE."""
    x = read_csv(DATA / "ecg_holdout.csv").data.astype(np.float32).astype(np.float64)
    for factors in ((1.5,) * x.shape[1], (2,) * x.shape[1]):
        blob = default.encode(x, frame_samples=1024, resample=factors)
        h, _ = container.split(blob, "python")
        for arithmetic in ("f64", "q"):
            got = _stream_file(native.NativeEncoder(default.bundle, arithmetic=arithmetic), x, 1024, h, [], factors)
            if arithmetic == "f64":
                assert got == blob, factors
            else:
                def nmse(b):
                    return float(np.mean((default.decode(b) - x) ** 2) / np.var(x))
                assert abs(nmse(got) / nmse(blob) - 1) < 0.05, (factors, nmse(got), nmse(blob))
    bundle = random_bundle(seed=4, mode="joint", channels=3, atom_length=16, n_atoms=8, codebook_size=16,
                           encoder_hidden=8, scales=(2, 1))
    codec = Codec(bundle, backend="numpy", encode_backend="numpy")
    y = np.cumsum(np.random.default_rng(2).standard_normal((700, 3)), axis=0).astype(np.float32).astype(np.float64)
    blob = codec.encode(y, frame_samples=256, resample=3.25)
    h, _ = container.split(blob, "python")
    assert _stream_file(native.NativeEncoder(bundle), y, 256, h, [], (3.25,) * 3) == blob
    with pytest.raises(ValueError, match="do not fit"):  # joint: one factor for every channel
        native.NativeEncoder(bundle).stream(3, 256, factors=(1, 2, 2))
    for bad in ((0.5, 1, 1), (256, 1, 1), (1.03, 1, 1)):
        with pytest.raises(ValueError, match="resampling factor"):
            native.NativeEncoder(default.bundle).stream(3, 1024, factors=bad)
    with pytest.raises(ValueError, match="one factor per channel"):
        native.NativeEncoder(default.bundle).stream(3, 1024, factors=(1, 2))


def test_codec_native_backend_writes_the_numpy_files(default):
    x = read_csv(DATA / "gait_holdout.csv").data
    nat = Codec.load(backend="numpy", encode_backend="native")
    assert nat.encode_backend == "native" and Codec.load().encode_backend == "native"  # auto: native when built
    for kw in ({}, {"bpt": 0.2}, {"skip": 2.0}):
        assert nat.encode(x, **kw) == default.encode(x, **kw), kw


def test_tokens_do_not_depend_on_the_thread_count(default):
    """encode_rows spreads rows over worker threads, each with a copy of the C state: the same
    tokens for 1, 2 and 5 threads, and the same as one row at a time."""
    x = read_csv(DATA / "gait_holdout.csv").data[:2048, :5].T
    rows = _rows((x - x.mean(1, keepdims=True)) / x.std(1, keepdims=True), default.config.block)
    enc = native.NativeEncoder(default.bundle)
    stream = enc.stream(1, rows.shape[2])
    one = [np.stack(t) for t in zip(*(stream.encode_row(r) for r in rows))]
    for threads in (1, 2, 5):
        enc.threads = threads
        got = enc.encode_rows(rows)
        assert all(np.array_equal(a, b) for a, b in zip(one, got)), threads


def test_frames_encoded_side_by_side_give_the_numpy_files(default):
    """With the C encoder, a file's frames are encoded on all cores at once (each frame's rows on
    its thread): the same bytes as the numpy encoder's, frame after frame, gaps and a short last
    frame included, in both format versions."""
    x = read_csv(DATA / "gait_holdout.csv").data[:5000, :3].copy()
    x[700:760, 1] = np.nan
    auto = Codec.load(backend="numpy")
    h = auto.encode_to(ArraySource(x), io.BytesIO(), frame_samples=512, resample=1)
    assert auto._frame_threads(h, None) == min(available_cores(), 10)
    for kw in ({"frame_samples": 512, "resample": 1}, {"frame_samples": 512}, {"frame_samples": 1024, "version": 1}):
        assert auto.encode(x, **kw) == default.encode(x, **kw), kw


def test_auto_takes_native_and_hands_numpy_what_c_cannot_take(default, monkeypatch):
    """`--backend auto` encodes with the C encoder when built; rows it refuses (here: every row
    length, as for a frame past its limits) go to the numpy encoder, where `--backend native`
    says why it cannot encode them."""
    x = read_csv(DATA / "gait_holdout.csv").data[:3000, :2]
    ref = default.encode(x, resample=1)
    auto = Codec.load(backend="numpy")
    assert auto.encode_backend == "native" and auto.encode(x, resample=1) == ref

    def refuse(self, *a, **kw):
        raise ValueError("encoder: the model and this stream do not fit each other")

    monkeypatch.setattr(native.NativeEncoder, "stream", refuse)
    assert Codec.load(backend="numpy").encode(x, resample=1) == ref
    with pytest.raises(ValueError, match="do not fit"):
        Codec.load(backend="numpy", encode_backend="native").encode(x, resample=1)


def test_export_sizes_the_state_for_resampled_channels(tmp_path, capsys):
    """export --format c --encoder --resample: the RAM figure is stampenc_state_size's for those
    factors (a kernel table per distinct factor, and a full-rate row); bad factors are refused."""
    from stampcodec.cli import main

    out = tmp_path / "model.h"
    figures = {}
    for r in (None, "2", "2,4,2"):
        assert main(["export", "--format", "c", "--tables", "q15", "--encoder", "--channels", "3", "-o", str(out),
                     "--force", *(["--resample", r] if r else [])]) == 0
        figures[r] = int(capsys.readouterr().err.split("bytes of state")[0].split(";")[-1].replace(",", ""))
    enc = native.NativeEncoder(Codec.load(backend="numpy").bundle, arithmetic="q")
    assert figures[None] == enc.stream(3, 256).state_bytes
    assert figures["2"] == enc.stream(3, 256, factors=(2, 2, 2)).state_bytes > figures[None]
    assert figures["2,4,2"] == enc.stream(3, 256, factors=(2, 4, 2)).state_bytes > figures["2"]
    for bad, says in (("0.5", "between 1 and 255"), ("2,2", "2 factors for 3 channel"), ("two", "could not convert")):
        assert main(["export", "--format", "c", "--encoder", "--channels", "3", "-o", str(tmp_path / "x.h"),
                     "--resample", bad]) == 1
        assert says in capsys.readouterr().err
    assert main(["export", "--format", "c", "-o", str(tmp_path / "x.h"), "--resample", "2"]) == 1
    assert "--format c --encoder" in capsys.readouterr().err
    assert not (tmp_path / "x.h").exists()


@pytest.mark.slow
def test_simd_paths_give_the_same_files(tmp_path):
    """The encoder's x86 kernels, chosen at build and run time (SSE2 dot products; AVX GELU and
    waveforms; the double path's AVX2/FMA panel products), against builds without AVX and
    without any SIMD, through native/'s stampenc_cli: the float and fixed-point files are the
    same bytes (the same sums in every build). The double path fuses its multiply-adds only
    where the core has FMA, so its sums differ in the last bits; its tokens, and so the files,
    are the same on these recordings."""
    if shutil.which("cmake") is None:
        pytest.fail("cmake is needed to build the C example (pip install cmake)")
    from stampcodec.cli import main

    assert main(["export", "--format", "c", "--tables", "both", "--encoder", "-o", str(tmp_path / "model.h")]) == 0
    exes = {}
    for variant in ("default", "NO_AVX", "NO_SIMD"):
        build = tmp_path / variant
        flags = [] if variant == "default" else [f"-DCMAKE_C_FLAGS=-DSTAMPENC_{variant} -DSTAMPDEC_{variant}"]
        subprocess.run(["cmake", "-S", str(ROOT / "firmware_examples" / "linux_cli"), "-B", str(build),
                        "-DCMAKE_BUILD_TYPE=Release", *flags, f"-DSTAMPDEC_MODEL_HEADER={tmp_path / 'model.h'}"],
                       check=True, capture_output=True)
        subprocess.run(["cmake", "--build", str(build), "--target", "stampenc_cli"], check=True, capture_output=True)
        exes[variant] = build / "stampenc_cli"
    inputs = {"gait": read_csv(DATA / "gait_holdout.csv").data[:, :3],
              "ecg": read_csv(DATA / "ecg_holdout.csv").data[:, :1],
              "walk": np.cumsum(np.random.default_rng(5).normal(size=(4096, 2)), axis=0)}
    for name, x in inputs.items():
        raw = tmp_path / f"{name}.f32"
        x.astype("<f4").tofile(raw)
        for path in ([], ["--f64"], ["--q"], ["--q", "--factor", "40"]):  # the last: every channel at r = 2.5
            files = {}
            for variant, exe in exes.items():
                out = tmp_path / f"{name}{''.join(path)}-{variant}.tok"
                subprocess.run([str(exe), *path, "--frame", "1024", str(x.shape[1]), str(raw), str(out)], check=True,
                               capture_output=True)
                files[variant] = out.read_bytes()
            assert files["NO_AVX"] == files["default"] and files["NO_SIMD"] == files["default"], (name, path)


def test_bad_input_is_refused_cleanly(default):
    enc = native.NativeEncoder(default.bundle, arithmetic="f32")
    s = enc.stream(2, 256)
    with pytest.raises(ValueError, match="infinite sample"):
        s.push(np.array([[1.0, np.inf]], np.float32))
    with pytest.raises(ValueError, match="channels"):
        s.push(np.zeros((4, 3), np.float32))
    assert s.flush() == b""
    with pytest.raises(ValueError, match="out of order"):
        s.push(np.zeros((1, 2), np.float32))
    with pytest.raises(ValueError, match="do not fit"):
        enc.stream(2, 100)  # not a multiple of the block
    with pytest.raises(ValueError, match="do not fit"):
        enc.stream(2, 256, mean=np.zeros(2), std=np.array([1.0, -1.0], np.float32))
    with pytest.raises(ValueError, match="invalid argument"):
        s.header(0)
    decode_only = Bundle(default.bundle.config, {k: v for k, v in default.bundle.tensors.items()
                                                 if not k.startswith("encoder.")})
    with pytest.raises(BundleError, match="encoder weights"):
        native.NativeEncoder(decode_only)
