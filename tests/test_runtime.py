"""The numpy runtime against the PyTorch model it was trained as: identical tokens, samples within
1e-5, on SeqComb and on held-out real recordings, with the bundled default model."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from stampcodec import container  # noqa: E402
from stampcodec.codec import DEFAULT_MODEL, Codec  # noqa: E402
from stampcodec.csvio import read_csv  # noqa: E402
from stampcodec.datasets.seqcomb import generate  # noqa: E402
from stampcodec.runtime import NumpyDecoder, NumpyEncoder  # noqa: E402
from stampcodec.train.model import StampModel  # noqa: E402

from helpers import random_bundle  # noqa: E402
from test_cli_codec import DATA  # noqa: E402


@pytest.fixture(scope="module")
def default():
    codec = Codec.load(DEFAULT_MODEL)
    return codec, StampModel.from_bundle(codec.bundle)


def _real_rows(name, length=1024):
    x = read_csv(DATA / name).data
    z = (x - x.mean(0)) / np.where(x.std(0) > 0, x.std(0), 1)
    t = len(z) // length * length
    return z[:t].T.reshape(-1, 1, length).astype(np.float32)


def _seqcomb_rows(variant):
    return generate(variant, 2000, length=256).test.x.reshape(-1, 1, 256).astype(np.float32)


@pytest.mark.parametrize("rows", [
    pytest.param(lambda: _seqcomb_rows("single"), id="seqcomb-single"),
    pytest.param(lambda: _seqcomb_rows("mv"), id="seqcomb-mv"),
    pytest.param(lambda: _real_rows("ecg_holdout.csv"), id="ecg"),
    pytest.param(lambda: _real_rows("gait_holdout.csv"), id="gait"),
])
def test_tokens_identical_and_samples_close(default, rows):
    codec, model = default
    x = rows()
    ref_tokens = model.encode(torch.from_numpy(x))
    tokens = NumpyEncoder(codec.bundle).encode_rows(x)
    for ref, got in zip(ref_tokens, tokens):
        assert np.array_equal(ref.numpy(), got)
    ref = model.decode_tokens(ref_tokens, x.shape[-1], x.shape[0]).numpy()
    got = NumpyDecoder(codec.bundle).decode_rows(tokens, x.shape[-1])
    assert np.abs(ref.reshape(got.shape) - got).max() < 1e-5


@pytest.mark.parametrize("mode", ["independent", "joint"])
def test_runtime_matches_torch_for_both_modes(mode):
    b = random_bundle(mode=mode, channels=3)
    model = StampModel.from_bundle(b)
    x = np.random.default_rng(0).normal(size=(4, b.config.atom_channels, 512)).astype(np.float32)
    ref = model.encode(torch.from_numpy(x))
    got = NumpyEncoder(b).encode_rows(x)
    assert all(np.array_equal(r.numpy(), g) for r, g in zip(ref, got))
    for scales in (1, 2, 3):
        a = model.decode_tokens(ref, 500, 4, scales=scales).numpy()
        c = NumpyDecoder(b).decode_rows(got, 500, scales=scales)
        assert np.abs(a.reshape(c.shape) - c).max() < 1e-5


def test_token_file_carries_the_models_tokens(default):
    """A frame in a token file holds exactly the tokens the PyTorch model gives for that frame
    (normalized with the file's statistics, padded by repeating the last sample)."""
    codec, model = default
    x = read_csv(DATA / "ecg_holdout.csv").data  # 2000 samples -> padded to 2048
    import io
    f = io.BytesIO(codec.encode(x))
    h = container.read_header(f, "t")
    tokens, _ = container.read_frame(f, h, 0, "t")
    z = ((x[:, 0] - h.mean[0]) / h.std[0]).astype(np.float32)
    z = np.concatenate([z, np.full(48, z[-1], np.float32)])
    ref = model.encode(torch.from_numpy(z[None, None]))
    assert all(np.array_equal(r.numpy(), t) for r, t in zip(ref, tokens))
