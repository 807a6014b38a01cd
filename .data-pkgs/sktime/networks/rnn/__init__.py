"""RNN deep learning network structure implemented in TensorFlow & PyTorch backends."""

__all__ = [
    "RNNNetwork",
    "RNNNetworkTorch",
]

from sktime.networks.rnn._rnn_tf import RNNNetwork
from sktime.networks.rnn._rnn_torch import RNNNetworkTorch
