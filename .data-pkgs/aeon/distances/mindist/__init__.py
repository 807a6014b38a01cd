"""Mindist module."""

__all__ = [
    "mindist_dft_sfa_distance",
    "mindist_dft_sfa_pairwise_distance",
    "mindist_paa_sax_distance",
    "mindist_paa_sax_pairwise_distance",
    "mindist_sax_distance",
    "mindist_sax_pairwise_distance",
    "mindist_sfa_distance",
    "mindist_sfa_pairwise_distance",
]
from aeon.distances.mindist._dft_sfa import (
    mindist_dft_sfa_distance,
    mindist_dft_sfa_pairwise_distance,
)
from aeon.distances.mindist._paa_sax import (
    mindist_paa_sax_distance,
    mindist_paa_sax_pairwise_distance,
)
from aeon.distances.mindist._sax import (
    mindist_sax_distance,
    mindist_sax_pairwise_distance,
)
from aeon.distances.mindist._sfa import (
    mindist_sfa_distance,
    mindist_sfa_pairwise_distance,
)
