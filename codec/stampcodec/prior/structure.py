"""Which tokens a prior's prediction of each token may look at: the coding order and the slots.

One row of one frame is coded coarse scale first, then each finer scale, each in time order.
Token j of scale s (pooling factor p) covers p hops from j * p; its centre, in half hops, is
c2 = (2j + 1) p. Predicting it, the prior looks at

  * every token of a coarser scale whose centre lies within `window` hops of its own (the coarse
    tokens over it and around it, all known: their scales were coded first), and
  * the `window // p` tokens of its own scale just before it,

never at a token coded after it. Each looked-at token is a slot with a relative position
(which scale, how far and on which side), so the prior learns what each neighbour is worth.
The slots depend only on the scales, the window and the number of blocks, never on the tokens,
so encoder and decoder build the same ones.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Structure:
    """Slots of one row with `blocks` blocks. N tokens in coding order, K slots each."""
    offsets: np.ndarray  # (S + 1,) where each scale's tokens start in coding order
    scale: np.ndarray  # (N,) scale index of each token
    kind: np.ndarray  # (N,) scale and phase (j mod p_0 / p): which of a block's tokens it is
    slots: np.ndarray  # (N, K) coding positions looked at, -1 where none
    rel: np.ndarray  # (N, K) relative position: index into a (S, S, 4 window + 1) table


def kinds(scales: tuple[int, ...]) -> int:
    """Tokens per block: one embedding each (scale and phase)."""
    return sum(scales[0] // p for p in scales)


def slot_count(scales: tuple[int, ...], window: int) -> int:
    return max(sum(2 * window // scales[t] + 1 for t in range(s)) + window // scales[s] for s in range(len(scales)))


def relative_positions(scales: tuple[int, ...], window: int) -> int:
    return len(scales) ** 2 * (4 * window + 1)


@functools.lru_cache(maxsize=64)
def structure(scales: tuple[int, ...], window: int, blocks: int) -> Structure:
    n_scales, p0, span = len(scales), scales[0], 4 * window + 1
    counts = [blocks * (p0 // p) for p in scales]
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    k = slot_count(scales, window)
    slots = np.full((int(offsets[-1]), k), -1, dtype=np.int64)
    rel = np.zeros_like(slots)
    scale = np.repeat(np.arange(n_scales), counts)
    base = np.concatenate([[0], np.cumsum([p0 // p for p in scales])])
    kind = np.concatenate([base[s] + np.arange(n) % (p0 // p) for s, (p, n) in enumerate(zip(scales, counts))])
    for s, p in enumerate(scales):
        j = np.arange(counts[s])
        c2 = (2 * j + 1) * p
        cols: list[tuple[np.ndarray, np.ndarray]] = []
        for t in range(s):
            q = scales[t]
            lo = -((2 * window + q - c2) // (2 * q))  # the first j' with (2j' + 1) q >= c2 - 2 window
            jj = lo[:, None] + np.arange(2 * window // q + 1)
            d2 = (2 * jj + 1) * q - c2[:, None]
            ok = (jj >= 0) & (jj < counts[t]) & (np.abs(d2) <= 2 * window)
            cols.append((np.where(ok, offsets[t] + jj, -1), np.where(ok, (s * n_scales + t) * span + d2 + 2 * window, 0)))
        jj = j[:, None] - np.arange(1, window // p + 1)
        d2 = (2 * jj + 1) * p - c2[:, None]
        ok = jj >= 0
        cols.append((np.where(ok, offsets[s] + jj, -1), np.where(ok, (s * n_scales + s) * span + d2 + 2 * window, 0)))
        idx = np.concatenate([c[0] for c in cols], axis=1)
        r = np.concatenate([c[1] for c in cols], axis=1)
        slots[offsets[s]:offsets[s + 1], :idx.shape[1]] = idx
        rel[offsets[s]:offsets[s + 1], :r.shape[1]] = r
    for a in (offsets, scale, kind, slots, rel):
        a.setflags(write=False)
    return Structure(offsets, scale, kind.astype(np.int64), slots, rel)
