"""Multi-scale Attention Convolutional Neural Network (MACNN) in PyTorch."""

__authors__ = ["Faakhir30"]
__all__ = ["MACNNNetworkTorch"]


from collections.abc import Callable

from sktime.utils.dependencies import _safe_import

# handling soft dependencies for Torch modules
NNModule = _safe_import("torch.nn.Module")


class MACNNNetworkTorch(NNModule):
    """Multi-Scale Attention Convolutional Neural Network (MACNN) in PyTorch.

    Implements a multi-scale attention mechanism that learns feature representations
    across different temporal scales.

    Parameters
    ----------
    input_size : int or tuple
        Number of expected features in the input.
    num_classes : int
        Number of classes to predict
    padding : str, default="same"
        The type of padding to be provided in MACNN Blocks.
        Used for pooling layers only. Convolution layers always use "same" padding,
        so that multi-scale outputs can be concatenated.
    pool_size : int, default=3
        A single value representing pooling windows which are applied
        between two MACNN Blocks.
    strides : int, default=2
        A single value representing strides to be taken during the
        pooling operation.
    repeats : int, default=2
        The number of MACNN Blocks to be stacked.
    filter_sizes : tuple of int, default=(64, 128, 256)
        The filter sizes of Conv1D layers within each MACNN Block.
        Length of this tuple determines the number of MACNN stacks.
    kernel_sizes : tuple of int, default=(3, 6, 12)
        The kernel sizes of Conv1D layers within each MACNN Block.
        Length of this tuple determines the number of MACNN stacks.
    reduction : int, default=16
        The factor by which the first dense layer of a MACNN Block will be divided by.
    activation : Callable or None = None
        Activation function used for output layer.
        Recommended: Callable instance of 'ReLU', 'Tanh', 'Sigmoid', 'LeakyReLU', 'ELU',
        'SELU', 'GELU', None
    activation_hidden : Callable or None, default=None
        Activation function used for internal layers.
        Recommended: Callable instance of 'ReLU', 'Tanh', 'Sigmoid', 'LeakyReLU', 'ELU',
        'SELU', 'GELU', None
    init_weights : str or None, default = None
        The method to initialize the weights of the conv layers. Supported values are
        'kaiming_uniform', 'kaiming_normal', 'xavier_uniform', 'xavier_normal', or None
        for default PyTorch initialization.
    random_state : int, default=0
        Seed to ensure reproducibility

    Notes
    -----
    Based on the paper by Wei Chen et al., 2021

    References
    ----------
    .. [1] Wei Chen et. al, Multi-scale Attention Convolutional
    Neural Network for time series classification,
    Neural Networks, Volume 136, 2021, Pages 126-140, ISSN 0893-6080,
    https://doi.org/10.1016/j.neunet.2021.01.001.
    """

    _tags = {
        # packaging info
        # --------------
        "authors": ["jnrusson1", "noxthot", "Faakhir30"],
        "maintainers": ["Faakhir30"],
        "python_version": ">=3.10",
        "python_dependencies": "torch",
        "property:randomness": "stochastic",
        "capability:random_state": True,
    }

    def __init__(
        self,
        input_size: int | tuple,
        num_classes: int,
        padding: str = "same",
        pool_size: int = 3,
        strides: int = 2,
        repeats: int = 2,
        filter_sizes: tuple = (64, 128, 256),
        kernel_sizes: tuple = (3, 6, 12),
        reduction: int = 16,
        activation: Callable | None = None,
        activation_hidden: Callable | None = None,
        init_weights: str | None = None,
        random_state: int = 0,
    ):
        super().__init__()
        self.input_size = input_size
        self.num_classes = num_classes
        self.padding = padding
        self.pool_size = pool_size
        self.strides = strides
        self.repeats = repeats
        self.filter_sizes = filter_sizes
        self.kernel_sizes = kernel_sizes
        self.reduction = reduction
        self.init_weights = init_weights
        self.random_state = random_state
        self.activation = activation
        self.activation_hidden = activation_hidden

        nnMaxPool1d = _safe_import("torch.nn.MaxPool1d")
        nnAdaptiveAvgPool1d = _safe_import("torch.nn.AdaptiveAvgPool1d")

        nnModuleList = _safe_import("torch.nn.ModuleList")
        self.macnn_stacks = nnModuleList()
        for i in range(len(self.filter_sizes)):
            if i == 0:
                in_ch = self.input_size
            else:
                in_ch = self.filter_sizes[i - 1] * len(self.kernel_sizes)

            self.macnn_stacks.append(
                self._build_macnn_stack(in_ch, self.filter_sizes[i], self.repeats)
            )

        pool_pad = 0
        if self.padding.lower() == "same":
            pool_pad = self.pool_size // 2

        self.pool = nnMaxPool1d(
            kernel_size=self.pool_size, stride=self.strides, padding=pool_pad
        )

        self.global_avg_pool = nnAdaptiveAvgPool1d(1)

        nnLinear = _safe_import("torch.nn.Linear")
        self.fc = nnLinear(
            self.filter_sizes[-1] * len(self.kernel_sizes), self.num_classes
        )

        if self.init_weights is not None:
            self.apply(self._init_weights)

    def _build_macnn_stack(self, in_channels, filter_size, repeats):
        """Build a stack of MACNN blocks.

        Parameters
        ----------
        in_channels : int
            Number of input channels
        filter_size : int
            Number of filters for the MACNN blocks
        repeats : int
            Number of MACNN blocks to stack

        Returns
        -------
        stack : torch.nn.Sequential
            Sequential container of MACNN blocks
        """
        nnSequential = _safe_import("torch.nn.Sequential")
        layers = []
        for i in range(repeats):
            in_ch = in_channels if i == 0 else filter_size * len(self.kernel_sizes)
            layers.append(
                MACNNBlock(
                    in_channels=in_ch,
                    filter_size=filter_size,
                    kernel_sizes=self.kernel_sizes,
                    reduction=self.reduction,
                    padding=self.padding,
                    activation=self.activation_hidden,
                )
            )
        return nnSequential(*layers)

    def forward(self, X):
        """Forward pass through the MACNN network.

        Parameters
        ----------
        X : torch.Tensor of shape (batch_size, seq_length, n_dims)
            Input tensor containing the time series data.
            Note: Data comes from PytorchDataset already transposed to
            (batch, seq_length, n_dims) format.

        Returns
        -------
        out : torch.Tensor of shape (batch_size, num_classes)
            Output tensor containing the class predictions.
        """
        # MACNNBlock uses Conv1d layers that expects
        # input to be channel first
        X = X.transpose(1, 2)  # (batch, channels, length)

        # First stack
        x = X
        for macnn_stack in self.macnn_stacks[:-1]:
            x = macnn_stack(x)
            x = self.pool(x)

        x = self.macnn_stacks[-1](x)
        x = self.global_avg_pool(x)

        x = x.squeeze(-1)

        out = self.fc(x)

        # Squeeze output (if regression)
        if self.num_classes == 1:
            out = out.squeeze(-1)

        return out

    def _init_weights(self, module):
        nnConv1d = _safe_import("torch.nn.Conv1d")

        kaiming_uniform_ = _safe_import("torch.nn.init.kaiming_uniform_")
        kaiming_normal_ = _safe_import("torch.nn.init.kaiming_normal_")
        xavier_uniform_ = _safe_import("torch.nn.init.xavier_uniform_")
        xavier_normal_ = _safe_import("torch.nn.init.xavier_normal_")

        if isinstance(module, nnConv1d):
            if self.init_weights == "kaiming_uniform":
                kaiming_uniform_(module.weight, nonlinearity="relu")

            elif self.init_weights == "kaiming_normal":
                kaiming_normal_(module.weight, nonlinearity="relu")

            elif self.init_weights == "xavier_uniform":
                xavier_uniform_(module.weight)

            elif self.init_weights == "xavier_normal":
                xavier_normal_(module.weight)

            if module.bias is not None:
                module.bias.data.zero_()


class MACNNBlock(NNModule):
    """A single MACNN Block with multi-scale attention mechanism."""

    def __init__(
        self,
        in_channels: int,
        filter_size: int,
        kernel_sizes: tuple,
        reduction: int,
        padding: str,
        activation: Callable,
    ):
        super().__init__()
        self.in_channels = in_channels
        self.filter_size = filter_size
        self.kernel_sizes = kernel_sizes
        self.reduction = reduction
        self.padding = padding
        self.activation = activation

        nnConv1d = _safe_import("torch.nn.Conv1d")
        nnBatchNorm1d = _safe_import("torch.nn.BatchNorm1d")
        nnLinear = _safe_import("torch.nn.Linear")
        nnModuleList = _safe_import("torch.nn.ModuleList")

        # Multi-scale convolutions
        # NOTE: The `padding` parameter controls the pooling layer behavior,
        # not convolution. For multi-scale convolutions to concatenate,
        # all kernels MUST produce the same output length.
        # Therefore, we always use padding="same" for Conv1d layers.
        self.convs = nnModuleList()
        for ks in self.kernel_sizes:
            self.convs.append(nnConv1d(in_channels, filter_size, ks, padding="same"))

        out_channels = filter_size * len(self.kernel_sizes)
        self.bn = nnBatchNorm1d(out_channels)

        self.global_pool = _safe_import("torch.nn.AdaptiveAvgPool1d")(1)

        reduced_dim = max(1, out_channels // reduction)
        self.fc1 = nnLinear(out_channels, reduced_dim)
        self.fc2 = nnLinear(reduced_dim, out_channels)

    def forward(self, x):
        """Forward pass through MACNN block."""
        torchCat = _safe_import("torch.cat")

        # Multi-scale convolutions
        conv_outputs = []
        for conv in self.convs:
            conv_outputs.append(conv(x))

        x1 = torchCat(conv_outputs, dim=1)

        x1 = self.bn(x1)
        if self.activation is not None:
            x1 = self.activation(x1)

        x2 = self.global_pool(x1)
        x2 = x2.squeeze(-1)  # (B, C)

        x2 = self.fc1(x2)
        if self.activation is not None:
            x2 = self.activation(x2)
        x2 = self.fc2(x2)
        if self.activation is not None:
            x2 = self.activation(x2)

        x2 = x2.unsqueeze(-1)  # (B, C, 1)
        out = x1 * x2

        return out
