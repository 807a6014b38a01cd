"""Rocket transformers."""

__all__ = [
    "Rocket",
    "RocketPyts",
    "MiniRocket",
    "MiniRocketMultivariate",
    "MiniRocketMultivariateCython",
    "MiniRocketMultivariateVariable",
    "MultiRocket",
    "MultiRocketMultivariate",
]

from sktime.transformations.rocket._minirocket import MiniRocket
from sktime.transformations.rocket._minirocket_multivariate import (
    MiniRocketMultivariate,
)
from sktime.transformations.rocket._minirocket_multivariate_cython_est import (
    MiniRocketMultivariateCython,
)
from sktime.transformations.rocket._minirocket_multivariate_variable import (
    MiniRocketMultivariateVariable,
)
from sktime.transformations.rocket._multirocket import MultiRocket
from sktime.transformations.rocket._multirocket_multivariate import (
    MultiRocketMultivariate,
)
from sktime.transformations.rocket._rocket import Rocket
from sktime.transformations.rocket._rocket_pyts import RocketPyts
