"""The C decoder (native/) through its pybind11 binding and its command-line example: parity
with the numpy reference, the q15 error bound, and damaged input that must fail cleanly."""

import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from stampcodec import container, verify
from stampcodec.codec import Codec
from stampcodec.csvio import read_csv
from stampcodec.datasets.seqcomb import generate
from stampcodec.runtime import native

from helpers import FRAME_SAMPLES, LENGTH

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"


def test_extension_is_built():
    """The wheel must ship the native decoder; without it the parity tests below would not run."""
    assert native.available()


@pytest.fixture(scope="module")
def codecs():
    return Codec.load(backend="numpy"), Codec.load(backend="native")


def _signals():
    g = np.random.default_rng(0)
    sc = generate("mv", 200, length=256).test.x  # (N, 3, 256) -> one long 3-channel signal
    mv = np.concatenate(list(sc), axis=1).T
    yield "seqcomb-mv", mv
    lost = mv.copy()  # whole time steps lost (a dropped packet): the frames carry one shared mask
    lost[g.random(len(lost)) < 0.1] = np.nan
    yield "seqcomb-mv-lost-steps", lost
    for name in ("ecg_holdout.csv", "gait_holdout.csv", "pv_holdout.csv"):
        x = read_csv(DATA / name).data
        x[g.random(x.shape) < 0.02] = np.nan
        yield name, x


@pytest.mark.parametrize("frame", [128, 1024, 16384])
def test_float_matches_numpy(codecs, frame):
    ref, nat = codecs
    for name, x in _signals():
        blob = ref.encode(x, frame_samples=frame)
        sd = np.nanstd(x, axis=0)
        sd[sd == 0] = 1
        for scales in (None, 1, 2):
            a, b = ref.decode(blob, scales), nat.decode(blob, scales)
            assert np.array_equal(np.isnan(a), np.isnan(b)), name
            assert np.nanmax(np.abs(a - b) / sd) < 1e-5, (name, scales)


@pytest.mark.parametrize("factor", [1.0625, 1.5, 3.0625, 4, 7.5, 100, 255])
def test_resampled_rows_match_numpy(codecs, factor):
    """The C resampler (computed IBATCH outputs at a time, backwards in place) against numpy's, on
    frames whose coded lengths cut those batches anywhere: float to 1e-5, q15 to its bound."""
    ref, nat = codecs
    g = np.random.default_rng(int(factor * 16))
    for length, channels, frame in ((37, 1, None), (700, 2, 256), (3001, 3, 1024)):
        x = np.cumsum(g.standard_normal((length, channels)), axis=0)
        x[length // 3:length // 3 + 5, 0] = np.nan
        factors = [factor] * channels if channels == 1 else [factor] * (channels - 1) + [1.5]
        blob = ref.encode(x, resample=factors, frame_samples=frame)
        sd = np.nanstd(x, axis=0)
        for scales in (None, 1):
            a, b = ref.decode(blob, scales), nat.decode(blob, scales)
            assert np.array_equal(np.isnan(a), np.isnan(b))
            assert np.nanmax(np.abs(a - b) / sd) < 1e-5, (length, scales)
        assert np.nanmax(np.abs(_q15_decode(nat, blob) - ref.decode(blob)) / sd) < 2e-3, length


def _q15_decode(codec, blob):
    h, frames = container.split(blob, "t")
    q = native.NativeDecoder(codec.bundle).decode(h.raw, frames, q15=True).astype(np.float64)
    y = q / 2 ** native.Q_OUT * h.std + h.mean
    y[q == -32768] = np.nan
    return y


def test_q15_error_bound(codecs):
    """docs/NATIVE.md's bound: on the normalized signal, max error < 2e-3 and SNR > 60 dB against
    the float decoder (measured: 8.8e-4 and 72 dB)."""
    ref, nat = codecs
    for name, x in _signals():
        blob = ref.encode(x)
        a, q = ref.decode(blob), _q15_decode(nat, blob)
        assert np.array_equal(np.isnan(a), np.isnan(q))
        h = container.read_header(io.BytesIO(blob), "t")
        za, zq = (a - h.mean) / np.where(h.std > 0, h.std, 1), (q - h.mean) / np.where(h.std > 0, h.std, 1)
        err = zq - za
        assert np.nanmax(np.abs(err)) < 2e-3, name
        assert 10 * np.log10(np.nanmean(za ** 2) / np.nanmean(err ** 2)) > 60, name


def test_damaged_files_fail_cleanly_in_c(codecs):
    """Feed the C parser directly (not behind the Python checks): every truncation and bit flip of
    a 3-frame file with a mask is an error code, never a crash or a silent decode."""
    ref, nat = codecs
    x = read_csv(DATA / "ecg_holdout.csv").data[:600]
    x[10:14] = np.nan
    blob = ref.encode(x, frame_samples=256)
    hlen = int.from_bytes(blob[6:8], "little")
    nd = native.NativeDecoder(ref.bundle)

    def decode_all(data: bytes) -> None:
        used = nd.open(data)
        for _ in range(3):
            _, n = nd.frame(data[used:])
            used += n

    decode_all(blob)
    for cut in range(len(blob)):
        with pytest.raises(ValueError):
            decode_all(blob[:cut])
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x10
        with pytest.raises(ValueError):
            decode_all(bytes(bad))
    assert hlen < len(blob)


def test_shared_mask_flag_checked_in_c(codecs):
    """FRAME_MASK_SHARED alone, or with runs its mask does not hold, is corrupt even under a valid CRC."""
    import zlib

    ref = codecs[0]
    nd = native.NativeDecoder(ref.bundle)
    x = np.zeros((300, 2))
    x[7:9] = np.nan  # both channels: a shared mask
    blob = ref.encode(x)
    hlen = int.from_bytes(blob[6:8], "little")
    assert blob[hlen] == container.FRAME_MASK | container.FRAME_MASK_SHARED
    used = nd.open(blob)
    y, _ = nd.frame(blob[used:])
    assert np.isnan(y[7:9]).all() and not np.isnan(np.delete(y, [7, 8], axis=0)).any()

    def resealed(frame: bytes) -> bytes:
        return frame[:-4] + zlib.crc32(frame[:-4]).to_bytes(4, "little")

    plain = ref.encode(np.zeros((300, 2)))
    frame = bytearray(plain[hlen:])
    frame[0] = container.FRAME_MASK_SHARED
    nd.open(plain)
    with pytest.raises(ValueError):
        nd.frame(resealed(bytes(frame)))
    frame = bytearray(blob[hlen:])  # flags, varint length 3, runs: count 1, gap 7, length 2
    assert frame[1:5] == bytes([3, 1, 7, 2])
    frame[2] = 2  # two runs announced, one present
    nd.open(blob)
    with pytest.raises(ValueError):
        nd.frame(resealed(bytes(frame)))


def test_oversized_headers_rejected_in_c(codecs):
    """Headers that are valid but ask for absurd sizes: refused before any allocation."""
    import struct
    import zlib

    blob = codecs[0].encode(np.zeros(300))
    n = int.from_bytes(blob[6:8], "little")
    nd = native.NativeDecoder(codecs[0].bundle)
    for offset, fmt, value in [(FRAME_SAMPLES, "<I", 0xFFFFFF80), (LENGTH, "<Q", 2 ** 63), (FRAME_SAMPLES, "<I", 0)]:
        head = bytearray(blob[:n - 4])
        struct.pack_into(fmt, head, offset, value)
        with pytest.raises(ValueError, match="corrupt"):
            nd.open(bytes(head) + struct.pack("<I", zlib.crc32(head)) + blob[n:])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_garbage_never_crashes(codecs, data):
    nd = native.NativeDecoder(codecs[1].bundle)
    try:
        used = nd.open(b"STMP" + data)
        nd.frame(data[used:])
    except ValueError:
        pass


def test_decode_memory_footprint(codecs):
    nd = native.NativeDecoder(codecs[1].bundle)
    assert nd.table_bytes == {"float": 256 * 64 * 4, "q15": 256 * 64 * 2}
    nd.open(codecs[0].encode(np.zeros(300)))
    # state: struct, 1 channel's statistics and factor, 2 blocks of scratch (under 2 KiB), and
    # format 2's entropy decoders: per scale V counts, V / 16 group sums (uint16) and a ring of 8,
    # and the error-bounded layer's: 1 channel's lattices (5 doubles), 8 models of 53 counts + 4 sums
    entropy = 3 * (256 + 16 + 8) * 2 + 5 * 8 + 8 * (53 + 4) * 2
    assert entropy < nd.state_bytes < 2048 + entropy


@pytest.fixture(scope="module")
def c_cli(tmp_path_factory):
    if shutil.which("cmake") is None:
        pytest.fail("cmake is needed to build the C example (pip install cmake)")
    build = tmp_path_factory.mktemp("cli")
    from stampcodec.cli import main

    assert main(["export", "--format", "c", "-o", str(build / "model.h")]) == 0
    subprocess.run(["cmake", "-S", str(ROOT / "firmware_examples" / "linux_cli"), "-B", str(build),
                    "-DCMAKE_BUILD_TYPE=Release", f"-DSTAMPDEC_MODEL_HEADER={build / 'model.h'}"],
                   check=True, capture_output=True)
    subprocess.run(["cmake", "--build", str(build)], check=True, capture_output=True)
    return build / "stampdec_cli"


def test_simd_paths_give_the_portable_bits(c_cli, tmp_path):
    """The SSE2 and AVX2 loops (chosen at build and run time on x86) compute what the portable C
    computes, bit for bit: the same checksums from builds without them, in both arithmetic paths
    and a coarse-only preview, for version 1 and 2 files with gaps, resampled rows, skipped
    tokens and short frames."""
    builds = {"default": c_cli}
    for variant in ("NO_AVX", "NO_SIMD"):
        build = tmp_path / variant
        subprocess.run(["cmake", "-S", str(ROOT / "firmware_examples" / "linux_cli"), "-B", str(build),
                        "-DCMAKE_BUILD_TYPE=Release", f"-DCMAKE_C_FLAGS=-DSTAMPDEC_{variant}",
                        f"-DSTAMPDEC_MODEL_HEADER={c_cli.parent / 'model.h'}"], check=True, capture_output=True)
        subprocess.run(["cmake", "--build", str(build)], check=True, capture_output=True)
        builds[variant] = build / "stampdec_cli"
    codec = Codec.load(backend="numpy")
    x = read_csv(ROOT / "examples" / "wrist_imu.csv").data[:, :3].copy()
    x[100:140, 1] = np.nan  # gaps: masked frames
    x[2000:2010] = np.nan
    walk = np.cumsum(np.random.default_rng(3).normal(size=(5000, 1)), axis=0)
    files = {"v1": codec.encode(x, version=1), "v2-resampled": codec.encode(x),
             "v2-skip": codec.encode(walk, resample=1, skip=2.0),
             "v2-frames": codec.encode(x, resample=1, frame_samples=1024)}  # a short last frame
    for name, blob in files.items():
        tok = tmp_path / f"{name}.tok"
        tok.write_bytes(blob)
        for flags in ([], ["--q15"], ["--scales", "1"]):
            out = {build: subprocess.run([str(exe), *flags, str(tok), "--null"], capture_output=True, text=True)
                   for build, exe in builds.items()}
            assert out["default"].returncode == 0 and "checksum" in out["default"].stdout, out["default"].stderr
            for build, r in out.items():
                assert r.stdout == out["default"].stdout, (name, flags, build)


@pytest.mark.parametrize("q15", [False, True])
def test_c_example_matches_python(c_cli, tmp_path, q15):
    codec = Codec.load(backend="numpy")
    src = read_csv(ROOT / "examples" / "wrist_imu.csv")
    (tmp_path / "t.tok").write_bytes(codec.encode(src.data, columns=src.columns))
    args = [str(c_cli), *(["--q15"] if q15 else []), str(tmp_path / "t.tok"), str(tmp_path / "out.csv")]
    r = subprocess.run(args, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("samples 2458 channels 6 frames 1 checksum ")
    got = read_csv(tmp_path / "out.csv")
    assert got.columns == src.columns
    v = verify(codec.decode((tmp_path / "t.tok").read_bytes()), got.data)
    assert v.nmse < (1e-5 if q15 else 1e-12)


@pytest.mark.parametrize("q15", [False, True])
def test_c_example_decodes_error_bounded_files_exactly(c_cli, tmp_path, q15):
    """f64, or the integer lattice call (--q15: no floating point in the library): the same values
    as Python, bit for bit, so the bound holds in the C example's output too."""
    codec = Codec.load(backend="numpy")
    t = np.arange(5000.0)
    x = np.c_[1e9 + np.sin(t / 9), np.round(100 * np.cos(t / 50)), np.sin(t / 300)]
    x[200:230, 2] = np.nan
    blob = codec.encode(x, columns=["a", "b", "c"], max_error=[1e-4, 0.4, 0.01], frame_samples=2048)
    (tmp_path / "t.tok").write_bytes(blob)
    r = subprocess.run([str(c_cli), *(["--q15"] if q15 else []), str(tmp_path / "t.tok"), str(tmp_path / "out.csv")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    got = read_csv(tmp_path / "out.csv").data
    assert np.array_equal(got, codec.decode(blob), equal_nan=True)
    assert np.all(np.abs(got - x)[~np.isnan(x)] <= np.broadcast_to([1e-4, 0.4, 0.01], x.shape)[~np.isnan(x)])


def test_c_unit_tests(tmp_path):
    subprocess.run(["cmake", "-S", str(ROOT), "-B", str(tmp_path)], check=True, capture_output=True)
    subprocess.run(["cmake", "--build", str(tmp_path)], check=True, capture_output=True)
    r = subprocess.run(["ctest", "--test-dir", str(tmp_path), "--output-on-failure"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "100% tests passed" in r.stdout


def test_c_example_reads_a_pipe_and_leaves_nothing_on_error(c_cli, tmp_path):
    codec = Codec.load(backend="numpy")
    x = 1e9 + np.sin(np.arange(3000) / 9.0)[:, None] * [1.0, 1e-3]  # a large offset, a small ripple
    blob = codec.encode(x, columns=["a", "b"])
    r = subprocess.run([str(c_cli), "-", str(tmp_path / "out.csv")], input=blob, capture_output=True)
    assert r.returncode == 0, r.stderr
    got = read_csv(tmp_path / "out.csv").data
    assert verify(codec.decode(blob), got).nmse < 1e-12  # the double statistics keep the 1e-3 ripple
    assert verify(x, got).nmse < 0.1
    bad = bytearray(blob)
    bad[-1] ^= 1  # the last frame's CRC
    (tmp_path / "out.csv").unlink()
    r = subprocess.run([str(c_cli), "-", str(tmp_path / "out.csv")], input=bytes(bad), capture_output=True, text=False)
    assert r.returncode == 1 and b"CRC" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
