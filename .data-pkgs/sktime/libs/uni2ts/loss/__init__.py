from .packed import PackedNLLLoss
