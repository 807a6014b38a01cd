"""CNN deep learning classifiers.

This subpackage provides CNN based classifiers implemented in
TensorFlow and PyTorch backends.
"""

__all__ = [
    "CNNClassifier",
    "CNNClassifierTorch",
]

from sktime.classification.deep_learning.cnn._cnn_tf import CNNClassifier
from sktime.classification.deep_learning.cnn._cnn_torch import CNNClassifierTorch
