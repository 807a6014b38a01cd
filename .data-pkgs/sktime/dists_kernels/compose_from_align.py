"""Composer that creates distance from aligner."""

__author__ = ["fkiraly"]

import numpy as np

from sktime.dists_kernels.base import BasePairwiseTransformerPanel


class DistFromAligner(BasePairwiseTransformerPanel):
    """Distance transformer from aligner.

    Behaviour: uses aligner.get_distance on pairs to obtain distance matrix.

    Components
    ----------
    aligner: BaseAligner, must implement get_distance method
        if None, distance is equal zero
    force_symmetric: bool, default False
        if True, the resulting distance matrix is forced to be symmetric,
        by always setting distmat[i, j] = distmat[j, i] for i>j

    Examples
    --------
    >>> from sktime.alignment.lucky import AlignerLuckyDtw
    >>> from sktime.datasets import load_unit_test
    >>> from sktime.dists_kernels.compose_from_align import DistFromAligner
    >>>
    >>> X, _ = load_unit_test()
    >>> X = X[0:3]
    >>> dist = DistFromAligner(AlignerLuckyDtw())
    >>> dist_mat = dist.transform(X)
    """

    _tags = {
        "authors": ["fkiraly"],
        "symmetric": False,  # aligners in general are non-symmetric
        "capability:unequal_length": True,  # aligners can usually handle unequal length
        # CI and test flags
        # -----------------
        "tests:core": True,  # should tests be triggered by framework changes?
    }

    def __init__(self, aligner=None, force_symmetric=False):
        self.aligner = aligner
        self.force_symmetric = force_symmetric

        super().__init__()

    def __dynamic_tags__(self):
        """Dynamic tag setter logic for setting tag values conditional on parameters.

        This method should be used for setting dynamic tags only.
        """
        if self.aligner is not None:
            self.clone_tags(self.aligner, "capability:unequal_length")
        if self.force_symmetric:
            self.set_tags(**{"symmetric": True})

    def _transform(self, X, X2=None):
        """Compute distance/kernel matrix.

            Core logic

        Behaviour: returns pairwise distance/kernel matrix
            between samples in X and X2
                if X2 is not passed, is equal to X
                if X/X2 is a pd.DataFrame and contains non-numeric columns,
                    these are removed before computation

        Parameters
        ----------
        X: pd.DataFrame of length n, or 2D np.array with n rows
        X2: pd.DataFrame of length m, or 2D np.array with m rows, optional
            default X2 = X

        Returns
        -------
        distmat: np.array of shape [n, m]
            (i,j)-th entry contains distance/kernel between X.iloc[i] and X2.iloc[j]
        """
        # find out whether we know that the resulting matrix is symmetric
        #   since aligner distances are always symmetric,
        #   we know it's the case for sure if X equals X2
        # X2 is None covers direct calls to _transform;
        #   X2 is X covers calls via transform, where the base class
        #   already substituted X for a None X2 (identity is preserved)
        if X2 is None:
            X2 = X
        if self.force_symmetric and X2 is X:
            symm = True
        else:
            symm = False

        n = len(X)
        m = len(X2)

        distmat = np.zeros((n, m), dtype="float")

        if self.aligner is not None:
            aligner = self.aligner.clone()
        else:
            return distmat

        for i in range(n):
            for j in range(m):
                if symm and j < i:
                    distmat[i, j] = distmat[j, i]
                else:
                    distmat[i, j] = aligner.fit([X[i], X2[j]]).get_distance()

        return distmat

    @classmethod
    def get_test_params(cls, parameter_set="default"):
        """Test parameters for DistFromAligner."""
        # importing inside to avoid circular dependencies
        from skbase.utils.dependencies import _check_estimator_deps

        from sktime.alignment.dtw_python import AlignerDTW
        from sktime.alignment.lucky import AlignerLuckyDtw

        # two unconditional sets: a dependency-free aligner, and the
        # default None aligner, which returns the zero distance matrix
        params = [{"aligner": AlignerLuckyDtw()}, {}]

        # additional set with AlignerDTW, if dtw-python is installed
        if _check_estimator_deps(AlignerDTW, severity="none"):
            params.append({"aligner": AlignerDTW()})

        return params
