"""A coarse-to-fine token prior (seeds 001 TimeMAR and 004 MSDformer): a small network giving
p(token | the coarser scales around it, the earlier tokens of its scale) over a codec model's
tokens. Two uses: coding tokens with its probabilities (`encode --prior`, stampcodec.prior.coding)
and sampling new token sequences (`stampcodec sample`, stampcodec.prior.sample). docs/PRIOR.md.

Inference is numpy only, in arithmetic that gives the same bits on every machine
(stampcodec.prior.exact); training needs torch (stampcodec.train.prior).
"""

from stampcodec.prior.bundle import TokenPrior, load, save
from stampcodec.prior.model import PriorConfig

__all__ = ["PriorConfig", "TokenPrior", "load", "save"]
