"""Deep learning based clusterers."""

__all__ = [
    "BaseDeepClusterer",
    "AEFCNClusterer",
    "AEResNetClusterer",
    "AEDCNNClusterer",
    "AEDRNNClusterer",
    "AEAttentionBiGRUClusterer",
    "AEBiGRUClusterer",
]
from aeon.clustering.deep_learning._ae_abgru import AEAttentionBiGRUClusterer
from aeon.clustering.deep_learning._ae_bgru import AEBiGRUClusterer
from aeon.clustering.deep_learning._ae_dcnn import AEDCNNClusterer
from aeon.clustering.deep_learning._ae_drnn import AEDRNNClusterer
from aeon.clustering.deep_learning._ae_fcn import AEFCNClusterer
from aeon.clustering.deep_learning._ae_resnet import AEResNetClusterer
from aeon.clustering.deep_learning.base import BaseDeepClusterer
