"""The exact (erf) GELU that the encoder network uses, in float64 numpy.

Three erfs, all within about one unit in the last place of the true function, so the encoder's
tokens do not depend on which one runs (they differ only where two codewords tie to the last
bits, as BLAS's summation order already does): the C library's (stampenc_gelu, when the
extension is built: 3-4 ns an element, 4x scipy's), scipy's, and libm's one element at a time.
"""

from __future__ import annotations

import math

import numpy as np

try:
    from stampcodec import _native
except ImportError:  # built without a C/C++ compiler
    _native = None

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
    y = np.array(x, dtype=np.float64, order="C")  # a copy: gelu_inplace writes through it
    gelu_inplace(y, np.empty_like(y))
    return y


def gelu_inplace(x: np.ndarray, scratch: np.ndarray) -> None:
    """x = gelu(x) for C-contiguous float64 x, through `scratch` (x's shape) where the C library
    is absent: (0.5 x)(1 + erf(x / sqrt 2)), that order of operations on every path."""
    if _native is not None:
        _native.gelu_inplace(x)
        return
    np.multiply(x, _INV_SQRT2, out=scratch)
    if _erf is erf_python:
        scratch[...] = erf_python(scratch)
    else:
        _erf(scratch, out=scratch)
    scratch += 1.0
    x *= 0.5
    x *= scratch
