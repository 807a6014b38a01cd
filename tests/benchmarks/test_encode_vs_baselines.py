"""Encode throughput against the compressors we are compared with, measured in the same run
(issue 16's report): the default model's encoder (numpy, and the C encoder's double path) against
SZ3 (pysz, absolute bound 0.05 std, interpolation + Lorenzo), ZFP (zfpy, the same tolerance) and
pcodec (lossless, float32), each compressing the same 65,536 x 3 random walk once per round.

    pytest tests/benchmarks/test_encode_vs_baselines.py --benchmark-only --benchmark-columns=median,ops

Compare the medians as ratios within one run; extra_info holds the output bytes. Needs the
[compare] extra (pysz, zfpy, pcodec); a missing package skips its case.
"""

import numpy as np
import pytest

from stampcodec.codec import Codec

T, C = 65536, 3


@pytest.fixture(scope="module")
def signal() -> np.ndarray:
    return np.cumsum(np.random.default_rng(0).normal(size=(T, C)), axis=0)


def _stampcodec(backend: str):
    from stampcodec.runtime import native

    if backend == "native" and not native.available():
        pytest.skip("stampcodec._native is not built (reinstall with a C/C++ compiler)")
    codec = Codec.load(backend="numpy", encode_backend=backend)
    return lambda x: codec.encode(x, resample=1)


def _sz3(bound: float):
    pysz = pytest.importorskip("pysz")

    def run(x: np.ndarray) -> bytes:
        cfg = pysz.szConfig()
        cfg.errorBoundMode = pysz.szErrorBoundMode.ABS
        cfg.absErrorBound = bound
        cfg.cmprAlgo = pysz.szAlgorithm.INTERP_LORENZO
        comp, _ = pysz.sz.compress(np.ascontiguousarray(x.T, dtype=np.float32), cfg)
        return bytes(comp)
    return run


def _zfp(bound: float):
    zfpy = pytest.importorskip("zfpy")
    return lambda x: zfpy.compress_numpy(np.ascontiguousarray(x.T, dtype=np.float32), tolerance=bound)


def _pcodec():
    pytest.importorskip("pcodec")
    from pcodec import standalone

    return lambda x: standalone.simple_compress(np.ascontiguousarray(x.T, dtype=np.float32).ravel(),
                                                __import__("pcodec").ChunkConfig())


@pytest.mark.benchmark(group="encode-vs-baselines")
@pytest.mark.parametrize("method", ["stampcodec-numpy", "stampcodec-native", "sz3", "zfp", "pcodec"])
def test_encode_throughput(benchmark, signal, method):
    bound = 0.05 * float(signal.std())
    run = {"stampcodec-numpy": lambda: _stampcodec("numpy"), "stampcodec-native": lambda: _stampcodec("native"),
           "sz3": lambda: _sz3(bound), "zfp": lambda: _zfp(bound), "pcodec": _pcodec}[method]()
    out = run(signal)
    assert len(out) > 0
    benchmark.extra_info.update(samples=T * C, bytes=len(out), bpt=8 * len(out) / (T * C))
    benchmark.pedantic(run, args=(signal,), rounds=3, iterations=1, warmup_rounds=1)
