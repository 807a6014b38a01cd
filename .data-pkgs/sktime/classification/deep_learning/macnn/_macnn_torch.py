"""Multi-scale Attention Convolutional Neural Network (MACNN) Classifier in PyTorch."""

__authors__ = ["Faakhir30"]
__all__ = ["MACNNClassifierTorch"]

from collections.abc import Callable

import numpy as np

from sktime.classification.deep_learning.base import BaseDeepClassifierPytorch
from sktime.networks.macnn import MACNNNetworkTorch


class MACNNClassifierTorch(BaseDeepClassifierPytorch):
    """Multi-Scale Attention Convolutional Neural Network (MACNN) classifier in PyTorch.

    This classifier implements a multi-scale attention mechanism that learns feature
    representations across different temporal scales.

    Parameters
    ----------
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
    kernel_sizes : tuple of int, default=(3, 6, 12)
        The kernel sizes of Conv1D layers within each MACNN Block.
    reduction : int, default=16
        The factor by which the first dense layer of a MACNN Block will be divided by.
    activation : str, Callable, or None, default=None
        Activation applied to the output layer.

        Permitted values:

        - ``None``: no activation is applied to the output layer and the network
          returns raw outputs (logits). This is typically required when using
          ``CrossEntropyLoss``, which expects logits as input.
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
        Activation applied to the hidden layers.

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
    num_epochs : int, default=1500
        The number of epochs to train the model.
    batch_size : int, default=4
        The size of each mini-batch during training.
    optimizer : case insensitive str or None, or a class or instance of optimizers
        defined in torch.optim, default = "RMSprop"
        The optimizer to use for training the model.
    optimizer_kwargs : dict or None, default = None
        Additional keyword arguments to pass to the optimizer.
    criterion : case insensitive str or None or an instance of a loss function
        defined in PyTorch, default = "CrossEntropyLoss"
        The loss function to be used in training the neural network.
    criterion_kwargs : dict or None, default = None
        Additional keyword arguments to pass to the loss function.
    callbacks : None or str or a tuple of str, default = "ReduceLROnPlateau"
        Currently only learning rate schedulers are supported as callbacks.
    callback_kwargs : dict or None, default = None
        The keyword arguments to be passed to the callbacks.
    lr : float, default = 0.001
        The learning rate to use for the optimizer.
    verbose : bool, default = False
        Whether to print progress information during training.
    init_weights: str or None, default = None
        The method to initialize the weights of the conv layers. Supported values are
        'kaiming_uniform', 'kaiming_normal', 'xavier_uniform', 'xavier_normal', or None
        for default PyTorch initialization.
    random_state : int, default = 0
        Seed to ensure reproducibility.

    References
    ----------
    .. [1] Wei Chen et. al, Multi-scale Attention Convolutional
    Neural Network for time series classification,
    Neural Networks, Volume 136, 2021, Pages 126-140, ISSN 0893-6080,
    https://doi.org/10.1016/j.neunet.2021.01.001.

    Examples
    --------
    >>> from sktime.classification.deep_learning.macnn import MACNNClassifierTorch
    >>> from sktime.datasets import load_unit_test
    >>> X_train, y_train = load_unit_test(split="train")
    >>> X_test, y_test = load_unit_test(split="test")
    >>> clf = MACNNClassifierTorch(num_epochs=50, batch_size=2)  # doctest: +SKIP
    >>> clf.fit(X_train, y_train)  # doctest: +SKIP
    MACNNClassifierTorch(...)
    """

    _tags = {
        # packaging info
        # --------------
        "authors": ["jnrusson1", "noxthot", "Faakhir30"],
        "maintainers": ["Faakhir30"],
        "python_dependencies": "torch",
        "property:randomness": "stochastic",
        "capability:random_state": True,
        # CI and test tags
        # ----------------
        "tests:vm": True,
        "tests:libs": ["sktime.networks.macnn._macnn_torch"],
    }

    def __init__(
        self: "MACNNClassifierTorch",
        # model specific
        padding: str = "same",
        pool_size: int = 3,
        strides: int = 2,
        repeats: int = 2,
        filter_sizes: tuple = (64, 128, 256),
        kernel_sizes: tuple = (3, 6, 12),
        reduction: int = 16,
        activation: str | Callable | None = None,
        activation_hidden: str | Callable = "ReLU",
        # base classifier specific
        num_epochs: int = 100,
        batch_size: int = 1,
        optimizer: str | None | Callable = "RMSprop",
        optimizer_kwargs: dict | None = None,
        criterion: str | None | Callable = "CrossEntropyLoss",
        criterion_kwargs: dict | None = None,
        callbacks: None | str | tuple[str, ...] = "ReduceLROnPlateau",
        callback_kwargs: dict | None = None,
        lr: float = 0.001,
        verbose: bool = False,
        init_weights: str | None = None,
        random_state: int = 0,
    ):
        self.padding = padding
        self.pool_size = pool_size
        self.strides = strides
        self.repeats = repeats
        self.filter_sizes = filter_sizes
        self.kernel_sizes = kernel_sizes
        self.reduction = reduction
        self.activation = activation
        self.activation_hidden = activation_hidden
        self.num_epochs = num_epochs
        self.batch_size = batch_size
        self.criterion = criterion
        self.criterion_kwargs = criterion_kwargs
        self.optimizer = optimizer
        self.optimizer_kwargs = optimizer_kwargs
        self.callbacks = callbacks
        self.callback_kwargs = callback_kwargs
        self.lr = lr
        self.verbose = verbose
        self.init_weights = init_weights
        self.random_state = random_state

        # input_size and num_classes to be inferred from the data
        # and will be set in _build_network
        self.input_size = None
        self.num_classes = None

        super().__init__(
            num_epochs=self.num_epochs,
            batch_size=self.batch_size,
            criterion=self.criterion,
            criterion_kwargs=self.criterion_kwargs,
            optimizer=self.optimizer,
            optimizer_kwargs=self.optimizer_kwargs,
            callbacks=self.callbacks,
            callback_kwargs=self.callback_kwargs,
            lr=self.lr,
            verbose=self.verbose,
            random_state=self.random_state,
        )

    def _build_network(self, X, y):
        """Build the MACNN network.

        Parameters
        ----------
        X : numpy.ndarray
            Input data containing the time series data.
        y : numpy.ndarray
            Target labels for the classification task.

        Returns
        -------
        model : MACNNNetworkTorch instance
            The constructed MACNN network.
        """
        # X arrives in sktime format: (n_instances, n_dims, n_timesteps)
        # The base class's _build_dataloader transposes it to
        # (batch, n_timesteps, n_dims) before passing to forward().
        # But at this point, X has not been transposed.
        # So input_size = n_dims is correct here
        _, self.input_size, _ = X.shape
        self.num_classes = len(np.unique(y))

        return MACNNNetworkTorch(
            input_size=self.input_size,
            num_classes=self.num_classes,
            padding=self.padding,
            pool_size=self.pool_size,
            strides=self.strides,
            repeats=self.repeats,
            filter_sizes=self.filter_sizes,
            kernel_sizes=self.kernel_sizes,
            reduction=self.reduction,
            activation=self._callable_activations["activation"],
            activation_hidden=self._callable_activations["activation_hidden"],
            init_weights=self.init_weights,
            random_state=self.random_state,
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
        params1 = {"num_epochs": 2, "batch_size": 8}
        params2 = {
            "padding": "valid",
            "pool_size": 2,
            "strides": 1,
            "repeats": 1,
            "filter_sizes": (32, 64, 128),
            "kernel_sizes": (3, 6, 12),
            "reduction": 16,
            "num_epochs": 50,
            "batch_size": 4,
            "optimizer": "RMSprop",
            "criterion": "CrossEntropyLoss",
            "callbacks": None,
            "criterion_kwargs": None,
            "optimizer_kwargs": None,
            "callback_kwargs": None,
            "lr": 0.001,
            "verbose": False,
            "random_state": 0,
            "init_weights": None,
        }
        params3 = {
            "padding": "same",
            "pool_size": 3,
            "strides": 2,
            "repeats": 2,
            "filter_sizes": (32, 64, 128),
            "kernel_sizes": (3, 6, 12),
            "reduction": 8,
            "num_epochs": 50,
            "batch_size": 4,
            "optimizer": "RMSprop",
            "criterion": "CrossEntropyLoss",
            "callbacks": None,
            "criterion_kwargs": None,
            "optimizer_kwargs": None,
            "callback_kwargs": None,
            "lr": 0.001,
            "verbose": False,
            "random_state": 0,
        }

        return [params1, params2, params3]
