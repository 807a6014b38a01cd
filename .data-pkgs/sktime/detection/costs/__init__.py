# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Cost functions for change point and anomaly detection."""

from sktime.detection.costs._base import BaseCost
from sktime.detection.costs._empirical_distribution_cost import (
    EmpiricalDistributionCost,
)
from sktime.detection.costs._gaussian_cost import GaussianCost
from sktime.detection.costs._l1_cost import L1Cost
from sktime.detection.costs._l2_cost import L2Cost
from sktime.detection.costs._laplace_cost import LaplaceCost
from sktime.detection.costs._linear_regression_cost import LinearRegressionCost
from sktime.detection.costs._linear_trend_cost import LinearTrendCost
from sktime.detection.costs._multivariate_gaussian_cost import (
    MultivariateGaussianCost,
)
from sktime.detection.costs._multivariate_t_cost import MultivariateTCost
from sktime.detection.costs._poisson_cost import PoissonCost
from sktime.detection.costs._rank_cost import RankCost

__all__ = [
    "BaseCost",
    "EmpiricalDistributionCost",
    "GaussianCost",
    "L1Cost",
    "L2Cost",
    "LaplaceCost",
    "LinearRegressionCost",
    "LinearTrendCost",
    "MultivariateGaussianCost",
    "MultivariateTCost",
    "PoissonCost",
    "RankCost",
]
