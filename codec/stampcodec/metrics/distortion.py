"""Pointwise distortion and codebook statistics (numpy, NaN-aware)."""

from __future__ import annotations

import numpy as np


def mse(original: np.ndarray, decoded: np.ndarray) -> float:
    """Mean squared error over the samples present in `original` (NaN = missing, ignored)."""
    if original.shape != decoded.shape:
        raise ValueError(f"shape mismatch: original {original.shape}, decoded {decoded.shape}")
    m = ~np.isnan(original)
    if not m.any():
        return float("nan")
    return float(np.mean((original[m].astype(np.float64) - decoded[m]) ** 2))


def usage_perplexity(counts: np.ndarray) -> tuple[float, float]:
    """From a per-code histogram: (fraction of codes used at least once, exp(entropy))."""
    counts = np.asarray(counts, dtype=np.float64)
    total = counts.sum()
    if total <= 0:
        return 0.0, 0.0
    p = counts[counts > 0] / total
    return float((counts > 0).mean()), float(np.exp(-(p * np.log(p)).sum()))


def codebook_stats(tokens: np.ndarray, codebook_size: int) -> tuple[float, float]:
    """(fraction of codes used, perplexity) of a token sequence."""
    return usage_perplexity(np.bincount(np.asarray(tokens).ravel(), minlength=codebook_size))
