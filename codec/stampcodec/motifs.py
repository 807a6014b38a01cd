"""Motif tokens (seed 003's byte-pair encoding over STAMP tokens): frequent runs of tokens merged
into one symbol each, so a quiet or repetitive stretch costs a model fewer tokens.

    m = motifs.fit([codec.tokenize(x) for x in recordings], vocab=1024)   # learn merges
    seqs = m.encode(tok)           # per frame and row, a variable-length int64 sequence of symbols
    tok.ids == m.decode(seqs, tok)  # exactly: merges are lossless
    m.save("motifs.json"); Motifs.load("motifs.json")

Symbols below `base` (the codebook size V) are STAMP tokens; symbol base + i is merge i, the pair
(a, b) it replaced. Merges never cross a frame or a row (the encoder's frames are independent),
and, in the "scales" stream, never cross scales: each scale's tokens of a row form one sequence,
and the scales share one table (STAMP's codebook is shared across scales, so a merge learnt at one
scale applies at another). The "interleaved" stream is one sequence per frame and row, block by
block, coarse to fine (token file format 1's order), so a merge can join a coarse token to the
finer ones under it.

Fitting is classic BPE: count adjacent pairs (overlapping ones in runs counted once per pair
position), merge the most frequent (ties: the smallest pair), replace its occurrences left to
right without overlap, repeat until `vocab` symbols or no pair occurs twice. numpy does each
step in O(n log n).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from stampcodec.errors import ConfigError, ContainerError
from stampcodec.tokens import Tokens, WindowTokens

STREAMS = ("scales", "interleaved")
FORMAT = "stampcodec-motifs"
_SEP = -1  # between sequences: no pair with it is counted or merged


@dataclass
class Motifs:
    base: int  # codebook size V
    merges: list[tuple[int, int]]  # merge i makes symbol base + i from the pair
    stream: str = "scales"
    model_id: str = ""
    counts: list[int] = field(default_factory=list)  # occurrences of each merge when it was made

    @property
    def vocab(self) -> int:
        return self.base + len(self.merges)

    def lengths(self) -> np.ndarray:
        """Base tokens each symbol stands for."""
        n = np.ones(self.vocab, dtype=np.int64)
        for i, (a, b) in enumerate(self.merges):
            n[self.base + i] = n[a] + n[b]
        return n

    # --- coding --------------------------------------------------------------------------
    def sequences(self, tok: Tokens) -> list[np.ndarray]:
        """The base-token sequences this stream merges within: per frame and row (scales: and
        per scale)."""
        _check_model(self, tok.model_id)
        starts = [np.concatenate([[0], np.cumsum(tok.frame_tokens(s))]) for s in range(len(tok.scales))]
        out = []
        for f in range(tok.n_frames):
            parts = [ids[:, starts[s][f]:starts[s][f + 1]] for s, ids in enumerate(tok.ids)]
            for r in range(parts[0].shape[0]):
                if self.stream == "scales":
                    out += [p[r] for p in parts]
                else:
                    out.append(_interleave([p[r] for p in parts]))
        return out

    def window_sequences(self, wt: WindowTokens) -> list[np.ndarray]:
        """The sequences of data set windows: per window and row (scales: and per scale)."""
        _check_model(self, wt.model_id)
        n, rows = wt.ids[0].shape[:2]
        out = []
        for i in range(n):
            for r in range(rows):
                parts = [ids[i, r] for ids in wt.ids]
                out += parts if self.stream == "scales" else [_interleave(parts)]
        return out

    def encode(self, tok: Tokens) -> list[np.ndarray]:
        """Tokens -> symbol sequences (in the order of `sequences`)."""
        return [apply(seq, self.merges, self.base) for seq in self.sequences(tok)]

    def decode(self, seqs: list[np.ndarray], like: Tokens) -> list[np.ndarray]:
        """Symbol sequences -> per-scale token arrays shaped like `like.ids` (the layout the
        sequences came from: frames, rows and scales)."""
        base_seqs = [expand(seq, self.merges, self.base) for seq in seqs]
        counts = [like.frame_tokens(s) for s in range(len(like.scales))]
        rows = like.ids[0].shape[0]
        out: list[list[list[np.ndarray]]] = [[[] for _ in range(rows)] for _ in like.scales]
        it = iter(base_seqs)
        for f in range(like.n_frames):
            for r in range(rows):
                if self.stream == "scales":
                    parts = [next(it) for _ in like.scales]
                else:
                    parts = _deinterleave(next(it), [c[f] for c in counts])
                for s, p in enumerate(parts):
                    if len(p) != counts[s][f]:
                        raise ContainerError(f"frame {f + 1}, row {r + 1}, scale {s + 1}: {len(p)} tokens, "
                                             f"expected {counts[s][f]}")
                    out[s][r].append(p)
        return [np.stack([np.concatenate(row) for row in scale]) for scale in out]

    # --- files ---------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        Path(path).write_text(dumps(self))

    @classmethod
    def load(cls, path: str | Path) -> "Motifs":
        """Read and check a motifs file; ContainerError naming what is wrong."""
        try:
            d = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
            raise ContainerError(f"{path}: not a motifs file ({e})") from None
        if not isinstance(d, dict) or d.get("format") != FORMAT or d.get("version") != 1:
            raise ContainerError(f"{path}: not a motifs file (format {FORMAT}, version 1)")
        base, merges, stream = d.get("base"), d.get("merges"), d.get("stream")
        if not isinstance(base, int) or not 2 <= base <= 1 << 16 or stream not in STREAMS or not isinstance(merges, list):
            raise ContainerError(f"{path}: base {base!r}, stream {stream!r}")
        pairs = []
        for i, m in enumerate(merges):
            if (not isinstance(m, list) or len(m) != 2 or not all(isinstance(v, int) and 0 <= v < base + i for v in m)):
                raise ContainerError(f"{path}: merge {i} is {m!r} (two earlier symbols)")
            pairs.append((m[0], m[1]))
        counts = d.get("counts") or []
        return cls(base, pairs, stream, str(d.get("model_id") or ""), [int(c) for c in counts][:len(pairs)])


def dumps(m: Motifs) -> str:
    """The motifs file's text (JSON)."""
    return json.dumps({"format": FORMAT, "version": 1, "base": m.base, "stream": m.stream, "model_id": m.model_id,
                       "merges": [list(p) for p in m.merges], "counts": m.counts}) + "\n"


def _check_model(m: Motifs, model_id: str) -> None:
    if m.model_id and model_id and m.model_id != model_id:
        raise ConfigError(f"motifs learnt on model {m.model_id}'s tokens, these are model {model_id}'s")


def _interleave(parts: list[np.ndarray]) -> np.ndarray:
    """Per-scale sequences (coarse first, scale k having q_k tokens per block) -> block by block,
    coarse to fine."""
    blocks = len(parts[0])
    q = [len(p) // blocks for p in parts]
    return np.concatenate([p.reshape(blocks, k) for p, k in zip(parts, q)], axis=1).ravel()


def _deinterleave(seq: np.ndarray, counts: list[int]) -> list[np.ndarray]:
    blocks = counts[0]
    q = [c // blocks for c in counts]
    if len(seq) != sum(counts) or blocks == 0:
        raise ContainerError(f"an interleaved sequence of {len(seq)} tokens, expected {sum(counts)}")
    rows = seq.reshape(blocks, sum(q))
    edges = np.cumsum([0] + q)
    return [rows[:, a:b].ravel() for a, b in zip(edges[:-1], edges[1:])]


# --- the algorithm -------------------------------------------------------------------------

def _join(seqs: list[np.ndarray]) -> np.ndarray:
    parts = []
    for s in seqs:
        parts += [np.asarray(s, dtype=np.int64), np.array([_SEP])]
    return np.concatenate(parts) if parts else np.array([], dtype=np.int64)


def _split(joined: np.ndarray) -> list[np.ndarray]:
    ends = np.flatnonzero(joined == _SEP)
    return [joined[a:b] for a, b in zip(np.concatenate([[0], ends[:-1] + 1]), ends)]


def _replace(s: np.ndarray, a: int, b: int, new: int) -> np.ndarray:
    """Occurrences of (a, b) in s, left to right without overlap, replaced by `new`."""
    hit = (s[:-1] == a) & (s[1:] == b)
    if a == b:  # in a run a a a, the pairs at 0 and 1 overlap: keep every other from each run's start
        start = hit & ~np.concatenate([[False], hit[:-1]])
        run = np.cumsum(start)
        first = np.flatnonzero(start)
        idx = np.arange(len(hit))
        hit &= ((idx - first[np.maximum(run - 1, 0)]) % 2 == 0) if first.size else hit
    p = np.flatnonzero(hit)
    if not p.size:
        return s
    out = s.copy()
    out[p] = new
    keep = np.ones(len(s), dtype=bool)
    keep[p + 1] = False
    return out[keep]


def fit(seqs: list[np.ndarray], base: int, vocab: int, min_count: int = 2) -> tuple[list[tuple[int, int]], list[int]]:
    """Merges (and their counts) learnt from base-token sequences, up to `vocab` symbols."""
    if vocab < base:
        raise ConfigError(f"a vocabulary of {vocab} is smaller than the codebook ({base})")
    s = _join(seqs)
    merges: list[tuple[int, int]] = []
    counts: list[int] = []
    width = np.int64(base + (vocab - base) + 1)
    while base + len(merges) < vocab and len(s) > 1:
        a, b = s[:-1], s[1:]
        ok = (a != _SEP) & (b != _SEP)
        keys, n = np.unique(a[ok] * width + b[ok], return_counts=True)
        if not n.size or n.max() < min_count:
            break
        best = int(np.argmax(n))  # the first of the most frequent: the smallest pair
        pa, pb = divmod(int(keys[best]), int(width))
        merges.append((pa, pb))
        counts.append(int(n[best]))
        s = _replace(s, pa, pb, base + len(merges) - 1)
    return merges, counts


def apply(seq: np.ndarray, merges: list[tuple[int, int]], base: int) -> np.ndarray:
    """A base-token sequence -> symbols: every merge in the order learnt."""
    s = np.asarray(seq, dtype=np.int64)
    for i, (a, b) in enumerate(merges):
        if len(s) < 2:
            break
        s = _replace(s, a, b, base + i)
    return s


def expand(seq: np.ndarray, merges: list[tuple[int, int]], base: int) -> np.ndarray:
    """Symbols -> base tokens; ContainerError for a symbol outside the vocabulary."""
    s = np.asarray(seq, dtype=np.int64)
    if s.size and (s.min() < 0 or s.max() >= base + len(merges)):
        raise ContainerError(f"symbol {int(s.max() if s.max() >= base else s.min())} outside the vocabulary of "
                             f"{base + len(merges)}")
    pairs = np.array(merges, dtype=np.int64).reshape(-1, 2)
    while s.size and s.max() >= base:  # undo merges from the last made
        top = int(s.max())
        p = np.flatnonzero(s == top)
        s = np.insert(s, p + 1, pairs[top - base, 1])
        s[p + np.arange(len(p))] = pairs[top - base, 0]
    return s


def learn(tokens: list[Tokens] | list[WindowTokens], vocab: int, base: int, stream: str = "scales") -> Motifs:
    """Motifs from several recordings' Tokens, or data set windows' WindowTokens (one model,
    codebook size `base`)."""
    if stream not in STREAMS:
        raise ConfigError(f"stream must be one of {', '.join(STREAMS)}, got {stream!r}")
    if not tokens:
        raise ConfigError("no tokens to learn motifs from")
    model = {t.model_id for t in tokens}
    if len(model) != 1:
        raise ConfigError(f"tokens of several models: {sorted(model)}")
    m = Motifs(base, [], stream, model.pop())
    seqs = [seq for t in tokens for seq in (m.sequences(t) if isinstance(t, Tokens) else m.window_sequences(t))]
    m.merges, m.counts = fit(seqs, base, vocab)
    return m
