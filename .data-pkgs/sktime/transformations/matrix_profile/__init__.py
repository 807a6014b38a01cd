"""Matrix profile transformations."""

__all__ = [
    "MatrixProfileTransformer",
    "MatrixProfileFeatures",
]

from sktime.transformations.matrix_profile._mp_features import MatrixProfileFeatures
from sktime.transformations.matrix_profile._stumpy import MatrixProfileTransformer

MatrixProfile = MatrixProfileFeatures  # for silent downwards compatibility
