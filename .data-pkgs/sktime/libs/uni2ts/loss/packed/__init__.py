from sktime.libs.uni2ts.loss.packed.distribution import PackedNLLLoss
