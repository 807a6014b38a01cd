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
    benchmark.pedantic(np.matmul, args=(a, b), rounds=7, iterations=1, warmup_rounds=1)


@pytest.mark.benchmark(group="mac-rate")
@pytest.mark.parametrize("backend", ["numpy", "native"])
def test_encoder_rows(benchmark, backend):
    from stampcodec.runtime import backends, native

    if backend == "native" and not native.available():
        pytest.skip("stampcodec._native is not built (reinstall with a C/C++ compiler)")
    bundle = Codec.load(backend="numpy").bundle
    enc = backends.row_encoder(backend, bundle)
    if backend == "native":
        enc.threads = 1  # per core, as BLAS is limited to one thread here
    x = np.cumsum(np.random.default_rng(0).standard_normal((ROWS, T)), axis=1)
    rows = ((x - x.mean(1, keepdims=True)) / x.std(1, keepdims=True)).astype(np.float32)[:, None, :]
    benchmark.extra_info.update(macs=ROWS * encoder_macs(bundle.config, T), samples=ROWS * T)
    benchmark.pedantic(enc.encode_rows, args=(rows,), rounds=7, iterations=1, warmup_rounds=1)


@pytest.mark.benchmark(group="mac-rate")
def test_net_products_alone(benchmark):
    """Only the encoder's matrix products, at the shapes and chunking NumpyEncoder gives BLAS,
    operands and results reused as the encoder reuses its buffers: the ceiling of a numpy encoder
    built on these products."""
    from stampcodec.runtime import encoder

    cfg = Codec.load(backend="numpy").bundle.config
    k, h, v, ln = cfg.n_atoms, cfg.encoder_hidden, cfg.codebook_size, cfg.atom_length
    chunk = encoder._chunk(ROWS, T // cfg.hop)
    g = np.random.default_rng(0)
    right = {shape: g.standard_normal(shape) for shape in [(ln, k), (k, 3 * h), (h, 3 * h), (h, k), (k, v)]}
    left = {width: g.standard_normal((ROWS, chunk + 4, width)) for width in (k, h)}
    ops = []  # (left operand, right operand) per product, as encode_rows issues them
    for s in cfg.scales:
        n = T // (s * cfg.hop)
        ops.append((g.standard_normal((ROWS, n, ln)), right[ln, k]))  # the correlation: one product per row
        for a in range(0, n, chunk):
            m = min(n, a + chunk) - a
            # the 3-wide layers: their taps side by side, on two tokens of context either side
            ops += [(left[k][:, :m + 4], right[k, 3 * h]), (left[h][:, :m + 2], right[h, 3 * h]),
                    (left[h][:, :m], right[h, k]), (left[k][:, :m], right[k, v])]
    outs = [np.empty(a.shape[:-1] + b.shape[1:]) for a, b in ops]  # reused, as the encoder reuses them

    def products():
        for (a, b), out in zip(ops, outs):
            np.matmul(a, b, out=out)

    benchmark.extra_info.update(macs=sum(a.size * b.shape[1] for a, b in ops))
    benchmark.pedantic(products, rounds=7, iterations=1, warmup_rounds=1)


@pytest.mark.benchmark(group="gelu")
@pytest.mark.parametrize("path", ["C", "scipy"])
def test_gelu(benchmark, path):
    """The encoder's GELU on 1.4 M values (one encode_rows call above makes about that many,
    median |x| near 0.2), through the C library's erf or scipy's: compare the two medians."""
    from stampcodec.runtime import activations, native

    if path == "C" and not native.available():
        pytest.skip("stampcodec._native is not built (reinstall with a C/C++ compiler)")
    if path == "scipy":
        pytest.importorskip("scipy.special")
    x = np.random.default_rng(0).standard_normal(1_381_632) * 0.4
    y, scratch = x.copy(), np.empty_like(x)

    def run():
        np.copyto(y, x)
        activations.gelu_inplace(y, scratch)

    saved = activations._native
    if path == "scipy":
        activations._native = None
    try:
        benchmark.extra_info.update(samples=x.size)
        benchmark.pedantic(run, rounds=7, iterations=1, warmup_rounds=1)
    finally:
        activations._native = saved
