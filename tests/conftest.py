import numpy as np
import pytest

from stampcodec import StampConfig


@pytest.fixture
def tiny_cfg() -> StampConfig:
    """A small model that trains in seconds on 2 cores."""
    return StampConfig(atom_length=16, n_atoms=16, codebook_size=32, scales=(4, 2, 1), encoder_hidden=16,
                       normalization="none", loss="mse", epochs=3, batch_size=32, learning_rate=3e-3, seed=0)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)


def random_bundle(seed: int = 0, **cfg_changes):
    """A bundle with random weights, built with numpy only: container, CLI and property tests
    need a model that encodes, not one that encodes well (and must not need torch)."""
    from stampcodec.bundle import Bundle

    cfg = StampConfig(**{"normalization": "zscore", **cfg_changes})
    g = np.random.default_rng(seed)
    k, h, ca, ln = cfg.n_atoms, cfg.encoder_hidden, cfg.atom_channels, cfg.atom_length
    atoms = g.normal(size=(k, ca, ln)) * np.hanning(ln)
    atoms /= np.linalg.norm(atoms.reshape(k, -1), axis=1)[:, None, None] * 4
    t = {
        "dictionary": atoms, "codebook": g.normal(size=(cfg.codebook_size, k)) * 0.5,
        "encoder.net.0.weight": g.normal(size=(h, k, 3)) * 0.05, "encoder.net.0.bias": np.zeros(h),
        "encoder.net.2.weight": g.normal(size=(h, h, 3)) * 0.05, "encoder.net.2.bias": np.zeros(h),
        "encoder.net.4.weight": g.normal(size=(k, h, 1)) * 0.05, "encoder.net.4.bias": np.zeros(k),
    }
    return Bundle(cfg, {n: a.astype(np.float32) for n, a in t.items()})


@pytest.fixture(scope="session")
def rand_model_path(tmp_path_factory):
    from stampcodec.bundle import save

    p = tmp_path_factory.mktemp("models") / "rand.stamp"
    save(random_bundle(), p)
    return p


@pytest.fixture(scope="session")
def rand_codec(rand_model_path):
    from stampcodec.codec import Codec

    return Codec.load(rand_model_path)
