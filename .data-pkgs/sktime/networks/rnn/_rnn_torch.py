"""Recurrent Neural Network (RNN) for Classification and Regression in PyTorch."""

__authors__ = ["RecreationalMath"]
__all__ = ["RNNNetworkTorch"]

from collections.abc import Callable

import numpy as np

# from sktime.networks.base import BaseDeepNetwork
from sktime.utils.dependencies import _safe_import

# handling soft dependencies for Torch modules
NNModule = _safe_import("torch.nn.Module")


class RNNNetworkTorch(NNModule):
    """Establish the network structure for an RNN in PyTorch.

    Parameters
    ----------
    input_size : int
        Number of expected features in the input
    num_classes : int
        Number of classes to predict
    hidden_dim : int, default = 6
        Number of features in the hidden state
    n_layers : int, default = 1
        Number of recurrent layers.
        E.g., setting n_layers=2 would mean stacking two RNNs together to form
        a stacked RNN, with the second RNN taking in outputs of the first RNN
        and computing the final results.
    activation : Callable or None, default = None
        Activation function used in the fully connected output layer. Recommended
        Callable instance of 'Sigmoid', 'Softmax', 'LogSoftmax', 'LogSigmoid', None
    activation_hidden : Callable or None, default = None
        The activation function applied inside the RNN. Recommended Callable instance
        of 'ReLU', 'Tanh', None
        Because currently PyTorch only supports these two activations inside the RNN.
        https://docs.pytorch.org/docs/stable/generated/torch.nn.RNN.html#torch.nn.RNN
    bias : bool, default = False
        If False, then the layer does not use bias weights.
    init_weights : bool, default = True
        If True, then Tensorflow like initializations are applied to the weights.
        Adapted from:
        https://www.kaggle.com/code/junkoda/pytorch-lstm-with-tensorflow-like-initialization
    dropout : float, default = 0.0
        If non-zero, introduces a Dropout layer on the outputs of each RNN layer except
        the fully connected output layer, with dropout probability equal to dropout.
    fc_dropout : float, default = 0.0
        If non-zero, introduces a Dropout layer on the outputs of the fully
        connected output layer, with dropout probability equal to fc_dropout.
    bidirectional : bool, default = False
        If True, then the RNN is bidirectional.
    random_state   : int, default = 0
        Seed to ensure reproducibility.
    """

    _tags = {
        # packaging info
        # --------------
        "authors": ["RecreationalMath"],
        "maintainers": ["RecreationalMath"],
        "python_version": ">=3.9",
        "python_dependencies": "torch",
        "property:randomness": "stochastic",
        "capability:random_state": True,
    }

    def __init__(
        self,
        input_size: int,
        num_classes: int,
        hidden_dim: int = 6,
        n_layers: int = 1,
        activation: Callable | None = None,
        activation_hidden: Callable | None = None,
        bias: bool = False,
        init_weights: bool = True,
        dropout: float = 0.0,
        fc_dropout: float = 0.0,
        bidirectional: bool = False,
        random_state: int = 0,
    ):
        super().__init__()
        self.input_size = input_size
        self.random_state = random_state
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.bias = bias
        self.dropout = dropout
        self.bidirectional = bidirectional

        self.activation = activation
        # if activation_hidden is invalid, i.e. not in ['tanh', 'relu']
        # PyTorch will raise an error
        self.activation_hidden = activation_hidden

        # Checking input dimensions
        if isinstance(self.input_size, int):
            in_features = self.input_size
        elif isinstance(self.input_size, tuple):
            if len(self.input_size) == 3:
                in_features = self.input_size[1]
            else:
                raise ValueError(
                    "If `input_size` is a tuple, it must either be of length 3 and in "
                    "format (n_instances, n_dims, series_length). "
                    f"Found length of {len(self.input_size)}"
                )
        else:
            raise TypeError(
                "`input_size` should either be of type int or tuple. "
                f"But found the type to be: {type(self.input_size)}"
            )

        nnRNN = _safe_import("torch.nn.RNN")
        hidden_activation_name = None
        if self.activation_hidden is not None:
            hidden_activation_name = self.activation_hidden.__class__.__name__.lower()
        self.rnn = nnRNN(
            input_size=in_features,
            hidden_size=self.hidden_dim,
            num_layers=self.n_layers,
            nonlinearity=hidden_activation_name,
            bias=self.bias,
            batch_first=True,
            dropout=self.dropout,
            bidirectional=self.bidirectional,
        )
        self.fc_dropout = fc_dropout
        self.num_classes = num_classes
        self.init_weights = init_weights
        if self.fc_dropout:
            nnDropout = _safe_import("torch.nn.Dropout")
            self.out_dropout = nnDropout(p=self.fc_dropout)
        nnLinear = _safe_import("torch.nn.Linear")
        self.fc = nnLinear(
            in_features=self.hidden_dim * (2 if self.bidirectional else 1),
            out_features=self.num_classes,
        )
        # to handle the case when num_classes = 1 for regression
        if self.init_weights:
            self.apply(self._init_weights)

    def forward(self, X):
        """Forward pass through the network.

        Parameters
        ----------
        X : torch.Tensor of shape (batch_size, seq_length, input_size)
            Input tensor containing the time series data.

        Returns
        -------
        out : torch.Tensor of shape (batch_size, hidden_size)
            Output tensor containing the hidden states for each sequence.
        """
        if isinstance(X, np.ndarray):
            torchFrom_numpy = _safe_import("torch.from_numpy")
            X = torchFrom_numpy(X).float()

        output, h_n = self.rnn(X)
        # output shape: (batch_size, seq_length, hidden_size) since batch_first=True
        # h_n shape: (num_layers * num_directions, batch_size, hidden_size)
        # irrespective of batch_first parameter.
        # The self.fc layer expects one vector per sequence,
        # not a whole sequence of hidden states.
        # Hence, we extract the final hidden state for each sequence.
        # We use h_n for this purpose, instead of output, because
        # 1. padding may have been used, and in that case
        #    output[:, -1, :] may not correspond to the final time step of the sequence
        # 2. to have a consistent behavior regardless of batch_first value.
        out = self.get_sequence_vector_from_hidden(h_n)
        # old logic using output tensor directly
        # out = output[:, -1, :]
        if self.fc_dropout:
            out = self.out_dropout(out)
        out = self.fc(out)
        if self.activation:
            out = self.activation(out)
        return out

    def _init_weights(self, module):
        """Apply Tensorflow like initializations.

        adapted from:
        https://www.kaggle.com/code/junkoda/pytorch-lstm-with-tensorflow-like-initialization

        Parameters
        ----------
        module : torch.nn.Module
            Input module on which to apply initializations.
        """
        nnInitXavier_uniform_ = _safe_import("torch.nn.init.xavier_uniform_")
        nnInitOrthogonal_ = _safe_import("torch.nn.init.orthogonal_")
        for name, param in module.named_parameters():
            if "weight_ih" in name:
                nnInitXavier_uniform_(param.data)
            elif "weight_hh" in name:
                nnInitOrthogonal_(param.data)
            elif "bias" in name:
                param.data.fill_(0)

    def get_sequence_vector_from_hidden(self, h_n):
        """
        Extract a single vector per sequence from RNN/GRU/LSTM final hidden state.

        This function is BATCH_FIRST-AGNOSTIC because h_n shape does not depend
        on the batch_first parameter. h_n always has shape:
            (num_layers * num_directions, batch, hidden_size)
        regardless of whether batch_first=True or False in the RNN/GRU/LSTM call.

        Parameters
        ----------
            h_n: Final hidden state from RNN/GRU/LSTM.
                Shape: (num_layers * num_directions, batch, hidden_size)
                Note: This shape is INDEPENDENT of batch_first parameter.

        Returns
        -------
            sequence_vector: Tensor of shape (batch, num_directions * hidden_size).
            For bidirectional, concatenates forward and backward final states.

        Note: Eventually, this method should be moved to a common utility module
        since it can be used by RNN, GRU, and LSTM networks.
        """
        num_directions_h_n = 2 if self.bidirectional else 1
        batch_size_h_n = h_n.size(1)
        hidden_size_h_n = h_n.size(2)

        # Take the last layer (last num_directions entries)
        last_layer_h = h_n[-num_directions_h_n:]  # (num_directions, batch, hidden)
        # Reshape to (batch, num_directions * hidden)
        sequence_vector = (
            last_layer_h.permute(1, 0, 2)
            .contiguous()
            .view(batch_size_h_n, num_directions_h_n * hidden_size_h_n)
        )

        return sequence_vector
