"""Module exports for dist_kernels module."""

from sktime.dists_kernels.base import (
    BasePairwiseTransformer,
    BasePairwiseTransformerPanel,
)
from sktime.dists_kernels.compose import PwTrafoPanelPipeline
from sktime.dists_kernels.compose_tab_to_panel import AggrDist, FlatDist
from sktime.dists_kernels.dtw import DtwDist
from sktime.dists_kernels.dummy import ConstantPwTrafoPanel
from sktime.dists_kernels.edit_dist import EditDist
from sktime.dists_kernels.lucky import LuckyDtwDist
from sktime.dists_kernels.scipy_dist import ScipyDist
from sktime.dists_kernels.signature_kernel import SignatureKernel

__all__ = [
    "BasePairwiseTransformer",
    "BasePairwiseTransformerPanel",
    "AggrDist",
    "DtwDist",
    "LuckyDtwDist",
    "EditDist",
    "FlatDist",
    "ScipyDist",
    "ConstantPwTrafoPanel",
    "PwTrafoPanelPipeline",
    "SignatureKernel",
]
