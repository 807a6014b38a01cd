"""Token segments range coded with a prior's probabilities (docs/FORMAT.md, "Prior-coded segments").

A version 2 file whose header names a prior (flag PRIOR) codes each entropy-coded segment --
one scale of one frame, every row -- with frequency tables from the prior instead of the
adaptive model: row by row, token by token in time order, each table computed from the
coarser scales of the same row and frame (decoded first) and the earlier tokens of its own
scale. The range coder is stampcodec.entropy's; the tables come from stampcodec.prior.exact
arithmetic, so they are the same on every machine.

A prior trained on other recordings can miss what a segment's own statistics say (a recording
from a new device uses a few tokens all the time), so each table mixes the prior with the
segment's adaptive counts (stampcodec.entropy's model: start flat, +INCREMENT per token, halved
past LIMIT): the prior takes w quarters, the counts 4 - w. The encoder tries w = 4, 3, 2, 1, 0
(0: the counts alone, as a file without a prior codes) and keeps the shortest; three raw bits
at the segment's start say which.
"""

from __future__ import annotations

import bisect

import numpy as np

from stampcodec import entropy
from stampcodec.prior.bundle import TokenPrior
from stampcodec.prior.model import gather_slots, row_structure, slot_keys, token_keys

WEIGHTS = (4, 3, 2, 1, 0)  # the prior's share of each table, in quarters
WEIGHT_BITS = 3
HALF = 1 << 15  # the prior and the counts are each scaled to sum to at most 2^15


class Counts:
    """A segment's adaptive symbol counts, as stampcodec.entropy.AdaptiveModel keeps them."""

    def __init__(self, symbols: int) -> None:
        self.counts = np.ones(symbols, dtype=np.int64)
        self.total = symbols

    def mix(self, prior_freq: np.ndarray, w: int) -> np.ndarray:
        fp = prior_freq * HALF // int(prior_freq.sum())
        fa = self.counts * HALF // self.total
        return ((w * fp + (4 - w) * fa) >> 2) + 1

    def update(self, s: int) -> None:
        self.counts[s] += entropy.INCREMENT
        self.total += entropy.INCREMENT
        if self.total > entropy.LIMIT:
            self.counts = (self.counts + 1) >> 1
            self.total = int(self.counts.sum())


class Table:
    """A fixed frequency table in the interface entropy.RangeEncoder/RangeDecoder use."""

    def __init__(self, freq: np.ndarray) -> None:
        self.freq = freq.tolist()
        self._cum = [0, *np.cumsum(freq).tolist()]
        self.total = self._cum[-1]

    def cum(self, s: int) -> int:
        return self._cum[s]

    def find(self, v: int) -> tuple[int, int]:
        s = bisect.bisect_right(self._cum, v) - 1
        return s, self._cum[s]

    def update(self, s: int) -> None:
        pass


def _known(prior: TokenPrior, row: list[np.ndarray], scale: int, blocks: int) -> tuple[np.ndarray, object]:
    """A row's tokens in coding order with -1 from `scale`'s first token on, and its structure."""
    st = row_structure(prior.config, blocks)
    tokens = np.full(int(st.offsets[-1]), -1, dtype=np.int64)
    for s in range(scale):
        tokens[st.offsets[s]:st.offsets[s + 1]] = row[s]
    return tokens, st


def row_tables(prior: TokenPrior, row: list[np.ndarray], scale: int) -> np.ndarray:
    """Frequencies (n, V) of every token of `scale` in a row whose tokens at scales <= scale are
    known (row[s], coarse first): all at once, as the encoder uses them."""
    tokens, st = _known(prior, row, scale, len(row[0]))
    a, b = st.offsets[scale], st.offsets[scale + 1]
    tokens[a:b] = row[scale]
    keyed = slot_keys(st, tokens, prior.config.codebook_size)[a:b]
    return prior.tables(st.kind[a:b], keyed, st.rel[a:b])


def _order(lengths: list[int]) -> list[tuple[int, int]]:
    """Coding order within a segment: token j of every row (that has one), then token j + 1, so
    that a decoder computes the tables of all rows' j-th tokens in one network call."""
    return [(r, j) for j in range(max(lengths, default=0)) for r, n in enumerate(lengths) if j < n]


def encode_segment(prior: TokenPrior, rows: list[list[np.ndarray]], scale: int) -> bytes:
    """rows[r][s]: row r's tokens at scale s (s <= scale) -> the segment's range-coded bytes
    (the shortest of the mixing weights)."""
    tables = [row_tables(prior, row, scale) for row in rows]
    order = _order([len(row[scale]) for row in rows])
    symbols = [int(rows[r][scale][j]) for r, j in order]
    freqs = [tables[r][j] for r, j in order]
    best = None
    for i, w in enumerate(WEIGHTS):
        enc, counts = entropy.RangeEncoder(), Counts(prior.config.codebook_size)
        enc.encode_bits(i, WEIGHT_BITS)
        for sym, freq in zip(symbols, freqs):
            enc.encode(Table(counts.mix(freq, w)), sym)
            counts.update(sym)
        data = enc.finish()
        if best is None or len(data) < len(best):
            best = data
    assert best is not None
    return best


def decode_segment(prior: TokenPrior, data: bytes, rows: list[list[np.ndarray]], scale: int,
                   blocks: list[int]) -> list[np.ndarray]:
    """The inverse: rows[r] holds row r's tokens at the coarser scales, blocks[r] its length in
    blocks; returns each row's tokens at `scale`. ValueError on damage."""
    dec, v = entropy.RangeDecoder(data), prior.config.codebook_size
    counts = Counts(v)
    i = dec.decode_bits(WEIGHT_BITS)
    if i >= len(WEIGHTS):
        raise ValueError(f"prior-coded segment names mixing weight {i} (0 to {len(WEIGHTS) - 1}): damaged")
    w = WEIGHTS[i]
    known = [_known(prior, row, scale, n) for row, n in zip(rows, blocks)]
    keys = [token_keys(st, tokens, v) for tokens, st in known]
    starts = [int(st.offsets[scale]) for _, st in known]
    lengths = [int(st.offsets[scale + 1]) - a for (_, st), a in zip(known, starts)]
    for j in range(max(lengths, default=0)):
        live = [r for r, n in enumerate(lengths) if j < n]
        at = [starts[r] + j for r in live]
        sts = [known[r][1] for r in live]
        keyed = np.stack([gather_slots(keys[r], st.slots[t]) for r, st, t in zip(live, sts, at)])
        kind = np.array([st.kind[t] for st, t in zip(sts, at)])
        rel = np.stack([st.rel[t] for st, t in zip(sts, at)])
        freqs = prior.tables(kind, keyed, rel)
        for r, t, freq in zip(live, at, freqs):
            try:
                sym = dec.decode(Table(counts.mix(freq, w)))
            except ValueError as e:
                raise ValueError(f"{e} (row {r + 1}, token {j + 1} of {lengths[r]})") from None
            counts.update(sym)
            known[r][0][t] = sym
            keys[r][t] = known[r][1].kind[t] * v + sym
    dec.finish(f"{sum(lengths)} tokens")
    return [tokens[a:a + n].copy() for (tokens, _), a, n in zip(known, starts, lengths)]


def code_length(prior: TokenPrior, row: list[np.ndarray], scale: int) -> float:
    """Bits the prior's tables spend on a row's tokens at `scale` (the ideal code length)."""
    f = row_tables(prior, row, scale)
    sym = row[scale]
    return float(-np.log2(f[np.arange(len(sym)), sym] / f.sum(-1)).sum())
