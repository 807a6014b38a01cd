import numpy as np
import pytest

from stampcodec.datasets.seqcomb import generate
from stampcodec.metrics.fid import features, fid, frechet_distance, load_extractor


def test_shipped_weights_load_without_pickle():
    w = load_extractor()
    assert w["conv.weight"].shape[1:] == (1, 64)
    assert w["proj.weight"].shape[0] == 128


def test_numpy_features_match_the_torch_extractor():
    torch = pytest.importorskip("torch")
    from stampcodec.train.fid_extractor import Extractor

    m = Extractor()
    sd = m.state_dict()
    for k, v in load_extractor().items():
        sd[k] = torch.from_numpy(v)
    m.load_state_dict(sd)
    x = generate("single", 100, length=256).test.x[:, 0]
    with torch.no_grad():
        ref = m.features(torch.from_numpy(x[:, None])).numpy()
    np.testing.assert_allclose(features(x), ref, rtol=1e-4, atol=1e-4)


def test_frechet_distance_against_scipy_sqrtm(rng):
    linalg = pytest.importorskip("scipy.linalg")
    a, b = rng.normal(size=(400, 6)), rng.normal(0.3, 1.5, size=(400, 6)) @ rng.normal(size=(6, 6))
    s1, s2 = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    ref = ((a.mean(0) - b.mean(0)) ** 2).sum() + np.trace(s1 + s2 - 2 * linalg.sqrtm(s1 @ s2).real)
    assert frechet_distance(a, b) == pytest.approx(ref, rel=1e-6)


def test_fid_is_zero_on_identity_and_grows_with_damage():
    x = generate("single", 4000, length=256).test.x  # 400 windows: more than the 128 feature dims
    rng = np.random.default_rng(0)
    assert abs(fid(x, x)) < 1e-3
    small = fid(x, x + 0.1 * rng.normal(size=x.shape))
    large = fid(x, x + 1.0 * rng.normal(size=x.shape))
    assert 0 < small < large
