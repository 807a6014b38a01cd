"""ConvTran deep learning network structure.

Implemented in PyTorch backend.
"""

__all__ = ["ConvTranNetworkTorch"]

from sktime.networks.convtran._convtran_torch import ConvTranNetworkTorch
