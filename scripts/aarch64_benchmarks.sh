#!/usr/bin/env bash
# `pytest --benchmark-only` on aarch64 (Raspberry Pi class) under qemu-user, without a board:
# a Debian arm64 CPython (debootstrap stage 1, debs extracted), aarch64 wheels fetched by the host
# pip, and stampcodec's native extension cross-compiled for aarch64. Then the decoders' output on
# aarch64 is compared with this machine's. Times under emulation mean nothing; that it runs and
# agrees does. Needs: debootstrap qemu-user-static gcc-aarch64-linux-gnu g++-aarch64-linux-gnu,
# network to deb.debian.org and PyPI, and an installed stampcodec (with pybind11) on the host.
#   scripts/aarch64_benchmarks.sh [WORKDIR]
set -euo pipefail
ROOT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-/tmp/stampcodec-aarch64}"
mkdir -p "$WORK"
cd "$WORK"
if [ ! -x root/usr/bin/python3.11 ]; then
  debootstrap --foreign --arch=arm64 --variant=minbase --include=python3.11,libpython3.11-dev \
    bookworm root http://deb.debian.org/debian >debootstrap.log 2>&1
  for d in root/var/cache/apt/archives/*.deb; do dpkg -x "$d" root; done
fi
# PYTHONPATH only for the emulated interpreter: the host python keeps its own numpy
PY=(env PYTHONPATH="$WORK/pkg:$WORK/site" PYTHONDONTWRITEBYTECODE=1 qemu-aarch64-static -L "$WORK/root" "$WORK/root/usr/bin/python3.11")
rm -rf site pkg
python -m pip install -q --disable-pip-version-check --target site --only-binary=:all: --python-version 3.11 --implementation cp \
  --platform manylinux2014_aarch64 --platform manylinux_2_17_aarch64 --platform manylinux_2_28_aarch64 \
  "numpy>=1.24" tqdm pytest pytest-benchmark
# the package as the wheel lays it out, with the extension built for aarch64
mkdir -p pkg
cp -r "$ROOT_DIR/codec/stampcodec" pkg/stampcodec
cp -r "$ROOT_DIR/export" pkg/stampcodec/export
cp -r "$ROOT_DIR/profiling" pkg/stampcodec/profiling
PYBIND=$(python -c "import pybind11; print(pybind11.get_include())")
aarch64-linux-gnu-gcc -std=c99 -O3 -fPIC -I"$ROOT_DIR/native/include" -c "$ROOT_DIR/native/src/stampdec.c" -o stampdec.o
aarch64-linux-gnu-gcc -std=c99 -O3 -fPIC -ffp-contract=off -I"$ROOT_DIR/native/include" -c "$ROOT_DIR/native/src/stampenc.c" -o stampenc.o
aarch64-linux-gnu-g++ -std=c++17 -O3 -fPIC -shared -fvisibility=hidden -I"$ROOT_DIR/native/include" -I"$PYBIND" \
  -Iroot/usr/include -Iroot/usr/include/python3.11 \
  "$ROOT_DIR/native/python/module.cpp" "$ROOT_DIR/native/python/csv_numbers.cpp" stampdec.o stampenc.o \
  -o pkg/stampcodec/_native.cpython-311-aarch64-linux-gnu.so
"${PY[@]}" -c "import platform, numpy, stampcodec.runtime.native as n; print(platform.machine(), 'numpy', numpy.__version__, 'native', n.available())"
# agreement with this machine: the same token file decoded here and there
python - "$WORK" "$ROOT_DIR" <<'PY'
import sys
import numpy as np
from stampcodec import Codec
from stampcodec.csvio import read_csv
work, root = sys.argv[1], sys.argv[2]
blob = Codec.load(backend="numpy").encode(read_csv(f"{root}/examples/wrist_imu.csv").data, frame_samples=1024)
open(f"{work}/t.tok", "wb").write(blob)
np.save(f"{work}/x86_native.npy", Codec.load(backend="native").decode(blob))
np.save(f"{work}/x86_numpy.npy", Codec.load(backend="numpy").decode(blob))
# the C encoder's float and fixed-point streams: their bytes must not depend on the CPU
from stampcodec.runtime.native import NativeEncoder
x = read_csv(f"{root}/examples/wrist_imu.csv").data.astype(np.float32)
mean, std = np.nanmean(x.astype(np.float64), axis=0), np.nanstd(x.astype(np.float64), axis=0).astype(np.float32)
np.save(f"{work}/x32.npy", x)
np.save(f"{work}/stats.npy", np.stack([mean, std.astype(np.float64)]))
for arith in ("f32", "q"):
    s = NativeEncoder(Codec.load(backend="numpy").bundle, arithmetic=arith).stream(x.shape[1], 256, mean=mean, std=std)
    open(f"{work}/x86_{arith}.tok", "wb").write(s.header(len(x)) + b"".join(s.push(x)) + s.flush())
PY
"${PY[@]}" - "$WORK" <<'PY'
import sys
import numpy as np
from stampcodec import Codec
w = sys.argv[1]
blob = open(f"{w}/t.tok", "rb").read()
for b in ("native", "numpy"):
    here, there = Codec.load(backend=b).decode(blob), np.load(f"{w}/x86_{b}.npy")
    print(f"aarch64 vs x86, {b} decoder: max abs difference {np.abs(here - there).max():.3g}")
    assert np.abs(here - there).max() < 1e-5
enc = Codec.load(backend="numpy").encode(np.load(f"{w}/x86_numpy.npy"), frame_samples=1024)
print("aarch64 numpy encoder ran:", len(enc), "bytes")
from stampcodec.runtime.native import NativeEncoder
x, (mean, std) = np.load(f"{w}/x32.npy"), np.load(f"{w}/stats.npy")
for arith in ("f32", "q"):
    s = NativeEncoder(Codec.load(backend="numpy").bundle, arithmetic=arith).stream(
        x.shape[1], 256, mean=mean, std=std.astype(np.float32))
    same = s.header(len(x)) + b"".join(s.push(x)) + s.flush() == open(f"{w}/x86_{arith}.tok", "rb").read()
    print(f"aarch64 vs x86, C encoder {arith}: {'identical bytes' if same else 'DIFFERENT bytes'}")
PY
cd "$ROOT_DIR"
# (the multiply-add rate and the comparison with SZ3/ZFP/pcodec are host figures: a GEMM under
# qemu-user measures the emulator, and the baselines may have no aarch64 wheels)
"${PY[@]}" -m pytest tests/benchmarks --benchmark-only -p no:cacheprovider -q \
  --ignore=tests/benchmarks/test_mac_rate.py --ignore=tests/benchmarks/test_encode_vs_baselines.py \
  --benchmark-columns=median,ops --benchmark-json="$WORK/aarch64-benchmarks.json" 2>&1 | tail -20
