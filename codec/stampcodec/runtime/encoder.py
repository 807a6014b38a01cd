"""Encoding: samples -> tokens with the closed-loop residual cascade, in numpy.

Same arithmetic as stampcodec.train.model.StampModel.forward in eval mode: per scale, average-pool
the residual by s, correlate with the dictionary at hop L/2 (padding L/4), add the conv net's
correction (conv3-GELU-conv3-GELU-conv1), pick the nearest codeword, synthesize the tier and
subtract it from the signal before the next, finer scale. Computed in float64, so its tokens
agree with the float32 PyTorch model except where two codewords are within float32 rounding of
each other (tests/test_runtime.py counts these).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from stampcodec import budget
from stampcodec.bundle import Bundle
from stampcodec.errors import BundleError
from stampcodec.runtime.activations import gelu_inplace
from stampcodec.runtime.decoder import synthesize_tier, with_silence

_NET = (("encoder.net.0.weight", "encoder.net.0.bias"), ("encoder.net.2.weight", "encoder.net.2.bias"),
        ("encoder.net.4.weight", "encoder.net.4.bias"))


def net_layers(bundle: Bundle) -> list[tuple[np.ndarray, np.ndarray]]:
    """The analysis net's (weight, bias) per layer as the bundle stores them (torch Conv1d layout:
    (out, in, taps)); BundleError for a decode-only bundle, which has none."""
    missing = [n for pair in _NET for n in pair if n not in bundle.tensors]
    if missing:
        raise BundleError(f"bundle lacks encoder weights: {', '.join(missing)} (a decode-only bundle cannot encode)")
    return [(bundle.tensors[w], bundle.tensors[b]) for w, b in _NET]


_CHUNK = 256  # tokens per pass through the net: its products, activations and distances stay in cache
_PASS_ROWS = 2048  # at most (rows x tokens) per pass, so many channels do not grow the buffers past ~10 MB


def _chunk(rows: int, tokens: int) -> int:
    """Tokens per pass for `rows` rows of `tokens` tokens."""
    return min(tokens, _CHUNK, max(32, _PASS_ROWS // rows))


def _conv3(p: np.ndarray, out: np.ndarray) -> np.ndarray:
    """out[:, t] = p[:, t, tap 0] + p[:, t + 1, tap 1] + p[:, t + 2, tap 2]: a 3-wide convolution
    from one product of its input with the three taps side by side (R, m + 2, 3 O) -> out (R, m, O).
    Copying the input's taps into one matrix instead (im2col) moved three times the data."""
    m, o = out.shape[1], out.shape[2]
    np.add(p[:, :m, :o], p[:, 1:m + 1, o:2 * o], out=out)
    out += p[:, 2:m + 2, 2 * o:]
    return out


def _shaped(buf: np.ndarray, *shape: int) -> np.ndarray:
    """The first prod(shape) values of a flat buffer as a C-contiguous array of that shape."""
    return buf[:math.prod(shape)].reshape(shape)


def _product(a: np.ndarray, w: np.ndarray, out: np.ndarray) -> np.ndarray:
    """a (R, m, I) @ w (I, O) into out (R, m, O), C-contiguous: one BLAS call for all rows, not one
    per row (small products are where threaded BLAS loses its time)."""
    np.matmul(a.reshape(-1, a.shape[-1]), w, out=out.reshape(-1, w.shape[1]))
    return out


class _Workspace(threading.local):
    """Flat float64 buffers by name, kept between calls and grown when a call needs more: fresh
    megabyte-sized arrays cost their page faults again on every call. One set per thread, so an
    encoder may serve several threads at once."""

    def __init__(self) -> None:
        self.buffers: dict[str, np.ndarray] = {}

    def get(self, name: str, size: int) -> np.ndarray:
        buf = self.buffers.get(name)
        if buf is None or buf.size < size:
            buf = self.buffers[name] = np.empty(size)
        return buf


class NumpyEncoder:
    def __init__(self, bundle: Bundle, options: object = None) -> None:
        cfg = self.config = bundle.config
        layers = [(w.astype(np.float64), b.astype(np.float64)) for w, b in net_layers(bundle)]
        taps = [w.shape[2] for w, _ in layers]
        if taps != [3, 3, 1]:
            raise BundleError(f"encoder net has kernel sizes {taps}; this encoder runs the model's 3, 3, 1")
        # (Cin, taps * Cout): column j * Cout + o gives output o its tap at offset j - 1
        self.mats = [(w.transpose(1, 2, 0).reshape(w.shape[1], -1).copy(), b) for w, b in layers]
        self.atoms_t = np.ascontiguousarray(bundle.dictionary.astype(np.float64).reshape(cfg.n_atoms, -1).T)
        self.codebook = bundle.codebook.astype(np.float64)
        self.code_sq = (self.codebook ** 2).sum(1)
        # 2 codebook^T: scaling by 2 is exact, so z @ (2 C)^T - |C|^2 = -(|C|^2 - 2 z C^T) to the bit
        self.codebook2_t = np.ascontiguousarray(2.0 * self.codebook.T)
        self.waves = np.einsum("vk,kcl->vcl", self.codebook, bundle.dictionary.astype(np.float64))
        self.waves_skip = with_silence(self.waves)  # a skipped token (stampcodec.budget) adds nothing
        self._work = _Workspace()

    def _net(self, pooled: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
        """f_theta(x; D) on (R, Ca, m) pooled residuals, m a multiple of the hop, _CHUNK tokens at a
        time (fewer for many rows): yields (first token, z (R, chunk, K)), z in a buffer the next
        chunk reuses. Each chunk computes the two tokens of context either side that the 3-wide
        layers need. The buffers are the thread's workspace, kept between calls."""
        cfg = self.config
        pad = cfg.atom_length // 4
        xp = np.pad(pooled, ((0, 0), (0, 0), (pad, pad)))
        # windows (R, n, Ca, L) at stride hop
        win = sliding_window_view(xp, cfg.atom_length, axis=2)[:, :, ::cfg.hop].transpose(0, 2, 1, 3)
        r, n, ca, ln = win.shape
        k, b = cfg.n_atoms, _chunk(r, n)
        (w0, b0), (w1, b1), (w2, b2) = self.mats
        hidden = w0.shape[1] // 3
        # flat buffers: the chunk's arrays are their first values, contiguous at every chunk size
        work = self._work
        c = _shaped(work.get("c", r * (b + 4) * k), r, b + 4, k)  # tokens a-2 .. a+m+1; zero outside the row
        taps0, taps1 = work.get("taps0", r * (b + 4) * 3 * hidden), work.get("taps1", r * (b + 2) * 3 * hidden)
        h0, h1, scratch = (work.get(name, r * (b + 2) * hidden) for name in ("h0", "h1", "scratch"))
        z = work.get("z", r * b * k)
        for a in range(0, n, b):
            m = min(n, a + b) - a
            lo, hi = max(a - 2, 0), min(a + m + 2, n)
            c[:, :lo - a + 2] = 0.0
            c[:, hi - a + 2:m + 4] = 0.0
            np.matmul(win[:, lo:hi].reshape(r, hi - lo, ca * ln), self.atoms_t, out=c[:, lo - a + 2:hi - a + 2])
            h = _conv3(_product(c[:, :m + 4], w0, _shaped(taps0, r, m + 4, 3 * hidden)), _shaped(h0, r, m + 2, hidden))
            h += b0  # tokens a-1 .. a+m
            gelu_inplace(h, _shaped(scratch, r, m + 2, hidden))
            if a == 0:
                h[:, 0] = 0.0  # the second layer's zero padding, not gelu(layer 1) of padding
            if a + m == n:
                h[:, m + 1] = 0.0
            g = _conv3(_product(h, w1, _shaped(taps1, r, m + 2, 3 * hidden)), _shaped(h1, r, m, hidden))
            g += b1
            gelu_inplace(g, _shaped(scratch, r, m, hidden))
            out = _product(g, w2, _shaped(z, r, m, k))
            out += b2
            out += c[:, 2:m + 2]
            yield a, out

    def activations(self, pooled: np.ndarray) -> np.ndarray:
        """f_theta(x; D) on (R, Ca, m) pooled residuals, m a multiple of the hop -> (R, m/hop, K)."""
        cfg = self.config
        z = np.empty((pooled.shape[0], pooled.shape[2] // cfg.hop, cfg.n_atoms))
        for a, chunk in self._net(pooled):
            z[:, a:a + chunk.shape[1]] = chunk
        return z

    def nearest(self, z: np.ndarray, scores: np.ndarray | None = None) -> np.ndarray:
        """(R, n, K) -> (R, n) index of the nearest codeword in squared L2 (the first of equals).
        `scores`, a flat float64 buffer of at least R n V values, saves allocating the distances."""
        r, n, k = z.shape
        out = None if scores is None else _shaped(scores, r * n, len(self.code_sq))
        score = np.matmul(z.reshape(r * n, k), self.codebook2_t, out=out)
        # |z|^2 is the same for every codeword; argmax of -(|C|^2 - 2 z C^T) is argmin's index
        score -= self.code_sq
        return score.argmax(axis=-1).reshape(r, n)

    def _tokens(self, pooled: np.ndarray, keep_z: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """One scale's choices (R, n) and, if keep_z, its activations (R, n, K)."""
        r, n = pooled.shape[0], pooled.shape[2] // self.config.hop
        idx = np.empty((r, n), dtype=np.intp)
        z = np.empty((r, n, self.config.n_atoms)) if keep_z else None
        scores = self._work.get("scores", r * _chunk(r, n) * len(self.code_sq))
        for a, chunk in self._net(pooled):
            m = chunk.shape[1]
            idx[:, a:a + m] = self.nearest(chunk, scores)
            if z is not None:
                z[:, a:a + m] = chunk
        return idx, z

    def encode_rows(self, rows: np.ndarray, on_scale: Callable[[np.ndarray, np.ndarray], None] | None = None,
                    skip: np.ndarray | None = None) -> list[np.ndarray]:
        """rows (R, Ca, T), finite, T a multiple of the config's block -> tokens per scale (R, n_s) int64.
        on_scale(z, tokens), if given, sees each scale's activations (R, n_s, K) and choices.
        skip (R,): lambda per row (NaN: none) for skipping tokens that do not pay for their bits
        (stampcodec.budget; a skipped token is V)."""
        cfg = self.config
        x = np.asarray(rows, dtype=np.float64)
        r, ca, length = x.shape
        if length % cfg.block:
            raise ValueError(f"length {length} is not a multiple of the block ({cfg.block})")
        recon = np.zeros_like(x)
        residual = x
        tokens: list[np.ndarray] = []
        for s in cfg.scales:
            pooled = residual.reshape(r, ca, length // s, s).mean(axis=3) if s > 1 else residual
            idx, z = self._tokens(pooled, keep_z=on_scale is not None)
            if skip is not None:
                tier = synthesize_tier(idx, self.waves, cfg.hop, 1)
                added = budget.error_change(pooled, tier, self.waves, idx, cfg.hop, s)
                idx = budget.choose(idx, added, np.asarray(skip, dtype=np.float64), cfg.codebook_size)
            if on_scale is not None:
                assert z is not None
                on_scale(z, idx)
            tokens.append(idx.astype(np.int64))
            recon += synthesize_tier(idx, self.waves_skip, cfg.hop, s)
            residual = np.subtract(x, recon, out=None if residual is x else residual)
        return tokens
