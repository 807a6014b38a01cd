# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Dynamic time warping distances."""

__all__ = [
    "DtwDist",
    "DtwPythonDist",
    "DtwDistTslearn",
    "SoftDtwDistTslearn",
    "DtwDtaidistMultiv",
    "DtwDtaidistUniv",
]

from sktime.dists_kernels.dtw._dtw_dtaidist import DtwDtaidistMultiv, DtwDtaidistUniv
from sktime.dists_kernels.dtw._dtw_python import DtwPythonDist
from sktime.dists_kernels.dtw._dtw_sktime import DtwDist
from sktime.dists_kernels.dtw._dtw_tslearn import DtwDistTslearn, SoftDtwDistTslearn
