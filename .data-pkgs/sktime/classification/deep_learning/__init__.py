"""Deep learning based classifiers."""

__all__ = [
    "CNNClassifier",
    "CNNClassifierTorch",
    "CNTCClassifier",
    "CNTCClassifierTorch",
    "FCNClassifier",
    "FCNClassifierTorch",
    "InceptionTimeClassifier",
    "InceptionTimeClassifierTorch",
    "LSTMFCNClassifier",
    "MACNNClassifier",
    "MACNNClassifierTorch",
    "MCDCNNClassifier",
    "MCDCNNClassifierTorch",
    "MLPClassifier",
    "MVTSTransformerClassifier",
    "ResNetClassifier",
    "ResNetClassifierTorch",
    "SimpleRNNClassifier",
    "SimpleRNNClassifierTorch",
    "TapNetClassifier",
    "TapNetClassifierTorch",
    "GRUClassifier",
    "GRUFCNNClassifier",
    "ConvTimeNetClassifier",
]

from sktime.classification.deep_learning.cnn import (
    CNNClassifier,
    CNNClassifierTorch,
)
from sktime.classification.deep_learning.cntc import (
    CNTCClassifier,
    CNTCClassifierTorch,
)
from sktime.classification.deep_learning.convtimenet import ConvTimeNetClassifier
from sktime.classification.deep_learning.fcn import (
    FCNClassifier,
    FCNClassifierTorch,
)
from sktime.classification.deep_learning.gru import (
    GRUClassifier,
    GRUFCNNClassifier,
)
from sktime.classification.deep_learning.inceptiontime import (
    InceptionTimeClassifier,
    InceptionTimeClassifierTorch,
)
from sktime.classification.deep_learning.lstmfcn import LSTMFCNClassifier
from sktime.classification.deep_learning.macnn import (
    MACNNClassifier,
    MACNNClassifierTorch,
)
from sktime.classification.deep_learning.mcdcnn import (
    MCDCNNClassifier,
    MCDCNNClassifierTorch,
)
from sktime.classification.deep_learning.mlp import MLPClassifier
from sktime.classification.deep_learning.mvts_transformer import (
    MVTSTransformerClassifier,
)
from sktime.classification.deep_learning.resnet import (
    ResNetClassifier,
    ResNetClassifierTorch,
)
from sktime.classification.deep_learning.rnn import (
    SimpleRNNClassifier,
    SimpleRNNClassifierTorch,
)
from sktime.classification.deep_learning.tapnet import (
    TapNetClassifier,
    TapNetClassifierTorch,
)
