"""Arithmetic that gives the same bits on every machine, for a prior whose probabilities drive
an arithmetic coder: encoder and decoder must compute identical frequency tables, whatever the
CPU, BLAS library, thread count or batch shape.

Floating point is deterministic except where an order of summation or a library function is
left to the implementation. So:

  * every product that is summed (matrix products, attention) takes integer-valued float64
    operands -- activations rounded to a fixed grid, weights stored as integers -- whose partial
    sums stay below 2^53: each is then an exact integer in any order, with or without FMA;
  * everything else is elementwise +, -, x, /, sqrt, floor and round-half-even, which IEEE 754
    defines exactly;
  * exp is a fixed polynomial (Horner, + and x only) and a power of two, not libm's.

ONNX Runtime in double precision follows the same rules (docs/PRIOR.md), so an exported prior
gives the same tables.
"""

from __future__ import annotations

import numpy as np

ACT_BITS, ACT_LIMIT = 10, float(1 << 22)  # matrix product inputs: a grid of 2^-10, |x| < 4096
NORM_BITS, NORM_LIMIT = 8, float(1 << 20)  # norms and attention: a grid of 2^-8, |x| < 4096
WEIGHT_BITS = 15  # matrix weights: integers below 2^15 (sums of <= 2^9 products stay below 2^47)
LOG2E = 1.4426950408889634
EXP_FLOOR = -100.0
# 2^f for f in [0, 1): Taylor coefficients of exp(f ln 2), highest first (error < 1e-11)
_EXP2 = tuple(0.6931471805599453 ** k / float(np.prod(np.arange(1, k + 1))) for k in range(12, -1, -1))


def grid(x: np.ndarray, bits: int, limit: float) -> np.ndarray:
    """x on the grid 2^-bits as integers, clipped to +-limit."""
    return np.minimum(np.maximum(np.rint(x * float(2.0 ** bits)), -limit), limit)


def matmul(x: np.ndarray, w: np.ndarray, w_bits: int) -> np.ndarray:
    """x @ (w * 2^-w_bits) for integer w, x rounded to the activation grid first."""
    return (grid(x, ACT_BITS, ACT_LIMIT) @ w) * float(2.0 ** -(ACT_BITS + w_bits))


def rmsnorm(x: np.ndarray, gain: np.ndarray) -> np.ndarray:
    xi = grid(x, NORM_BITS, NORM_LIMIT)
    ms = np.sum(xi * xi, axis=-1, keepdims=True) * float(2.0 ** (-2 * NORM_BITS)) / x.shape[-1]
    return xi * float(2.0 ** -NORM_BITS) * (1.0 / np.sqrt(ms + 1e-6)) * gain


def exp_neg(z: np.ndarray) -> np.ndarray:
    """exp(z) for z <= 0, 0 < result <= 1, bit-exact everywhere."""
    t = np.maximum(z * LOG2E, EXP_FLOOR)
    n = np.floor(t)
    f = t - n
    p = np.full_like(f, _EXP2[0])
    for c in _EXP2[1:]:
        p = p * f + c
    return np.ldexp(p, n.astype(np.int64))


def softmax_counts(scores: np.ndarray, valid: np.ndarray, bits: int) -> np.ndarray:
    """Integer weights floor(2^bits exp(score - max)) over the valid entries of the last axis
    (0 elsewhere; all 0 when none is valid)."""
    m = np.max(np.where(valid, scores, -np.inf), axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = exp_neg(np.where(valid, scores - m, EXP_FLOOR))
    return np.where(valid, np.floor(e * float(2.0 ** bits)), 0.0)


def quantize(w: np.ndarray, headroom: int) -> tuple[np.ndarray, int]:
    """w -> (int32 integers, bits) with w ~ integers * 2^-bits and |integers| < 2^headroom."""
    top = float(np.max(np.abs(w))) if w.size else 0.0
    bits = 24 if top == 0 else min(24, headroom - int(np.ceil(np.log2(top + 1e-30))) - 1)
    return np.rint(np.asarray(w, dtype=np.float64) * 2.0 ** bits).astype(np.int32), bits
