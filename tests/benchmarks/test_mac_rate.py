"""How close the encoder runs to this core's multiply-add rate (issue 16, item 5).

    pytest tests/benchmarks/test_mac_rate.py --benchmark-only --benchmark-columns=median,ops

The peak is BLAS's own: a 1024 x 1024 x 1024 float64 matrix product (1.07 G multiply-adds), the
best case for the same library the numpy encoder calls. The encoders code 3 rows of 65,536
normalized samples (every sample coded); their multiply-adds are counted from the model:
per token K Ca L (correlation) + 3 H K + 3 H H + K H (the net) + V K (the codeword search), and
per coded sample Ca L / 2 per scale for the overlap-add. extra_info["macs"] / median = the rate;
divide an encoder's rate by the GEMM's from the same run. One BLAS thread for all of them
(threadpoolctl when installed), so the figures are per core.
"""

import numpy as np
import pytest

from stampcodec.codec import Codec

N = 1024
ROWS, T = 3, 65536


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        yield
        return
    with threadpool_limits(1, user_api="blas"):
        yield


def encoder_macs(cfg, samples: int) -> int:
    """Multiply-adds the model's encoder does for `samples` coded samples (one atom channel)."""
    k, h, v, ln, ca = cfg.n_atoms, cfg.encoder_hidden, cfg.codebook_size, cfg.atom_length, cfg.atom_channels
    tokens = sum(samples // (s * cfg.hop) for s in cfg.scales)
    per_token = k * ca * ln + 3 * h * k + 3 * h * h + k * h + v * k
    return tokens * per_token + len(cfg.scales) * samples * ca * ln // 2


@pytest.mark.benchmark(group="mac-rate")
def test_peak_gemm(benchmark):
    g = np.random.default_rng(0)
    a, b = g.standard_normal((N, N)), g.standard_normal((N, N))
    benchmark.extra_info.update(macs=N ** 3)
    benchmark.pedantic(np.matmul, args=(a, b), rounds=5, iterations=1, warmup_rounds=1)


@pytest.mark.benchmark(group="mac-rate")
@pytest.mark.parametrize("backend", ["numpy", "native"])
def test_encoder_rows(benchmark, backend):
    from stampcodec.runtime import backends, native

    if backend == "native" and not native.available():
        pytest.skip("stampcodec._native is not built (reinstall with a C/C++ compiler)")
    bundle = Codec.load(backend="numpy").bundle
    enc = backends.row_encoder(backend, bundle)
    x = np.cumsum(np.random.default_rng(0).standard_normal((ROWS, T)), axis=1)
    rows = ((x - x.mean(1, keepdims=True)) / x.std(1, keepdims=True)).astype(np.float32)[:, None, :]
    benchmark.extra_info.update(macs=ROWS * encoder_macs(bundle.config, T), samples=ROWS * T)
    benchmark.pedantic(enc.encode_rows, args=(rows,), rounds=3, iterations=1, warmup_rounds=1)
