import numpy as np
import pytest

from stampcodec.metrics.distortion import codebook_stats, mse, usage_perplexity


def test_usage_and_perplexity():
    assert usage_perplexity(np.array([5.0, 5.0, 0.0, 0.0])) == pytest.approx((0.5, 2.0))
    assert usage_perplexity(np.array([1.0, 1.0, 1.0, 1.0])) == pytest.approx((1.0, 4.0))
    assert codebook_stats(np.array([0, 1, 0, 1]), 4) == pytest.approx((0.5, 2.0))


def test_mse_ignores_missing_samples():
    x = np.array([[1.0, np.nan, 3.0]])
    assert mse(x, np.array([[2.0, 100.0, 3.0]])) == pytest.approx(0.5)
