"""ConvTran deep learning regressors.

This subpackage provides ConvTran regressors implemented in
PyTorch.
"""

__all__ = [
    "ConvTranRegressorTorch",
]

from sktime.regression.deep_learning.convtran._convtran_torch import (
    ConvTranRegressorTorch,
)
