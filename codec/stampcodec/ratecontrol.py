"""Rate control: meeting `encode --bpt R` (file bytes x 8 / samples / channels <= R, headers
included) with the lowest error the token layer can reach at that rate.

Three knobs set the rate: each channel's resampling factor (a multiple of 1/16), its token
budget (the skip lambda of stampcodec.budget: none, or one of SKIPS) and the number of scales the
file carries (all channels). The plan is made on the probe's windows (FactorProbe): for each
candidate (factor, skip) and scale count, each channel's squared error (normalized units) and
bits (its tokens range coded as the encoder would) are measured, and a Lagrangian allocation
picks per channel the candidate minimizing error + lambda x bits, lambda bisected to fit the token
budget. The estimate is then checked against real encodings: the budget given to the planner
is bisected until the file fits R; then every factor of the largest fitting plan is scaled down
together (in steps of 1/16, finer than the planner's grid) while the file still fits, where the
probe says smaller factors lower the error. Of every encoding that fits, the one written is the
one with the lowest NMSE measured against the input (Codec._nmse): a larger file is not always a
better one, the token layer's error not being monotone in the factor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from stampcodec import bitpack, entropy, resample
from stampcodec.container import Header
from stampcodec.layout import pad_blocks

# factors tried: about 2^(1/4) apart, in sixteenths, from 1 to 255
GRID = tuple(sorted({max(1.0, min(255.0, round(2 ** (i / 4) * 16) / 16)) for i in range(33)}))
ATTEMPTS = 8  # real encodings of planned allocations at most
REFINE = 4  # then real encodings with every factor scaled, to land closer below the target
TOLERANCE = 0.02  # stop once the file is within 2% below the target
# skip lambdas tried with every factor (NaN: no token skipped); measured on held-out recordings
# (docs/results/skip_budget.md), 1 and 4 reach most of what a finer grid reaches
SKIPS = (float("nan"), 1.0, 4.0)  # lambdas with skips: on every other factor of the grid
NO_SKIP = float("nan")

# factor per channel, scales kept, skip lambda per channel (None: every token kept)
Plan = tuple[tuple[float, ...], int, tuple[float | None, ...]]


@dataclass
class Measured:
    """Per candidate (factors[i], skips[i]): error[i, K-1] (C,) squared error per sample,
    normalized units, keeping K scales; bits[i, K-1] (C,) token bits per original sample."""
    factors: tuple[float, ...]
    error: np.ndarray  # (candidates, K, C)
    bits: np.ndarray  # (candidates, K, C)
    skips: tuple[float, ...] = ()  # per candidate; empty: none skips

    def skip(self, i: int) -> float:
        return self.skips[i] if self.skips else NO_SKIP

    def without_skips(self) -> "Measured":
        """The candidates that keep every token."""
        keep = [i for i in range(len(self.factors)) if np.isnan(self.skip(i))]
        return Measured(tuple(self.factors[i] for i in keep), self.error[keep], self.bits[keep],
                        tuple(NO_SKIP for _ in keep))


def measure(windows: list[np.ndarray], encode_rows: Callable, decode_rows: Callable, h: Header,
            grid: tuple[float, ...] = GRID, skips: tuple[float, ...] = (NO_SKIP,)) -> Measured:
    """windows: (C, T_w) normalized, gap-filled. encode_rows(rows, skip=None) / decode_rows: the
    codec's. Candidates: every factor of the grid keeping every token, and every other factor
    (2^(1/2) apart: skipping fills in between) with each skip lambda."""
    c, n_scales = h.channels, len(h.scales)
    candidates = [(r, lam) for lam in skips for r in (grid if np.isnan(lam) else grid[::2])]
    err = np.zeros((len(candidates), n_scales, c))
    bits = np.zeros((len(candidates), n_scales, c))
    samples = sum(w.shape[1] for w in windows)
    stacks = resample.stacked(windows)
    for i, (r, lam) in enumerate(candidates):
        per_channel: list[list[list[np.ndarray]]] = [[[] for _ in range(c)] for _ in range(n_scales)]
        for w in stacks:  # (windows, C, m): one encoder call for all of them
            tokens, errors = round_trip(w, r, h, encode_rows, decode_rows, range(1, n_scales + 1), lam)
            err[i] += errors
            for s, tok in enumerate(tokens):
                if h.mode == "independent":  # rows are (window, channel): each channel's own stream
                    by_channel = np.asarray(tok).reshape(len(w), c, -1)
                    for ch in range(c):
                        per_channel[s][ch].append(by_channel[:, ch].ravel())
                else:  # one stream for all channels
                    for ch in range(c):
                        per_channel[s][ch].append(np.asarray(tok).ravel())
        for s in range(n_scales):
            for ch in range(c):
                n = _coded_bytes(np.concatenate(per_channel[s][ch]), h)
                if h.mode == "joint":
                    n /= c  # one stream for all channels: each channel carries its share
                bits[i, s:, ch] += 8 * n
    return Measured(tuple(r for r, _ in candidates), err / samples, bits / samples, tuple(lam for _, lam in candidates))


def round_trip(w: np.ndarray, r: float, h: Header, encode_rows: Callable, decode_rows: Callable,
               keep: Iterable[int], skip: float = NO_SKIP) -> tuple[list[np.ndarray], np.ndarray]:
    """Windows (N, C, m) through decimation, the token layer (skip: its lambda, per original
    sample) and interpolation: the tokens per scale, and per count of scales kept the squared
    error per channel ((len(keep), C))."""
    m = w.shape[-1]
    coded = resample.decimate(w, r)
    rows = h.layout.to_rows(pad_blocks(coded, h.block))
    tokens = encode_rows(rows) if np.isnan(skip) else encode_rows(rows, np.full(len(rows), skip / r))
    errors = [((resample.interpolate(decode_rows(tokens, coded.shape[-1], k).reshape(coded.shape), m, r) - w) ** 2)
              .sum(axis=(0, 2)) for k in keep]
    return tokens, np.array(errors)


def finer_helps(m: Measured, factors: tuple[float, ...], keep: int, margin: float = 0.05) -> bool:
    """Whether the probe measured a lower error with every channel at factor 1 than with these
    (grid) factors, by more than `margin`: where the token layer's error does not fall with more
    samples, spending more bits on them buys nothing."""
    index = {f: i for i, f in enumerate(m.factors) if np.isnan(m.skip(i))}
    if 1.0 not in index or any(f not in index for f in factors):
        return True
    planned = sum(m.error[index[f], keep - 1, c] for c, f in enumerate(factors))
    return float(m.error[index[1.0], keep - 1].sum()) < (1 - margin) * planned


def _coded_bytes(flat: np.ndarray, h: Header) -> int:
    skip = bool(flat.size) and int(flat.max()) >= h.codebook_size  # the frame would have FRAME_SKIP
    packed = bitpack.packed_size(flat.size, h.symbol_bits(skip))
    if h.alphabet(skip) <= entropy.MAX_SYMBOLS and packed > 4:
        return min(packed, len(entropy.encode(flat, h.alphabet(skip))))
    return packed


def allocate(m: Measured, token_bits_per_sample: float, joint: bool) -> Plan | None:
    """The factors, skip lambdas and scale count with the lowest summed error whose estimated
    token bits per channel-sample (averaged over channels) fit; None when nothing fits."""
    best: tuple[float, tuple[float, ...], int, tuple[float | None, ...]] | None = None
    c = m.error.shape[2]
    for k in range(m.error.shape[1]):
        d, r = m.error[:, k, :], m.bits[:, k, :]  # (factors, C)
        if joint:  # one factor for all channels
            d, r = d.sum(axis=1, keepdims=True), r.sum(axis=1, keepdims=True)
        pick = _lagrangian(d, r, token_bits_per_sample * c)
        if pick is None:
            continue
        err = float(sum(d[p, j] for j, p in enumerate(pick)))
        if best is None or err < best[0]:
            picks = pick if not joint else [pick[0]] * c
            skips = tuple(None if np.isnan(m.skip(p)) else m.skip(p) for p in picks)
            best = (err, tuple(m.factors[p] for p in picks), k + 1, skips)
    return None if best is None else (best[1], best[2], best[3])


def _lagrangian(d: np.ndarray, r: np.ndarray, budget: float) -> list[int] | None:
    """Per column the row minimizing d + lam r, lam bisected so that the summed r fits budget."""
    def pick(lam: float) -> list[int]:
        return list(np.argmin(d + lam * r, axis=0))

    def total(p: list[int]) -> float:
        return float(sum(r[i, j] for j, i in enumerate(p)))

    if total(pick(0.0)) <= budget:
        return pick(0.0)
    cheapest = list(np.argmin(r, axis=0))
    if total(cheapest) > budget:
        return None
    lo, hi = 0.0, 1.0
    while total(pick(hi)) > budget:
        hi *= 4
        if hi > 1e12:
            return cheapest
    for _ in range(60):
        mid = (lo + hi) / 2
        if total(pick(mid)) > budget:
            lo = mid
        else:
            hi = mid
    return pick(hi)
