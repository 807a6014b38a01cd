from .attn_bias import AttentionBias, BinaryAttentionBias
from .attn_projection import QueryKeyProjection, RotaryProjection
