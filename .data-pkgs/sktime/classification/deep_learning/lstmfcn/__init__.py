"""LSTM-FCN deep learning classifiers.

This subpackage provides LSTM-FCN based classifiers implemented in
TensorFlow and PyTorch backends.
"""

__all__ = [
    "LSTMFCNClassifier",
    "LSTMFCNClassifierTorch",
]

from sktime.classification.deep_learning.lstmfcn._lstmfcn_tf import (
    LSTMFCNClassifier,
)
from sktime.classification.deep_learning.lstmfcn._lstmfcn_torch import (
    LSTMFCNClassifierTorch,
)
