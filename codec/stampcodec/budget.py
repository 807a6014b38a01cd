"""Adaptive token budget: which tokens the encoder skips (the symbol V, which adds nothing).

A token pays for itself when the squared error it removes is worth its bits. Per scale, after the
encoder picks each token's nearest codeword, the token is skipped when

    D_skip - D_keep < lambda x (bits(token) - bits(skip))   or   D_skip < D_keep

with D the squared error of the scale's tier against the residual it codes (the signal's variance
as unit, summed over the samples the atom spans) and bits from the frequencies of the row's
choices at that scale (-log2 p, two passes: skips make the skip symbol cheaper). lambda is in
variance units per bit; larger lambda skips more. Quiet stretches, whose tokens remove little
error, become nearly free, and tokens that add error (the nearest codeword in activation space is
not always the best in samples) go at any lambda. The finer scales then code what a skipped token
left (the cascade is closed-loop), so a skip costs less error than its atom's energy.

The error of each token is measured alone, its neighbours kept: atoms overlap by half, so two
neighbours skipped together can cost more than the sum. Rate targets (stampcodec.ratecontrol)
measure whole files, so they only keep a budget where it measured better.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

PASSES = 2  # rate estimates: from the nearest codewords, then from the first pass's choices


def skip_symbol(codebook_size: int) -> int:
    """The symbol of a skipped token: V, one past the codebook (container.FRAME_SKIP frames)."""
    return codebook_size


def error_change(pooled: np.ndarray, tier: np.ndarray, waves: np.ndarray, tokens: np.ndarray, hop: int,
                 scale: int) -> np.ndarray:
    """Squared error added by skipping each token alone: pooled (R, Ca, m) residual this scale
    codes, tier (R, Ca, m) its synthesis with every token, tokens (R, n) -> (R, n). Measured on
    the pooled samples, times the scale (each stands for `scale` samples of the signal)."""
    e = pooled - tier
    n = tokens.shape[1]
    # token j's atom covers pooled samples [j hop - hop/2, j hop + 3 hop/2): windows of e at stride hop
    ep = np.pad(e, ((0, 0), (0, 0), (hop // 2, 2 * hop)))
    win = sliding_window_view(ep, 2 * hop, axis=2)[:, :, ::hop][:, :, :n]  # (R, Ca, n, L)
    w = waves[tokens]  # (R, n, Ca, L)
    return scale * (2.0 * np.einsum("rcnl,rncl->rn", win, w) + np.einsum("rncl,rncl->rn", w, w))


def choose(tokens: np.ndarray, added_error: np.ndarray, lam: np.ndarray, codebook_size: int) -> np.ndarray:
    """tokens (R, n) nearest codewords, added_error (R, n) from error_change, lam (R,) per row
    (variance units per bit; NaN: this row skips nothing) -> tokens with skip_symbol where a
    token does not pay for its bits."""
    skip = skip_symbol(codebook_size)
    rows, symbols = tokens.shape[0], codebook_size + 1
    live = np.isfinite(lam)[:, None]
    lam = np.where(np.isfinite(lam), lam, 0.0)[:, None]
    offset = np.arange(rows)[:, None] * symbols
    chosen = tokens
    for it in range(PASSES):
        counts = np.bincount((offset + chosen).ravel(), minlength=rows * symbols).reshape(rows, symbols) + 0.5
        if it == 0:  # no skips yet: start the skip symbol at a twentieth of the row
            counts[:, skip] = np.maximum(counts[:, skip], 0.05 * counts.sum(axis=1))
        bits = -np.log2(counts / counts.sum(axis=1, keepdims=True))
        saved = np.take_along_axis(bits, tokens, axis=1) - bits[:, skip:]
        chosen = np.where(live & ((added_error < 0) | (added_error < lam * saved)), skip, tokens)
    return chosen


def count_skipped(blob: bytes) -> tuple[int, int]:
    """(skipped tokens, tokens) in a whole token file (version 2; every frame parsed)."""
    from stampcodec import container

    h, frames = container.split(blob, "token file")
    skipped = total = 0
    for i, raw in enumerate(frames):
        rows, _ = container.parse_frame_rows(raw, h, i, "token file")
        for per_scale in rows:
            for t in per_scale:
                total += t.size
                skipped += int((t == skip_symbol(h.codebook_size)).sum())
    return skipped, total
