"""Self-attention implementation for PyTorch."""

__authors__ = ["srupat"]

from sktime.libs._torch_self_attention.seq_self_attention import (
    SeqSelfAttentionTorch,
)

__all__ = ["SeqSelfAttentionTorch"]
