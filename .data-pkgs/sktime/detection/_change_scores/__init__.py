# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Change score functions for change point detection."""

from sktime.detection._change_scores._continuous_linear_trend_score import (
    ContinuousLinearTrendScore,
)
from sktime.detection._change_scores._cusum import CUSUM
from sktime.detection._change_scores._from_cost import ChangeScore, to_change_score
from sktime.detection._change_scores._multivariate_gaussian_score import (
    MultivariateGaussianScore,
)
from sktime.detection._change_scores._rank_score import RankScore

__all__ = [
    "ChangeScore",
    "ContinuousLinearTrendScore",
    "CUSUM",
    "MultivariateGaussianScore",
    "RankScore",
    "to_change_score",
]
