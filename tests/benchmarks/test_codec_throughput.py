"""Throughput of the numpy runtime with the bundled default model (the README's throughput figures).

    pytest tests/benchmarks --benchmark-only --benchmark-columns=median,ops

extra_info carries samples per call, so samples/s = samples / median. Runs without torch.
"""

import numpy as np
import pytest

from stampcodec.codec import Codec, verify

T, C = 65536, 3


@pytest.fixture(scope="module")
def setup():
    """The codec, a random walk (T, C) and its token file (every sample coded)."""
    codec = Codec.load(backend="numpy", encode_backend="numpy")
    x = np.cumsum(np.random.default_rng(0).normal(size=(T, C)), axis=0)
    return codec, x, codec.encode(x, resample=1)


@pytest.mark.benchmark(group="numpy-runtime")
def test_encode(benchmark, setup):
    """Every sample coded (resample=1): the token layer's own cost. The default, resample="auto",
    adds the probe (every candidate factor tried on up to 16 windows of 4,096 samples)."""
    codec, x, blob = setup
    benchmark.extra_info.update(samples=T * C, bpt=8 * len(blob) / (T * C))
    benchmark.pedantic(codec.encode, args=(x,), kwargs={"resample": 1}, rounds=3, iterations=1, warmup_rounds=1)


@pytest.mark.benchmark(group="encoders")
@pytest.mark.parametrize("backend", ["numpy", "native"])
def test_encode_backends(benchmark, setup, backend):
    """The same encode (every sample coded) with the numpy encoder (the default) and the C
    encoder's double path (--backend native): compare the two as a ratio within one run."""
    from stampcodec.runtime import native

    if backend == "native" and not native.available():
        pytest.skip("stampcodec._native is not built (reinstall with a C/C++ compiler)")
    _, x, blob = setup
    codec = Codec.load(backend="numpy", encode_backend=backend)
    assert codec.encode(x, resample=1) == blob  # the same tokens, the same file
    benchmark.extra_info.update(samples=T * C)
    benchmark.pedantic(codec.encode, args=(x,), kwargs={"resample": 1}, rounds=3, iterations=1, warmup_rounds=1)


@pytest.mark.benchmark(group="numpy-runtime")
def test_decode(benchmark, setup):
    codec, x, blob = setup
    y = codec.decode(blob)
    benchmark.extra_info.update(samples=T * C, bpt=8 * len(blob) / (T * C), nmse=verify(x, y).nmse)
    benchmark.pedantic(codec.decode, args=(blob,), rounds=5, iterations=1, warmup_rounds=1)


@pytest.fixture(scope="module")
def bounded_setup(setup):
    """The same walk, error-bounded to 0.1 (its std is about 100)."""
    codec, x, _ = setup
    return codec, x, codec.encode(x, max_error=0.1)


@pytest.mark.benchmark(group="error-bounded")
def test_encode_bounded(benchmark, bounded_setup):
    """--max-error 0.1 on a random walk (std ~100): numpy prediction, Python range coding."""
    codec, x, blob = bounded_setup
    benchmark.extra_info.update(samples=T * C, bpt=8 * len(blob) / (T * C))
    benchmark.pedantic(codec.encode, args=(x,), kwargs={"max_error": 0.1}, rounds=3, iterations=1, warmup_rounds=1)


@pytest.mark.parametrize("backend", ["numpy", "native"])
@pytest.mark.benchmark(group="error-bounded")
def test_decode_bounded(benchmark, bounded_setup, backend):
    from stampcodec.runtime import native

    if backend == "native" and not native.available():
        pytest.skip("the C extension is not built")
    _, x, blob = bounded_setup
    codec = Codec.load(backend=backend)
    y = codec.decode(blob)
    benchmark.extra_info.update(samples=T * C, bpt=8 * len(blob) / (T * C), max_abs=float(np.abs(x - y).max()))
    benchmark.pedantic(codec.decode, args=(blob,), rounds=3, iterations=1, warmup_rounds=1)
