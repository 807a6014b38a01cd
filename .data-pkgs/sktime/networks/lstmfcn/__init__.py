"""RNN deep learning network structure implemented in TensorFlow & PyTorch backends."""

__all__ = [
    "LSTMFCNNetwork",
    "LSTMFCNNetworkTorch",
]

from sktime.networks.lstmfcn._lstmfcn_tf import LSTMFCNNetwork
from sktime.networks.lstmfcn._lstmfcn_torch import LSTMFCNNetworkTorch
