"""Scaled dot product attention layer."""

from sktime.utils.dependencies import _safe_import

keras = _safe_import("tensorflow.keras")
K = _safe_import("tensorflow.keras.backend")


class ScaledDotProductAttention(keras.layers.Layer):
    r"""Scaled dot product attention layer.

    The attention layer that takes three inputs representing queries, keys and values.

    \text{Attention}(Q, K, V) = \text{softmax}(\frac{Q K^T}{\sqrt{d_k}}) V

    See: https://arxiv.org/pdf/1706.03762.pdf

    Parameters
    ----------
    return_attention : bool, optional (default=False)
        Whether to return attention weights.
    history_only : bool, optional (default=False)
        Whether to only use history data. If True, the attention weights are masked
        to prevent attending to future positions in the sequence.
    **kwargs : keyword arguments
        Additional arguments for the parent class.
    """

    def __init__(self, return_attention=False, history_only=False, **kwargs):
        """Initialize the layer."""
        super().__init__(**kwargs)
        self.supports_masking = True
        self.return_attention = return_attention
        self.history_only = history_only
        self.intensity = self.attention = None

    def get_config(self):
        """Return the config of the layer."""
        config = {
            "return_attention": self.return_attention,
            "history_only": self.history_only,
        }
        base_config = super().get_config()
        return dict(list(base_config.items()) + list(config.items()))

    def compute_output_shape(self, input_shape):
        """Compute the output shape of the layer."""
        if isinstance(input_shape, list):
            query_shape, key_shape, value_shape = input_shape
        else:
            query_shape = key_shape = value_shape = input_shape
        output_shape = query_shape[:-1] + value_shape[-1:]
        if self.return_attention:
            attention_shape = query_shape[:2] + (key_shape[1],)
            return [output_shape, attention_shape]
        return output_shape

    def compute_mask(self, inputs, mask=None):
        """Compute the mask for the layer."""
        if isinstance(mask, list):
            mask = mask[0]
        if self.return_attention:
            return [mask, None]
        return mask

    def call(self, inputs, mask=None, **kwargs):
        """Compute the output of the layer."""
        if isinstance(inputs, list):
            query, key, value = inputs
        else:
            query = key = value = inputs
        if isinstance(mask, list):
            mask = mask[1]
        feature_dim = K.shape(query)[-1]
        e = K.batch_dot(query, key, axes=2) / K.sqrt(
            K.cast(feature_dim, dtype=K.floatx())
        )
        if self.history_only:
            query_len, key_len = K.shape(query)[1], K.shape(key)[1]
            indices = K.expand_dims(K.arange(0, key_len), axis=0)
            upper = K.expand_dims(K.arange(0, query_len), axis=-1)
            e -= 10000.0 * K.expand_dims(K.cast(indices > upper, K.floatx()), axis=0)
        if mask is not None:
            e -= 10000.0 * (1.0 - K.cast(K.expand_dims(mask, axis=-2), K.floatx()))
        self.intensity = e
        e = K.exp(e - K.max(e, axis=-1, keepdims=True))
        self.attention = e / K.sum(e, axis=-1, keepdims=True)
        v = K.batch_dot(self.attention, value)
        if self.return_attention:
            return [v, self.attention]
        return v
