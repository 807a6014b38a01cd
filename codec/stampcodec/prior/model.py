"""The token prior's network in numpy (stampcodec.prior.exact arithmetic): frequency tables for
coding, probabilities for sampling.

For each token, in coding order (stampcodec.prior.structure), the network starts from a learned
query for the token's kind (scale and phase), and in each layer attends to its slots -- the
coarser tokens around it and the earlier tokens of its scale -- with a learned bias per head,
scale pair and distance, then applies a ReLU MLP; a linear head gives logits over the codebook.
A slot's key and value depend only on its token and kind, so they are tables computed once.
Queries of one scale do not see each other's states, only tokens: the states of a whole frame
can be computed at once (encoding, training) or one token at a time (decoding), with the same
result to the bit.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from stampcodec.errors import ConfigError
from stampcodec.prior import exact
from stampcodec.prior.structure import Structure, kinds, relative_positions, structure

TOTAL_BITS = 16  # frequency tables sum to at most 2^16 (the range coder's limit)
ATTN_BITS = 20
LOGIT_BITS = 24


@dataclass(frozen=True)
class PriorConfig:
    scales: tuple[int, ...]  # the codec model's pooling factors, coarse first
    codebook_size: int
    dim: int = 64
    heads: int = 4
    layers: int = 2
    hidden: int = 128
    window: int = 16  # hops each side a token looks at

    def check(self) -> None:
        ok = (len(self.scales) >= 1 and all(isinstance(p, int) and p >= 1 for p in self.scales)
              and all(self.scales[0] % p == 0 for p in self.scales) and list(self.scales) == sorted(set(self.scales), reverse=True)
              and 2 <= self.codebook_size <= 4096 and 1 <= self.heads <= 64 and self.dim % self.heads == 0
              and 4 <= self.dim <= 512 and 1 <= self.layers <= 16 and 4 <= self.hidden <= 512
              and self.scales[0] <= self.window <= 256)
        if not ok:
            raise ConfigError(f"prior configuration out of range: {self}")

    def to_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, d: dict) -> PriorConfig:
        try:
            cfg = cls(**{**d, "scales": tuple(int(p) for p in d["scales"])})
        except (TypeError, KeyError, ValueError) as e:
            raise ConfigError(f"bad prior configuration: {e}") from None
        if not all(isinstance(v, int) for k, v in d.items() if k != "scales"):
            raise ConfigError(f"bad prior configuration: {d}")
        cfg.check()
        return cfg


def tensor_shapes(cfg: PriorConfig) -> dict[str, tuple[int, ...]]:
    """Every tensor a prior holds, and its shape."""
    d, v, p = cfg.dim, cfg.codebook_size, kinds(cfg.scales)
    shapes: dict[str, tuple[int, ...]] = {"embed": (v, d), "kind_embed": (p, d), "query_embed": (p, d),
                                          "content_norm": (d,), "out_norm": (d,), "out": (d, v), "out_bias": (v,)}
    for i in range(cfg.layers):
        shapes.update({f"l{i}.norm_q": (d,), f"l{i}.wq": (d, d), f"l{i}.wk": (d, d), f"l{i}.wv": (d, d),
                       f"l{i}.wo": (d, d), f"l{i}.bias": (cfg.heads, relative_positions(cfg.scales, cfg.window)),
                       f"l{i}.norm_m": (d,), f"l{i}.w1": (d, cfg.hidden), f"l{i}.b1": (cfg.hidden,),
                       f"l{i}.w2": (cfg.hidden, d), f"l{i}.b2": (d,)})
    return shapes


MATRICES = ("wq", "wk", "wv", "wo", "w1", "w2", "out")


def is_matrix(name: str) -> bool:
    return name.rsplit(".", 1)[-1] in MATRICES


class PriorNet:
    """Integer tensors (name -> (int32 array, bits)) -> the network, with its key/value tables."""

    def __init__(self, cfg: PriorConfig, ints: dict[str, tuple[np.ndarray, int]]) -> None:
        self.cfg = cfg
        self.ints = ints
        # matrices stay integers (exact products); everything else becomes its float value
        self.w = {k: (a.astype(np.float64) if is_matrix(k) else a.astype(np.float64) * 2.0 ** -b, b)
                  for k, (a, b) in ints.items()}
        content = self._f("embed")[None, :, :] + self._f("kind_embed")[:, None, :]  # (P, V, d)
        content = exact.rmsnorm(content, self._f("content_norm"))
        h, dh = cfg.heads, cfg.dim // cfg.heads
        self.keys = [self._mm(content, f"l{i}.wk").reshape(-1, h, dh) for i in range(cfg.layers)]  # (P V, H, dh)
        self.values = [self._mm(content, f"l{i}.wv").reshape(-1, h, dh) for i in range(cfg.layers)]

    def _f(self, name: str) -> np.ndarray:
        return self.w[name][0]

    def _mm(self, x: np.ndarray, name: str) -> np.ndarray:
        w, b = self.w[name]
        return exact.matmul(x, w, b)

    def logits(self, kind: np.ndarray, keyed: np.ndarray, rel: np.ndarray) -> np.ndarray:
        """Queries of kinds (Q,), slots as key-table indices (Q, K) (-1: empty) with relative
        positions (Q, K) -> logits (Q, V)."""
        cfg = self.cfg
        h, dh = cfg.heads, cfg.dim // cfg.heads
        valid = keyed >= 0
        safe = np.where(valid, keyed, 0)
        g = self._f("query_embed")[kind]
        for i in range(cfg.layers):
            q = self._mm(exact.rmsnorm(g, self._f(f"l{i}.norm_q")), f"l{i}.wq").reshape(-1, h, dh)
            qi = exact.grid(q, exact.NORM_BITS, exact.NORM_LIMIT)
            ki = exact.grid(self.keys[i][safe], exact.NORM_BITS, exact.NORM_LIMIT)  # (Q, K, H, dh)
            dot = np.einsum("qhd,qkhd->qhk", qi, ki)
            scores = dot * float(2.0 ** (-2 * exact.NORM_BITS)) * (1.0 / np.sqrt(dh)) + self._f(f"l{i}.bias")[:, rel].transpose(1, 0, 2)
            wts = exact.softmax_counts(scores, valid[:, None, :], ATTN_BITS)  # (Q, H, K)
            vi = exact.grid(self.values[i][safe], exact.NORM_BITS, exact.NORM_LIMIT)
            o = np.einsum("qhk,qkhd->qhd", wts, vi) / np.maximum(wts.sum(-1), 1.0)[:, :, None] * float(2.0 ** -exact.NORM_BITS)
            g = g + self._mm(o.reshape(-1, cfg.dim), f"l{i}.wo")
            m = np.maximum(self._mm(exact.rmsnorm(g, self._f(f"l{i}.norm_m")), f"l{i}.w1") + self._f(f"l{i}.b1"), 0.0)
            g = g + (self._mm(m, f"l{i}.w2") + self._f(f"l{i}.b2"))
        return self._mm(exact.rmsnorm(g, self._f("out_norm")), "out") + self._f("out_bias")


def frequencies(logits: np.ndarray) -> np.ndarray:
    """Logits (Q, V) -> integer frequencies (Q, V), each >= 1, each row summing to <= 2^16."""
    v = logits.shape[-1]
    e = exact.softmax_counts(logits, np.ones(logits.shape, dtype=bool), LOGIT_BITS)
    return (np.floor(e * float((1 << TOTAL_BITS) - v) / e.sum(-1, keepdims=True)) + 1).astype(np.int64)


def token_keys(st: Structure, tokens: np.ndarray, n_codebook: int) -> np.ndarray:
    """Key-table index (kind * V + token) of each token in coding order (..., N); -1 where the
    token is not known yet (tokens < 0)."""
    return np.where(tokens >= 0, st.kind * n_codebook + tokens, -1)


def gather_slots(keys: np.ndarray, slots: np.ndarray) -> np.ndarray:
    """token_keys (..., N) at slot positions (one position's (K,) or every position's (N, K));
    -1 where a slot is empty or its token not known."""
    return np.where(slots >= 0, keys[..., np.maximum(slots, 0)], -1)


def slot_keys(st: Structure, tokens: np.ndarray, n_codebook: int) -> np.ndarray:
    """Key-table indices of every token's slots (N, K)."""
    return gather_slots(token_keys(st, tokens, n_codebook), st.slots)


def row_structure(cfg: PriorConfig, blocks: int) -> Structure:
    return structure(cfg.scales, cfg.window, blocks)
