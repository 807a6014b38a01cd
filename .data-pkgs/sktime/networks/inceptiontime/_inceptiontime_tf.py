"""Inception Time."""

from sktime.networks.base import BaseDeepNetwork


class InceptionTimeNetwork(BaseDeepNetwork):
    """InceptionTime network.

    Network originally defined in [1]_ and implementation adapted from [2]_.

    Parameters
    ----------
    n_filters : int, default=32
        Number of filters in the inception modules.
    use_residual : bool, default=True
        Whether to use residual connections.
    use_bottleneck : bool, default=True
        Whether to use bottleneck layer.
    bottleneck_size : int, default=32
        Size of bottleneck layer.
    depth : int, default=6
        Number of inception modules.
    kernel_size : int, default=40
        Length of the 1D convolution window.
    random_state : int, default=0
        Seed for any needed random actions.
    activation : str, default="relu"
        Activation function used for hidden layers.
        List of available keras activation functions:
        https://keras.io/api/layers/activations/
    activation_inception : str, default="linear"
        Activation function used inside the inception module.
        List of available keras activation functions:
        https://keras.io/api/layers/activations/

    References
    ----------
    .. [1] @Article{IsmailFawaz2019inceptionTime, Title = {
       InceptionTime: Finding AlexNet for Time Series Classification}, Author
       = {Ismail Fawaz, Hassan and Lucas, Benjamin and Forestier, Germain and
       Pelletier, Charlotte and Schmidt, Daniel F. and Weber, Jonathan and
       Webb, Geoffrey I. and Idoumghar, Lhassane and Muller, Pierre-Alain and
       Petitjean, François}, journal = {ArXiv}, Year = {2019} }
    .. [2] https://github.com/hfawaz/InceptionTime/blob/master/classifiers/
       inception.py

    Examples
    --------
    >>> from sktime.networks.inceptiontime import InceptionTimeNetwork
    >>> network = InceptionTimeNetwork(
    ...     n_filters=16, depth=3, random_state=42
    ... )
    """

    _tags = {
        "authors": ["hfawaz", "JamesLarge", "Withington", "noxthot"],
        "python_dependencies": "tensorflow",
        "tests:skip_by_name": ["test_get_test_params_coverage"],
    }

    def __init__(
        self,
        n_filters=32,
        use_residual=True,
        use_bottleneck=True,
        bottleneck_size=32,
        depth=6,
        kernel_size=40,
        random_state=0,
        activation="relu",
        activation_inception="linear",
    ):
        """Initialize InceptionTime network."""
        self.activation = activation
        self.activation_inception = activation_inception
        self.n_filters = n_filters
        self.use_residual = use_residual
        self.use_bottleneck = use_bottleneck
        self.depth = depth
        self.kernel_size = kernel_size
        self.bottleneck_size = bottleneck_size
        self.random_state = random_state

        super().__init__()

    def _inception_module(self, input_tensor, activation, activation_output, stride=1):
        from tensorflow import keras

        if self.use_bottleneck and int(input_tensor.shape[-1]) > 1:
            input_inception = keras.layers.Conv1D(
                filters=self.bottleneck_size,
                kernel_size=1,
                padding="same",
                activation=activation,
                use_bias=False,
            )(input_tensor)
        else:
            input_inception = input_tensor

        # kernel_size_s = [3, 5, 8, 11, 17]
        kernel_size_s = [self.kernel_size // (2**i) for i in range(3)]

        conv_list = []

        for i in range(len(kernel_size_s)):
            conv_list.append(
                keras.layers.Conv1D(
                    filters=self.n_filters,
                    kernel_size=kernel_size_s[i],
                    strides=stride,
                    padding="same",
                    activation=activation,
                    use_bias=False,
                )(input_inception)
            )

        max_pool_1 = keras.layers.MaxPool1D(
            pool_size=3, strides=stride, padding="same"
        )(input_tensor)

        conv_6 = keras.layers.Conv1D(
            filters=self.n_filters,
            kernel_size=1,
            padding="same",
            activation=activation,
            use_bias=False,
        )(max_pool_1)

        conv_list.append(conv_6)

        x = keras.layers.Concatenate(axis=2)(conv_list)
        x = keras.layers.BatchNormalization()(x)
        x = keras.layers.Activation(activation=activation_output)(x)
        return x

    def _shortcut_layer(self, input_tensor, out_tensor, activation):
        from tensorflow import keras

        shortcut_y = keras.layers.Conv1D(
            filters=int(out_tensor.shape[-1]),
            kernel_size=1,
            padding="same",
            use_bias=False,
        )(input_tensor)
        shortcut_y = keras.layers.BatchNormalization()(shortcut_y)

        x = keras.layers.Add()([shortcut_y, out_tensor])
        x = keras.layers.Activation(activation=activation)(x)
        return x

    def build_network(self, input_shape, **kwargs):
        """Construct a network and return its input and output layers.

        ----------
        input_shape : tuple
            The shape of the data fed into the input layer

        Returns
        -------
        input_layer : a keras layer
        output_layer : a keras layer
        """
        from tensorflow import keras

        input_layer = keras.layers.Input(input_shape)

        x = input_layer
        input_res = input_layer

        for d in range(self.depth):
            x = self._inception_module(x, self.activation_inception, self.activation)

            if self.use_residual and d % 3 == 2:
                x = self._shortcut_layer(input_res, x, self.activation)
                input_res = x

        gap_layer = keras.layers.GlobalAveragePooling1D()(x)

        return input_layer, gap_layer
