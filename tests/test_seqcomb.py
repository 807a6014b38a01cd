import numpy as np
import pytest

from stampcodec.datasets.seqcomb import generate


@pytest.mark.parametrize("variant,channels", [("single", 1), ("mv", 4), ("mvirreg", 4), ("spikes", 1)])
def test_shapes_split_and_standardization(variant, channels):
    d = generate(variant, n_samples=1000)
    assert d.train.x.shape == (800, channels, 200)
    assert d.val.x.shape == (100, channels, 200) and d.test.x.shape == (100, channels, 200)
    assert d.train.x.dtype == np.float32
    m = np.nanmean(d.train.x, axis=(0, 2))
    s = np.nanstd(d.train.x, axis=(0, 2))
    np.testing.assert_allclose(m, 0, atol=1e-4)
    np.testing.assert_allclose(s, 1, atol=1e-3)


def test_seeded_and_deterministic():
    a, b, c = generate("mv", 200, seed=5), generate("mv", 200, seed=5), generate("mv", 200, seed=6)
    np.testing.assert_array_equal(a.test.x, b.test.x)
    assert not np.array_equal(a.test.x, c.test.x)


def test_classes_balanced_and_transients_present():
    d = generate("single", 2000)
    counts = np.bincount(d.train.y, minlength=4)
    assert counts.min() > 350
    # injected transients are large: class 1-3 samples reach far beyond class 0 background
    peak = np.abs(d.train.x).max(axis=(1, 2))
    assert np.median(peak[d.train.y > 0]) > 2 * np.median(peak[d.train.y == 0])


def test_mvirreg_missing_as_nan_with_mask():
    d = generate("mvirreg", 1000)
    x, m = d.train.x, d.train.mask
    assert m is not None and m.dtype == bool
    np.testing.assert_array_equal(np.isnan(x), ~m)
    assert 0.12 < 1 - m.mean() < 0.18
    # the same time steps are missing on every channel
    assert (m == m[:, :1, :]).all()
    assert np.nanmin(x) > -1e3  # no sentinel


def test_configurable_length_for_fid_windows():
    assert generate("single", 100, length=256).test.x.shape[-1] == 256


def test_bad_arguments():
    with pytest.raises(ValueError, match="unknown SeqComb variant"):
        generate("quad")
    with pytest.raises(ValueError, match="univariate"):
        generate("single", channels=3)
