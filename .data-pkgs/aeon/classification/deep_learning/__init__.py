"""Deep learning based classifiers."""

__all__ = [
    "BaseDeepClassifier",
    "TimeCNNClassifier",
    "EncoderClassifier",
    "FCNClassifier",
    "InceptionTimeClassifier",
    "IndividualInceptionClassifier",
    "MLPClassifier",
    "ResNetClassifier",
    "LITETimeClassifier",
    "IndividualLITEClassifier",
    "DisjointCNNClassifier",
]
from aeon.classification.deep_learning._cnn import TimeCNNClassifier
from aeon.classification.deep_learning._disjoint_cnn import DisjointCNNClassifier
from aeon.classification.deep_learning._encoder import EncoderClassifier
from aeon.classification.deep_learning._fcn import FCNClassifier
from aeon.classification.deep_learning._inception_time import (
    InceptionTimeClassifier,
    IndividualInceptionClassifier,
)
from aeon.classification.deep_learning._lite_time import (
    IndividualLITEClassifier,
    LITETimeClassifier,
)
from aeon.classification.deep_learning._mlp import MLPClassifier
from aeon.classification.deep_learning._resnet import ResNetClassifier
from aeon.classification.deep_learning.base import BaseDeepClassifier
