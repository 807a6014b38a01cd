# !/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements wrappers for estimators from hmmlearn."""

__all__ = ["BaseHMMLearn", "GaussianHMM", "GMMHMM", "PoissonHMM"]

from sktime.detection.hmm_learn.base import BaseHMMLearn
from sktime.detection.hmm_learn.gaussian import GaussianHMM
from sktime.detection.hmm_learn.gmm import GMMHMM
from sktime.detection.hmm_learn.poisson import PoissonHMM
