"""ConvTran deep learning classifiers.

This subpackage provides ConvTran classifiers implemented in
PyTorch.
"""

__all__ = [
    "ConvTranClassifierTorch",
]

from sktime.classification.deep_learning.convtran._convtran_torch import (
    ConvTranClassifierTorch,
)
