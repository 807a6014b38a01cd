import numpy as np
import pytest

from stampcodec import StampConfig

from helpers import random_bundle


@pytest.fixture
def tiny_cfg() -> StampConfig:
    """A small model that trains in seconds on 2 cores."""
    return StampConfig(atom_length=16, n_atoms=16, codebook_size=32, scales=(4, 2, 1), encoder_hidden=16,
                       normalization="none", loss="mse", epochs=3, batch_size=32, learning_rate=3e-3, seed=0)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)


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
