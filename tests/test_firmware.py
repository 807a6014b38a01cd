"""Firmware examples under emulation, and the fuzzer: the bare-metal Cortex-M3 decoder (q15) and the
Cortex-M4F encoder (float) in qemu-system-arm, the aarch64 command-line decoder in qemu-aarch64,
and a 60 s libFuzzer run.
They need Debian packages that pip cannot give (.ci/run installs them); a missing tool fails
the test with the apt-get line, it is never skipped."""

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stampcodec import container
from stampcodec.cli import main
from stampcodec.codec import Codec
from stampcodec.csvio import read_csv
from stampcodec.runtime import native

from helpers import require_tools

ROOT = Path(__file__).parents[1]
FW = ROOT / "firmware_examples"
GAIT = ROOT / "tests" / "data" / "gait_holdout.csv"

pytestmark = pytest.mark.slow


need = require_tools


def sh(*args, **kw):
    r = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)
    assert r.returncode == 0, f"{args}: {r.stdout}\n{r.stderr}"
    return r.stdout


def fnv1a_int16(values: np.ndarray) -> int:
    h = 2166136261
    for b in values.astype("<i2").tobytes():
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def run_cortex_m3(tmp_path: Path, blob: bytes) -> tuple[str, Path]:
    """The bare-metal example built with blob embedded and run under qemu: (its output, build dir)."""
    need("arm-none-eabi-gcc", "qemu-system-arm")
    gen = tmp_path / "gen"
    gen.mkdir()
    assert main(["export", "--format", "c", "--tables", "q15", "-o", str(gen / "model.h")]) == 0
    (gen / "tokens.bin").write_bytes(blob)
    sh(sys.executable, FW / "cortex_m" / "embed_tokens.py", gen / "tokens.bin", gen / "tokens.h")
    build = tmp_path / "m3"
    sh("cmake", "-S", FW / "cortex_m", "-B", build, f"-DGENERATED_DIR={gen}", "-DCMAKE_BUILD_TYPE=MinSizeRel",
       f"-DCMAKE_TOOLCHAIN_FILE={FW / 'toolchains' / 'arm-none-eabi-cortex-m3.cmake'}")
    sh("cmake", "--build", build)
    return sh("timeout", "120", "qemu-system-arm", "-M", "mps2-an385", "-nographic", "-semihosting",
              "-kernel", build / "stampdec_m3.elf"), build


def test_cortex_m3_q15_matches_python(tmp_path):
    need("arm-none-eabi-gcc", "qemu-system-arm")
    codec = Codec.load(backend="native")
    x = read_csv(ROOT / "tests" / "data" / "ecg_holdout.csv").data
    blob = codec.encode(x, frame_samples=1024)
    out, build = run_cortex_m3(tmp_path, blob)
    first = [int(v) for v in re.search(r"first samples \(Q11\): (.*)", out).group(1).split()]
    checksum = int(re.search(r"checksum ([0-9a-f]{8})", out).group(1), 16)
    # the same tokens through the binding's q15 path on this machine
    h, frames = container.split(blob, "t")
    q = native.NativeDecoder(codec.bundle).decode(h.raw, frames, q15=True)
    assert first == q[:8, 0].tolist()
    assert checksum == fnv1a_int16(q.ravel())
    assert "decoded 2000 samples x 1 channels in 2 frames" in out
    sizes = sh("arm-none-eabi-size", build / "stampdec_m3.elf").splitlines()[1].split()
    text, data, bss = (int(v) for v in sizes[:3])
    assert text < 96 * 1024 and data + bss < 16 * 1024  # 32 KB tables + decoder + newlib printf


def test_cortex_m3_error_bounded_matches_python(tmp_path):
    """An error-bounded file on a core without an FPU (the integer lattice call): the same lattice
    points as the Python runtime, so the bound holds there too."""
    need("arm-none-eabi-gcc", "qemu-system-arm")
    codec = Codec.load(backend="numpy")
    x = read_csv(ROOT / "tests" / "data" / "ecg_holdout.csv").data
    x[300:320] = np.nan
    blob = codec.encode(x, frame_samples=1024, max_error=0.01 * float(np.nanstd(x)))
    out, _ = run_cortex_m3(tmp_path, blob)
    from stampcodec import bounded
    h, frames = container.split(blob, "t")
    y = np.concatenate([bounded.frame_points(h, raw, i, "t")[0] for i, raw in enumerate(frames)])
    first = [int(v) for v in re.search(r"first lattice points: (.*)", out).group(1).split()]
    assert first == y[:8, 0].tolist()
    h32 = 2166136261
    for b in y.astype("<i8").tobytes():
        h32 = ((h32 ^ b) * 16777619) & 0xFFFFFFFF
    assert int(re.search(r"checksum ([0-9a-f]{8})", out).group(1), 16) == h32
    assert "decoded 2000 samples x 1 channels in 2 frames" in out


def build_encoder_example(tmp_path: Path, tables: str, toolchain: str, *defs: str) -> tuple[Path, Path]:
    """The encoder example with six held-out gait channels embedded: (build folder, model.h folder)."""
    gen, build = tmp_path / f"gen-{tables}", tmp_path / f"build-{tables}-{toolchain}"
    gen.mkdir()
    assert main(["export", "--format", "c", "--tables", tables, "--encoder", "--channels", "6",
                 "-o", str(gen / "model.h")]) == 0
    sh(sys.executable, FW / "cortex_m4f_encoder" / "embed_samples.py", GAIT, gen / "samples.h", "--channels", "6",
       "--rate", "64")
    sh("cmake", "-S", FW / "cortex_m4f_encoder", "-B", build, f"-DGENERATED_DIR={gen}", "-DCMAKE_BUILD_TYPE=Release",
       f"-DCMAKE_TOOLCHAIN_FILE={FW / 'toolchains' / f'arm-none-eabi-{toolchain}.cmake'}", *defs)
    sh("cmake", "--build", build)
    return build, gen


def host_stream(arithmetic: str, factor: float | None = None) -> bytes:
    """The gait channels through the host C encoder (the binding), as the example streams them."""
    x = read_csv(GAIT).data[:, :6].astype(np.float32)
    mean, std = np.nanmean(x.astype(np.float64), axis=0), np.nanstd(x.astype(np.float64), axis=0).astype(np.float32)
    s = native.NativeEncoder(Codec.load(backend="numpy").bundle, arithmetic=arithmetic).stream(
        6, 256, mean=mean, std=std, sample_rate=64.0, factors=None if factor is None else (factor,) * 6)
    return s.header(len(x)) + b"".join(s.push(x)) + s.flush()


def test_cortex_m4f_encoder_writes_the_host_c_encoders_files(tmp_path):
    """The C encoder on a Cortex-M4F (qemu mps2-an386), float and fixed-point paths, six held-out
    gait channels in 256-sample frames, 50 samples at a time, the token files written over
    semihosting: byte for byte the host C encoder's files (same paths), decodable here."""
    need("arm-none-eabi-gcc", "qemu-system-arm")
    build, _ = build_encoder_example(tmp_path, "both", "cortex-m4f")
    out = sh("timeout", "300", "qemu-system-arm", "-M", "mps2-an386", "-nographic", "-semihosting",
             "-kernel", build / "stampenc_m4f.elf", cwd=tmp_path)
    codec = Codec.load(backend="numpy")
    for arith in ("f32", "q"):
        assert f"tokens_{arith}.bin: encoded 1500 samples x 6 channels in 6 frames of 256" in out, out
        blob = (tmp_path / f"tokens_{arith}.bin").read_bytes()
        assert blob == host_stream(arith), arith
        y = codec.decode(blob)
        assert y.shape == (1500, 6) and np.isfinite(y).all()


def test_cortex_m4f_encoder_codes_resampled_channels(tmp_path):
    """The example built with FACTOR=40 (every channel at r = 2.5, the decimation summed in float
    on the M4F's FPU): both paths write the host C encoder's bytes, in well under the bytes of
    r = 1, and the file decodes to the recording about as closely as the host numpy encoder's
    file at the same factor does."""
    need("arm-none-eabi-gcc", "qemu-system-arm")
    build, _ = build_encoder_example(tmp_path, "both", "cortex-m4f", "-DFACTOR=40")
    sh("timeout", "300", "qemu-system-arm", "-M", "mps2-an386", "-nographic", "-semihosting",
       "-kernel", build / "stampenc_m4f.elf", cwd=tmp_path)
    codec = Codec.load(backend="numpy")
    x = read_csv(GAIT).data[:, :6].astype(np.float32).astype(np.float64)
    ref = codec.encode(x, frame_samples=256, resample=2.5, sample_rate=64.0)

    def nmse(blob: bytes) -> float:
        return float(np.mean((codec.decode(blob) - x) ** 2 / np.nanvar(x, axis=0)))

    for arith in ("f32", "q"):
        blob = (tmp_path / f"tokens_{arith}.bin").read_bytes()
        assert blob == host_stream(arith, 2.5), arith
        assert container.split(blob, "c")[0].factors == (2.5,) * 6
        assert len(blob) < 0.7 * len(host_stream(arith)), arith  # 1 / 2.5 of the tokens; headers stay
        assert nmse(blob) < 1.1 * nmse(ref), (arith, nmse(blob), nmse(ref))


def test_fixed_point_encoder_without_fpu_fits_128k_flash_16k_ram(tmp_path):
    """--tables q15: the fixed-point encoder alone, built for a Cortex-M3 (no FPU, qemu
    mps2-an385): the host's bytes again; the encoder's tables and code within 128 KB of flash and
    its state for the 6-channel stream within 16 KB (the example's recording, newlib's printf and
    semihosting come on top)."""
    need("arm-none-eabi-gcc", "qemu-system-arm")
    build, gen = build_encoder_example(tmp_path, "q15", "cortex-m3", "-DSTATE_BYTES=16384")
    out = sh("timeout", "300", "qemu-system-arm", "-M", "mps2-an385", "-nographic", "-semihosting",
             "-kernel", build / "stampenc_m4f.elf", cwd=tmp_path)
    assert (tmp_path / "tokens_q.bin").read_bytes() == host_stream("q")
    state = int(re.search(r"state (\d+) bytes", out).group(1))
    assert state <= 16 * 1024, out
    tables = int(re.search(r"_ENC_TABLE_BYTES (\d+)", (gen / "model.h").read_text()).group(1))
    code = int(sh("arm-none-eabi-size", build / "native" / "libstampenc.a").splitlines()[1].split()[0])
    assert tables + code < 128 * 1024, (tables, code)


def test_aarch64_cli_output_identical_to_x86(tmp_path):
    need("aarch64-linux-gnu-gcc", "qemu-aarch64-static")
    assert main(["export", "--format", "c", "-o", str(tmp_path / "model.h")]) == 0
    src = ROOT / "examples" / "wrist_imu.csv"
    assert main(["encode", str(src), "-o", str(tmp_path / "t.tok"), "--quiet", "--frame-samples", "1024"]) == 0
    # and an error-bounded file: the f64 call and the integer lattice call (--q15) on both CPUs
    assert main(["encode", str(src), "-o", str(tmp_path / "b.tok"), "--quiet", "--frame-samples", "1024",
                 "--max-error", "0.01"]) == 0
    outs = {}
    for arch, extra in (("x86", []), ("aarch64", [f"-DCMAKE_TOOLCHAIN_FILE={FW / 'toolchains' / 'aarch64-linux-gnu.cmake'}"])):
        build = tmp_path / arch
        sh("cmake", "-S", FW / "linux_cli", "-B", build, "-DCMAKE_BUILD_TYPE=Release",
           f"-DSTAMPDEC_MODEL_HEADER={tmp_path / 'model.h'}", *extra)
        sh("cmake", "--build", build)
        run = [build / "stampdec_cli"]
        if arch == "aarch64":
            assert (build / "stampdec_cli").read_bytes()[18:20] == b"\xb7\x00"  # ELF e_machine: AArch64
            run = ["qemu-aarch64-static", "-L", "/usr/aarch64-linux-gnu", *run]
        for q15 in ((), ("--q15",)):
            for tok in ("t", "b"):
                csv = tmp_path / f"{arch}{tok}{''.join(q15)}.csv"
                stdout = sh(*run, *q15, tmp_path / f"{tok}.tok", csv)
                outs[(arch, tok, q15)] = (stdout, csv.read_bytes())
    for q15 in ((), ("--q15",)):
        for tok in ("t", "b"):
            assert outs[("x86", tok, q15)] == outs[("aarch64", tok, q15)]
    bounded = read_csv(tmp_path / "x86b.csv").data
    assert np.array_equal(bounded, Codec.load(backend="numpy").decode((tmp_path / "b.tok").read_bytes()))
    assert np.abs(bounded - read_csv(src).data).max() <= 0.01
    decoded = read_csv(tmp_path / "x86t.csv")
    assert decoded.columns == read_csv(src).columns and decoded.data.shape == (2458, 6)


def test_fuzz_parser_with_three_models(tmp_path):
    need("clang")
    seconds = os.environ.get("STAMPDEC_FUZZ_SECONDS", "20")  # per model: V=256, V=100, joint
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])  # stampcodec, python
    out = sh(ROOT / "native" / "fuzz" / "run.sh", seconds, tmp_path, env={**os.environ, "PATH": path})
    runs = [int(n) for n in re.findall(r"Done (\d+) runs", out)]
    assert len(runs) == 3 and min(runs) > 10_000, out
    assert not list(tmp_path.glob("*/crash-*"))
