"""Parameter estimators for autoregressive lag order selection.

This module provides functionality for selecting optimal lag orders in
autoregressive models using information criteria.

The main class ARLagOrderSelector implements lag order selection
using various information criteria (AIC, BIC, HQIC) and supports both
sequential and global search strategies.
"""

__all__ = [
    "AcorrLjungbox",
    "ARLagOrderSelector",
]
from sktime.param_est.lag._acorrljungbox import AcorrLjungbox
from sktime.param_est.lag._arlag import ARLagOrderSelector
