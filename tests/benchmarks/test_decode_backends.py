"""Decoder backends on the same tokens, App. E.3 style (decoder isolated, T = 5000, 1 channel,
default model): PyTorch eager, numpy, and the C decoder (float and q15) through the binding.

    pytest tests/benchmarks/test_decode_backends.py --benchmark-only --benchmark-columns=median

Compare medians within one run (the machines are shared and noisy); speed claims are the ratio
of the C decoder to PyTorch eager. A backend that is not installed is skipped.
"""

import numpy as np
import pytest

from stampcodec import container
from stampcodec.codec import Codec
from stampcodec.profiling import memory
from stampcodec.runtime import backends, native

T = 5000


@pytest.fixture(scope="module")
def case():
    codec = Codec.load(backend="numpy")
    x = np.cumsum(np.random.default_rng(0).normal(size=T))
    blob = codec.encode(x, resample=1)
    h, (raw,) = container.split(blob, "t")
    tokens, _ = container.parse_frame(raw, h, 0, "t")
    return codec, h, raw, tokens, blob, x


def _info(benchmark, case) -> None:
    """extra_info: rate from the file's bytes, distortion of the reference decode, peak RSS so far."""
    codec, h, raw, tokens, blob, x = case
    y = codec.decode(blob).reshape(len(x), -1)[:, 0]
    benchmark.extra_info.update(samples=T, bpt=8 * len(blob) / T, mse_normalized=float(((x - y) ** 2).mean() / x.var()),
                                peak_rss_bytes=memory.peak_rss_bytes())


@pytest.mark.benchmark(group="decode-T5000")
def test_decode_torch_eager(benchmark, case):
    torch = pytest.importorskip("torch")
    from stampcodec.train.model import StampModel

    codec, h, raw, tokens, _, _ = case
    model = StampModel.from_bundle(codec.bundle)
    tt = [torch.from_numpy(t) for t in tokens]
    _info(benchmark, case)
    benchmark(model.decode_tokens, tt, T, 1)


@pytest.mark.benchmark(group="decode-T5000")
def test_decode_numpy(benchmark, case):
    codec, h, raw, tokens, _, _ = case
    _info(benchmark, case)
    benchmark(backends.row_decoder("numpy", codec.bundle).decode_rows, tokens, T)


@pytest.mark.benchmark(group="decode-T5000")
@pytest.mark.parametrize("q15", [False, True], ids=["float", "q15"])
def test_decode_native(benchmark, case, q15):
    if not native.available():
        pytest.skip("stampcodec._native is not built")
    codec, h, raw, tokens, _, _ = case
    nd = native.NativeDecoder(codec.bundle)

    def run():
        nd.open(h.raw)
        return nd.frame(raw, q15=q15)

    _info(benchmark, case)
    benchmark(run)
