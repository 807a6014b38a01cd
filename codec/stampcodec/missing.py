"""Missing samples (NaN): filled by linear interpolation wherever a finite input is required."""

from __future__ import annotations

import numpy as np


def fill_missing(x: np.ndarray, dtype: type = np.float32) -> np.ndarray:
    """Linear interpolation over NaN along the last axis, row by row; all-NaN rows become 0.
    Ends take the nearest observed value. Returns a copy in dtype (float32 unless asked)."""
    out = np.array(x, dtype=dtype, copy=True)
    rows = out.reshape(-1, out.shape[-1])
    t = np.arange(rows.shape[1])
    for r in np.flatnonzero(np.isnan(rows).any(axis=1)):
        ok = ~np.isnan(rows[r])
        rows[r] = np.interp(t, t[ok], rows[r, ok]) if ok.any() else 0.0
    return out
