"""The exact (erf) GELU that the encoder network uses, in float64 numpy."""

from __future__ import annotations

import math

import numpy as np

_erf_obj = np.frompyfunc(math.erf, 1, 1)


def erf_python(x: np.ndarray) -> np.ndarray:
    """libm's erf one element at a time: the fallback when scipy is absent (it is optional)."""
    return _erf_obj(x).astype(np.float64)


try:  # scipy's erf is the same function, vectorised in C
    from scipy.special import erf as _erf
except ImportError:
    _erf = erf_python


_INV_SQRT2 = 1.0 / math.sqrt(2.0)


def gelu(x: np.ndarray) -> np.ndarray:
    """x * Phi(x): torch.nn.GELU() with approximate='none'."""
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + _erf(x * _INV_SQRT2))


def gelu_inplace(x: np.ndarray, scratch: np.ndarray) -> None:
    """x = gelu(x) for float64 x, through `scratch` (x's shape): the operations of gelu() in its
    order, so the same bits, without its four temporaries."""
    np.multiply(x, _INV_SQRT2, out=scratch)
    if _erf is erf_python:
        scratch[...] = erf_python(scratch)
    else:
        _erf(scratch, out=scratch)
    scratch += 1.0
    x *= 0.5
    x *= scratch
