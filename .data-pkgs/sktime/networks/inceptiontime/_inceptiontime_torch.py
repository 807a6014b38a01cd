"""InceptionTime in PyTorch."""

__authors__ = ["Faakhir30"]
__all__ = ["InceptionTimeNetworkTorch"]

from collections.abc import Callable

from sktime.utils.dependencies import _safe_import

NNModule = _safe_import("torch.nn.Module")


class InceptionTimeNetworkTorch(NNModule):
    """InceptionTime network in PyTorch.

    Adapted from the implementation from Fawaz et al.
    https://github.com/hfawaz/InceptionTime/blob/master/classifiers/inception.py

    Parameters
    ----------
    input_size : int
        Number of expected features in the input.
    num_classes : int
        Number of classes to predict
    n_conv_layers : int, default=3
        Number of convolutional branches in each inception module.
        Make sure base kernel size is divisible by 2^(n_conv_layers-1) to avoid errors.
    n_filters : int, default=32
        Number of filters in the convolution layers
    kernel_size : int, default=40
        Base kernel size for inception modules
    use_residual : bool, default=True
        If True, uses residual connections
    use_bottleneck : bool, default=True
        If True, uses bottleneck layer in inception modules
    bottleneck_size : int, default=32
        Size of the bottleneck layer
    depth : int, default=6
        Number of inception modules to stack
    activation : Callable or None, default=None
        Activation used for the final output layer.
        Recommended: Callable instance of 'ReLU', 'Tanh', 'Sigmoid', 'LeakyReLU', 'ELU',
        'SELU', 'GELU', None
    activation_hidden : Callable or None, default=None
        Activation function used for hidden layers (output from inception modules).
        Recommended: Callable instance of 'ReLU', 'Tanh', 'Sigmoid', 'LeakyReLU', 'ELU',
        'SELU', 'GELU'
    activation_inception : Callable or None, default=None
        Activation function used inside the inception modules.
        Recommended: Callable instance of 'ReLU', 'Tanh', 'Sigmoid', 'LeakyReLU', 'ELU',
        'SELU', 'GELU', None
    init_weights : str or None, default = None
        The method to initialize the weights of the conv layers. Supported values are
        'kaiming_uniform', 'kaiming_normal', 'xavier_uniform', 'xavier_normal', or None
        for default PyTorch initialization.
    random_state : int or None, default=None
        Seed to ensure reproducibility

    Notes
    -----
    Network originally defined in:
    Fawaz et al., InceptionTime: Finding AlexNet for Time Series Classification,
    Data Mining and Knowledge Discovery, 34, 2020

    References
    ----------
    .. [1] Ismail Fawaz, Hassan and Lucas, Benjamin and Forestier, Germain and
    Pelletier, Charlotte and Schmidt, Daniel F. and Weber, Jonathan and Webb,
    Geoffrey I. and Idoumghar, Lhassane and Muller, Pierre-Alain and Petitjean,
    François, InceptionTime: Finding AlexNet for Time Series Classification,
    Data Mining and Knowledge Discovery, 34, 2020
    """

    _tags = {
        # packaging info
        # --------------
        "authors": ["hfawaz", "JamesLarge", "Withington", "noxthot", "Faakhir30"],
        "maintainers": ["Faakhir30"],
        "python_version": ">=3.10",
        "python_dependencies": "torch",
        "property:randomness": "stochastic",
        "capability:random_state": True,
    }

    def __init__(
        self,
        input_size: int,
        num_classes: int,
        n_conv_layers: int = 3,
        n_filters: int = 32,
        kernel_size: int = 40,
        use_residual: bool = True,
        use_bottleneck: bool = True,
        bottleneck_size: int = 32,
        depth: int = 6,
        activation: Callable | None = None,
        activation_hidden: Callable | None = None,
        activation_inception: Callable | None = None,
        init_weights: str | None = None,
        random_state: int | None = None,
    ):
        super().__init__()
        self.input_size = input_size
        self.num_classes = num_classes
        self.n_filters = n_filters
        self.use_residual = use_residual
        self.use_bottleneck = use_bottleneck
        self.bottleneck_size = bottleneck_size
        self.depth = depth
        self.kernel_size = kernel_size
        self.init_weights = init_weights
        self.random_state = random_state
        self.n_conv_layers = n_conv_layers
        self.activation = activation
        self.activation_hidden = activation_hidden
        self.activation_inception = activation_inception

        nnModuleList = _safe_import("torch.nn.ModuleList")
        self.inception_modules = nnModuleList()
        self.shortcut_layers = nnModuleList()

        current_channels = self.input_size
        for d in range(self.depth):
            self.inception_modules.append(
                InceptionModule(
                    n_conv_layers=self.n_conv_layers,
                    in_channels=current_channels,
                    n_filters=self.n_filters,
                    kernel_size=self.kernel_size,
                    bottleneck_size=self.bottleneck_size,
                    use_bottleneck=self.use_bottleneck,
                    activation_inception=self.activation_inception,
                    activation_output=self.activation_hidden,
                )
            )
            current_channels = 4 * self.n_filters

            if self.use_residual and d % 3 == 2:
                if d == 2:  # First shortcut
                    shortcut_in_channels = self.input_size
                else:
                    shortcut_in_channels = 4 * self.n_filters

                self.shortcut_layers.append(
                    ShortcutLayer(
                        in_channels=shortcut_in_channels,
                        out_channels=current_channels,
                        activation=self.activation,
                    )
                )

        nnAdaptiveAvgPool1d = _safe_import("torch.nn.AdaptiveAvgPool1d")
        self.global_avg_pool = nnAdaptiveAvgPool1d(1)

        nnLinear = _safe_import("torch.nn.Linear")
        self.fc = nnLinear(current_channels, self.num_classes)

        if self.init_weights is not None:
            self.apply(self._init_weights)

    def forward(self, X):
        """Forward pass through the InceptionTime network.

        Parameters
        ----------
        X : torch.Tensor of shape (batch_size, seq_length, n_dims)
            Input tensor containing the time series data.

        Returns
        -------
        out : torch.Tensor of shape (batch_size, num_classes)
            Output tensor containing the class predictions.
        """
        # InceptionModule and ShotcutLayer uses Conv1d
        # and Conv1d expects input shape to be channel first
        # i.e., (batch_size, n_dims, seq_length)
        X = X.transpose(1, 2)

        x = X
        input_res = X
        shortcut_idx = 0

        for d in range(self.depth):
            x = self.inception_modules[d](x)

            if self.use_residual and d % 3 == 2:
                x = self.shortcut_layers[shortcut_idx](input_res, x)
                input_res = x
                shortcut_idx += 1

        x = self.global_avg_pool(x)
        x = x.squeeze(-1)

        out = self.fc(x)
        if self.activation is not None:
            out = self.activation(out)

        if self.num_classes == 1:  # Regression case
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


class InceptionModule(NNModule):
    """Single Inception Module.

    Parameters
    ----------
    n_conv_layers: int
        Number of convolutional branches.
    in_channels : int
        Number of input channels
    n_filters : int
        Number of filters for each convolution branch
    kernel_size : int
        Base kernel size (will be divided by powers of 2)
    bottleneck_size : int
        Size of the bottleneck layer
    use_bottleneck : bool
        If True, uses bottleneck layer
    activation_inception : torch.nn.Module
        Activation function used inside the inception module
    activation_output : torch.nn.Module
        Activation function used at the output of the module
    """

    def __init__(
        self,
        n_conv_layers: int,
        in_channels: int,
        n_filters: int,
        kernel_size: int,
        bottleneck_size: int,
        use_bottleneck: bool,
        activation_inception,
        activation_output,
    ):
        super().__init__()
        self.in_channels = in_channels
        self.n_filters = n_filters
        self.kernel_size = kernel_size
        self.use_bottleneck = use_bottleneck
        self.n_conv_layers = n_conv_layers

        nnConv1d = _safe_import("torch.nn.Conv1d")
        nnBatchNorm1d = _safe_import("torch.nn.BatchNorm1d")
        nnMaxPool1d = _safe_import("torch.nn.MaxPool1d")

        if use_bottleneck and in_channels > 1:
            self.bottleneck = nnConv1d(
                in_channels, bottleneck_size, kernel_size=1, padding=0, bias=False
            )
            self.bottleneck_activation = activation_inception
            conv_in_channels = bottleneck_size
        else:
            self.bottleneck = None
            conv_in_channels = in_channels

        kernel_sizes = [kernel_size // (2**i) for i in range(n_conv_layers)]

        self.conv_list = _safe_import("torch.nn.ModuleList")(
            [
                nnConv1d(
                    conv_in_channels,
                    n_filters,
                    kernel_size=ks,
                    padding="same",
                    bias=False,
                )
                for ks in kernel_sizes
            ]
        )

        self.conv_activations = _safe_import("torch.nn.ModuleList")(
            [activation_inception for _ in range(len(kernel_sizes))]
        )

        self.maxpool = nnMaxPool1d(kernel_size=3, stride=1, padding=1)
        self.conv_from_maxpool = nnConv1d(
            in_channels, n_filters, kernel_size=1, padding=0, bias=False
        )
        self.maxpool_activation = activation_inception

        self.bn = nnBatchNorm1d(4 * n_filters)
        self.output_activation = activation_output

    def forward(self, x):
        """Forward pass through inception module.

        Parameters
        ----------
        x : torch.Tensor
            Input tensor

        Returns
        -------
        out : torch.Tensor
            Output after applying inception module
        """
        if self.bottleneck is not None:
            input_inception = self.bottleneck(x)
            if self.bottleneck_activation is not None:
                input_inception = self.bottleneck_activation(input_inception)
            else:
                input_inception = input_inception
        else:
            input_inception = x

        # Convolutional branches
        conv_outputs = []
        for i, conv in enumerate(self.conv_list):
            out = conv(input_inception)
            if self.conv_activations[i] is not None:
                out = self.conv_activations[i](out)
            conv_outputs.append(out)

        # MaxPool branch
        maxpool_out = self.maxpool(x)
        maxpool_out = self.conv_from_maxpool(maxpool_out)
        if self.maxpool_activation is not None:
            maxpool_out = self.maxpool_activation(maxpool_out)
        conv_outputs.append(maxpool_out)

        torchCat = _safe_import("torch.cat")
        x = torchCat(conv_outputs, dim=1)

        x = self.bn(x)
        if self.output_activation is not None:
            x = self.output_activation(x)

        return x


class ShortcutLayer(NNModule):
    """Shortcut/Residual layer.

    Parameters
    ----------
    in_channels : int
        Number of input channels
    out_channels : int
        Number of output channels
    activation : torch.nn.Module
        Activation function
    """

    def __init__(self, in_channels: int, out_channels: int, activation):
        super().__init__()

        nnConv1d = _safe_import("torch.nn.Conv1d")
        nnBatchNorm1d = _safe_import("torch.nn.BatchNorm1d")

        self.conv = nnConv1d(
            in_channels, out_channels, kernel_size=1, padding=0, bias=False
        )
        self.bn = nnBatchNorm1d(out_channels)
        self.activation = activation

    def forward(self, input_tensor, out_tensor):
        """Forward pass through shortcut layer.

        Parameters
        ----------
        input_tensor : torch.Tensor
            Input tensor from the residual path
        out_tensor : torch.Tensor
            Output tensor from the main path

        Returns
        -------
        out : torch.Tensor
            Sum of transformed input and output, with activation
        """
        shortcut = self.conv(input_tensor)
        shortcut = self.bn(shortcut)

        x = shortcut + out_tensor
        if self.activation is not None:
            x = self.activation(x)

        return x
