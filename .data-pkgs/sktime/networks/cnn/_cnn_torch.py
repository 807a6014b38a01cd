"""Convolutional Neural Network (CNN) for Classification and Regression in PyTorch."""

__all__ = ["CNNNetworkTorch"]

import numpy as np

from sktime.utils.dependencies import _safe_import

NNModule = _safe_import("torch.nn.Module")


class CNNNetworkTorch(NNModule):
    """Establish the network structure for a CNN in PyTorch.

    Zhao et al. 2017 uses MSE loss and sigmoid activation in all layers.
    To obtain same behaviour as Zhao et al. 2017, set activation and criterion to
    "sigmoid" and "MSE" respectively.

    Adapted from the implementation used in [1]_.

    Parameters
    ----------
    input_shape : tuple of int
        Shape of input (n_dims, series_length), i.e. (channels, length).
        Used to compute the flattened size after conv and pool layers.
    num_classes : int
        Number of output classes (classification) or 1 (regression).
    kernel_sizes : tuple of int, default = (7, 7)
        A tuple of length equal to the number of conv layers with each entry in
        the tuple specifies the kernel size for the corresponding convolutional
        layer. The length of ``kernel_sizes`` must be equal to the length of
        ``filter_sizes``.
    avg_pool_size : int, default = 3
        Size of the average pooling window.
    filter_sizes : tuple of int, default = (6, 12)
        A tuple of length equal to the number of conv layers with each entry in
        the tuple specifies the filter size for the corresponding convolutional
        layer. The length of ``filter_sizes`` must be equal to the length of
        ``kernel_sizes``.
    use_bias : bool, default = True
        Whether to use a bias in fully connected layers.
    padding : str, default = "auto"
        Padding for conv layers. "auto": "same" if series_length < 60 else "valid";
        "valid" or "same" passed directly.
    activation : Callable or None, default = None
        Activation applied to the output layer. None for regression.
        For output layer, use None for regression (linear) or pass from
        classifier/regressor.
    activation_hidden : Callable or None, default = None
        Activation function for hidden conv layers.
    init_weights: str or None, default = None
        The method to initialize the weights of the conv layers. Supported values are
        'kaiming_uniform', 'kaiming_normal', 'xavier_uniform', 'xavier_normal', or None
        for default PyTorch initialization.
    random_state : int or None, default = None
        Seed for reproducibility.

    References
    ----------
    .. [1] Zhao et al. Convolutional neural networks for time series classification,
    Journal of Systems Engineering and Electronics 28(1), 162--169, 2017
    """

    _tags = {
        "authors": [
            "hfawaz",
            "James-Large",
            "Withington",
            "TonyBagnall",
            "noxthot",
            "Faakhir30",
        ],
        "maintainers": ["Faakhir30"],
        "python_version": ">=3.10",
        "python_dependencies": "torch",
        "property:randomness": "stochastic",
        "capability:random_state": True,
    }

    def __init__(
        self,
        input_shape,
        num_classes,
        kernel_sizes=(7, 7),
        avg_pool_size=3,
        filter_sizes=(6, 12),
        use_bias=True,
        padding="auto",
        activation=None,
        activation_hidden=None,
        init_weights=None,
        random_state=None,
    ):
        super().__init__()
        self.input_shape = input_shape
        self.num_classes = num_classes
        self.kernel_sizes = kernel_sizes
        self.avg_pool_size = avg_pool_size
        self.filter_sizes = filter_sizes
        self.activation = activation
        self.activation_hidden = activation_hidden
        self.use_bias = use_bias
        self.padding = padding
        self.init_weights = init_weights
        self.random_state = random_state

        n_dims = self.input_shape[0]
        series_length = self.input_shape[1]

        nnConv1d = _safe_import("torch.nn.Conv1d")
        nnAvgPool1d = _safe_import("torch.nn.AvgPool1d")
        nnLinear = _safe_import("torch.nn.Linear")
        nnFlatten = _safe_import("torch.nn.Flatten")

        if self.padding == "auto":
            padding_use = "same" if series_length < 60 else "valid"
        else:
            padding_use = self.padding

        if padding_use not in ("same", "valid"):
            raise ValueError(
                f"padding must be 'auto', 'same', or 'valid', got {padding_use}"
            )

        padding_same = padding_use == "same"
        # Build conv + pool blocks
        in_ch = n_dims
        layers = []
        for i in range(len(self.filter_sizes)):
            if padding_same:
                pad_value = self.kernel_sizes[i] // 2
            else:
                pad_value = 0

            layers.append(
                nnConv1d(
                    in_ch,
                    self.filter_sizes[i],
                    self.kernel_sizes[i],
                    padding=pad_value,
                )
            )
            if self.activation_hidden is not None:
                layers.append(self.activation_hidden)
            layers.append(nnAvgPool1d(self.avg_pool_size))
            in_ch = self.filter_sizes[i]

        self.conv_blocks = _safe_import("torch.nn.Sequential")(*layers)
        self.flatten = nnFlatten()

        # Compute flattened size
        L = series_length
        for i in range(len(self.filter_sizes)):
            if padding_same:
                pad_value = self.kernel_sizes[i] // 2
            else:
                pad_value = 0
            L_conv = L + 2 * pad_value - self.kernel_sizes[i] + 1
            L = L_conv // self.avg_pool_size
        self._flattened_size = L * self.filter_sizes[-1]

        self.fc = nnLinear(self._flattened_size, self.num_classes, bias=self.use_bias)

        if self.random_state is not None:
            torch_manual_seed = _safe_import("torch.manual_seed")
            torch_manual_seed(self.random_state)

        if self.init_weights is not None:
            self.apply(self._init_weights)

    def forward(self, X):
        """Forward pass.

        Parameters
        ----------
        X : torch.Tensor
            Input of shape (batch_size, series_length, n_dims) from dataloader,
            or (batch_size, n_dims, series_length). We transpose if last dim
            equals n_dims and second is larger (assume batch, time, channels).

        Returns
        -------
        torch.Tensor
            Output of shape (batch_size, num_classes) or (batch_size, 1).
        """
        if isinstance(X, np.ndarray):
            torch_from_numpy = _safe_import("torch.from_numpy")
            X = torch_from_numpy(X).float()

        if X.dim() == 3:
            X = X.transpose(1, 2)  # (batch, n_dims, series_length)

        out = self.conv_blocks(X)
        out = self.flatten(out)
        out = self.fc(out)
        if self.activation is not None:
            out = self.activation(out)

        if self.num_classes == 1:  # (regression)
            out = out.squeeze(1)  # (batch_size,)
        return out

    def _init_weights(self, module):
        nnConv1d = _safe_import("torch.nn.Conv1d")

        if isinstance(module, nnConv1d):
            if self.init_weights == "kaiming_uniform":
                _safe_import("torch.nn.init.kaiming_uniform_")(
                    module.weight, nonlinearity="relu"
                )

            elif self.init_weights == "kaiming_normal":
                _safe_import("torch.nn.init.kaiming_normal_")(
                    module.weight, nonlinearity="relu"
                )

            elif self.init_weights == "xavier_uniform":
                _safe_import("torch.nn.init.xavier_uniform_")(module.weight)

            elif self.init_weights == "xavier_normal":
                _safe_import("torch.nn.init.xavier_normal_")(module.weight)

            if module.bias is not None:
                module.bias.data.zero_()
