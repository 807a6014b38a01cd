"""InceptionTime Regressor in PyTorch."""

__authors__ = ["Faakhir30"]
__all__ = ["InceptionTimeRegressorTorch"]

from collections.abc import Callable

from sktime.networks.inceptiontime import InceptionTimeNetworkTorch
from sktime.regression.deep_learning.base import BaseDeepRegressorTorch


class InceptionTimeRegressorTorch(BaseDeepRegressorTorch):
    """InceptionTime Deep Learning Regressor in PyTorch.

    Adapted from the implementation from Fawaz et. al
    https://github.com/hfawaz/InceptionTime/blob/master/classifiers/inception.py

    Parameters
    ----------
    num_epochs : int, default=1500
        The number of epochs to train the model.
    n_conv_layers : int, default=3
        Number of convolutional branches in each inception module.
        Make sure base kernel size is divisible by 2^(n_conv_layers-1) to avoid errors.
        This implementation is adapted from [1].
    n_filters : int, default=32
        Number of filters in the convolution layers
    batch_size : int, default=64
        The size of each mini-batch during training.
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
    activation : str, Callable, or None, default=None
        Activation applied to the output layer.

        Permitted values:

        - ``None``: no activation is applied to the output layer and the network
          returns raw outputs.
        - ``str``: name of a class in ``torch.nn``. Case-sensitive names are
          recommended and must match PyTorch (e.g., ``"ReLU"``, ``"LeakyReLU"``).
          Lowercase aliases for common activations are also accepted
          (e.g., ``"relu"`` is resolved to ``"ReLU"``). The class is instantiated
          with default constructor arguments. Must be a valid ``torch.nn``
          activation; see
          https://pytorch.org/docs/stable/nn.html#non-linear-activations-weighted-sum-nonlinearity
        - ``torch.nn.Module``: an instance of a ``torch.nn.Module`` subclass,
          for example ``torch.nn.ReLU()``. Arbitrary callables are not supported.

        Recommended activations: ``ReLU``, ``Tanh``, ``Sigmoid``, ``LeakyReLU``,
        ``ELU``, ``SELU``, ``GELU``.
    activation_hidden : str, Callable, or None, default="ReLU"
        Activation applied to the hidden layers (output from inception modules).

        Permitted values:

        - ``None``: no activation is applied to the hidden layers.
        - ``str``: name of a class in ``torch.nn``. Case-sensitive names are
          recommended and must match PyTorch (e.g., ``"ReLU"``, ``"LeakyReLU"``).
          Lowercase aliases for common activations are also accepted
          (e.g., ``"relu"`` is resolved to ``"ReLU"``). The class is instantiated
          with default constructor arguments. Must be a valid ``torch.nn``
          activation; see
          https://pytorch.org/docs/stable/nn.html#non-linear-activations-weighted-sum-nonlinearity
        - ``torch.nn.Module``: an instance of a ``torch.nn.Module`` subclass,
          for example ``torch.nn.ReLU()``. Arbitrary callables are not supported.

        Recommended activations: ``ReLU``, ``Tanh``, ``Sigmoid``, ``LeakyReLU``,
        ``ELU``, ``SELU``, ``GELU``.
    activation_inception : str, Callable, or None, default=None
        Activation applied inside the inception modules.

        Permitted values:

        - ``None``: no activation is applied inside the inception modules.
        - ``str``: name of a class in ``torch.nn``. Case-sensitive names are
          recommended and must match PyTorch (e.g., ``"ReLU"``, ``"LeakyReLU"``).
          Lowercase aliases for common activations are also accepted
          (e.g., ``"relu"`` is resolved to ``"ReLU"``). The class is instantiated
          with default constructor arguments. Must be a valid ``torch.nn``
          activation; see
          https://pytorch.org/docs/stable/nn.html#non-linear-activations-weighted-sum-nonlinearity
        - ``torch.nn.Module``: an instance of a ``torch.nn.Module`` subclass,
          for example ``torch.nn.ReLU()``. Arbitrary callables are not supported.

        Recommended activations:
        ``ReLU``, ``Tanh``, ``Sigmoid``, ``LeakyReLU``, ``ELU``, ``SELU``,
        ``GELU``.
    optimizer : case insensitive str or None or an instance of optimizers
        defined in torch.optim, default = "Adam"
        The optimizer to use for training the model.
    optimizer_kwargs : dict or None, default = None
        Additional keyword arguments to pass to the optimizer.
    criterion : case insensitive str or None or an instance of a loss function
        defined in PyTorch, default = "MSELoss"
        The loss function to be used in training the neural network.
    criterion_kwargs : dict or None, default = None
        Additional keyword arguments to pass to the loss function.
    callbacks : None or str or a tuple of str, default = None
        Currently only learning rate schedulers are supported as callbacks.
    callback_kwargs : dict or None, default = None
        The keyword arguments to be passed to the callbacks.
    metrics : None or str or Callable or tuple of str and/or Callable, default = None
        Metrics to compute during training. If None, no metrics are computed beyond
        the loss. Metrics are computed from torchmetrics library.
        If a string/Callable is passed, it must be one of the metrics defined in
        https://lightning.ai/docs/torchmetrics/stable/
        Examples: "MeanSquaredError", "MeanAbsoluteError", "R2Score"
    lr : float, default = 0.001
        The learning rate to use for the optimizer.
    init_weights : str or None, default = None
        The method to initialize the weights of the conv layers. Supported values are
        'kaiming_uniform', 'kaiming_normal', 'xavier_uniform', 'xavier_normal', or None
        for default PyTorch initialization.
    verbose : bool, default = False
        Whether to print progress information during training.
    random_state : int or None, default = None
        Seed to ensure reproducibility.

    Notes
    -----
    ..[1] Fawaz et. al, InceptionTime: Finding AlexNet for Time Series
    Classification, Data Mining and Knowledge Discovery, 34, 2020

    Examples
    --------
    >>> from sktime.regression.deep_learning.inceptiontime import (
    ...     InceptionTimeRegressorTorch
    ... )
    >>> from sktime.datasets import load_unit_test
    >>> X_train, y_train = load_unit_test(split="train")
    >>> X_test, y_test = load_unit_test(split="test")
    >>> reg = InceptionTimeRegressorTorch(num_epochs=50, batch_size=2)  # doctest: +SKIP
    >>> reg.fit(X_train, y_train)  # doctest: +SKIP
    InceptionTimeRegressorTorch(...)
    """

    _tags = {
        # packaging info
        # --------------
        "authors": ["Faakhir30"],
        "maintainers": ["Faakhir30"],
        "python_dependencies": "torch",
        "property:randomness": "stochastic",
        "capability:random_state": True,
        # CI and test tags
        # ----------------
        "tests:vm": True,
        "tests:libs": ["sktime.networks.inceptiontime._inceptiontime_torch"],
    }

    _instantiate_activation_vars = (
        "activation",
        "activation_hidden",
        "activation_inception",
    )

    def __init__(
        self: "InceptionTimeRegressorTorch",
        num_epochs: int = 1500,
        n_conv_layers: int = 3,
        n_filters: int = 32,
        batch_size: int = 64,
        kernel_size: int = 40,
        use_residual: bool = True,
        use_bottleneck: bool = True,
        bottleneck_size: int = 32,
        depth: int = 6,
        activation: str | Callable | None = None,
        activation_hidden: str | Callable = "ReLU",
        activation_inception: str | Callable | None = None,
        optimizer: str | None | Callable = "Adam",
        optimizer_kwargs: dict | None = None,
        criterion: str | None | Callable = "MSELoss",
        criterion_kwargs: dict | None = None,
        callbacks: None | str | tuple[str, ...] = None,
        callback_kwargs: dict | None = None,
        metrics: None | str | Callable | tuple[str | Callable, ...] = None,
        lr: float = 0.001,
        init_weights: str | None = None,
        verbose: bool = False,
        random_state: int | None = None,
    ):
        self.n_conv_layers = n_conv_layers
        self.n_filters = n_filters
        self.use_residual = use_residual
        self.use_bottleneck = use_bottleneck
        self.bottleneck_size = bottleneck_size
        self.depth = depth
        self.kernel_size = kernel_size
        self.activation = activation
        self.activation_hidden = activation_hidden
        self.activation_inception = activation_inception
        self.num_epochs = num_epochs
        self.batch_size = batch_size
        self.criterion = criterion
        self.criterion_kwargs = criterion_kwargs
        self.optimizer = optimizer
        self.optimizer_kwargs = optimizer_kwargs
        self.callbacks = callbacks
        self.callback_kwargs = callback_kwargs
        self.metrics = metrics
        self.lr = lr
        self.init_weights = init_weights
        self.verbose = verbose
        self.random_state = random_state

        super().__init__(
            num_epochs=num_epochs,
            batch_size=batch_size,
            criterion=criterion,
            criterion_kwargs=criterion_kwargs,
            optimizer=optimizer,
            optimizer_kwargs=optimizer_kwargs,
            callbacks=callbacks,
            callback_kwargs=callback_kwargs,
            metrics=metrics,
            lr=lr,
            verbose=verbose,
            random_state=random_state,
        )

    def __post_init__(self):
        """Post-init constructor logic, can be used by inheriting classes.

        This method should be used for:

        * parameter validation
        * initialization logic beyond self.param = param
        * any soft dependency imports in the constructor
        """
        # input_size to be inferred from the data
        # and will be set in _build_network
        self.input_size = None
        self.num_classes = 1  # because regression

        super().__post_init__()

    def _build_network(self, X):
        """Build the InceptionTime network.

        Parameters
        ----------
        X : numpy.ndarray
            Input data containing the time series data.

        Returns
        -------
        model : InceptionTimeNetworkTorch instance
            The constructed InceptionTime network.
        """
        # X arrives in sktime format: (n_instances, n_dims, n_timesteps)
        # The base class's _build_dataloader transposes it to
        # (batch, n_timesteps, n_dims) before passing to forward().
        # But at this point, X has not been transposed.
        # So input_size = n_dims is correct here
        _, self.input_size, _ = X.shape

        return InceptionTimeNetworkTorch(
            input_size=self.input_size,
            num_classes=self.num_classes,
            n_conv_layers=self.n_conv_layers,
            n_filters=self.n_filters,
            use_residual=self.use_residual,
            use_bottleneck=self.use_bottleneck,
            bottleneck_size=self.bottleneck_size,
            depth=self.depth,
            kernel_size=self.kernel_size,
            random_state=self.random_state,
            init_weights=self.init_weights,
            activation=self._callable_activations["activation"],
            activation_hidden=self._callable_activations["activation_hidden"],
            activation_inception=self._callable_activations["activation_inception"],
        )

    @classmethod
    def get_test_params(cls, parameter_set="default"):
        """Return testing parameter settings for the estimator.

        Parameters
        ----------
        parameter_set : str, default="default"
            Name of the set of test parameters to return, for use in tests.

        Returns
        -------
        params : dict or list of dict, default = {}
            Parameters to create testing instances of the class
        """
        params1 = {
            "n_filters": 8,
            "depth": 3,
            "num_epochs": 10,
            "batch_size": 2,
        }
        params2 = {
            "n_filters": 16,
            "use_residual": True,
            "use_bottleneck": True,
            "depth": 6,
            "kernel_size": 20,
            "num_epochs": 12,
            "batch_size": 4,
        }

        return [params1, params2]
