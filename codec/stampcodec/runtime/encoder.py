"""Encoding: samples -> tokens with the closed-loop residual cascade, in numpy.

Same arithmetic as stampcodec.train.model.StampModel.forward in eval mode: per scale, average-pool
the residual by s, correlate with the dictionary at hop L/2 (padding L/4), add the conv net's
correction (conv3-GELU-conv3-GELU-conv1), pick the nearest codeword, synthesize the tier and
subtract it from the signal before the next, finer scale. Computed in float64, so its tokens
agree with the float32 PyTorch model except where two codewords are within float32 rounding of
each other (tests/test_runtime.py counts these).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from stampcodec import budget
from stampcodec.bundle import Bundle
from stampcodec.errors import BundleError
from stampcodec.runtime.activations import gelu
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


def _conv_same(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """torch Conv1d(padding=k//2) on (R, n, Cin) time-major activations -> (R, n, Cout)."""
    cout, cin, k = weight.shape
    r, n, _ = x.shape
    if k == 1:
        return x @ weight[:, :, 0].T + bias
    half = k // 2
    xp = np.zeros((r, n + 2 * half, cin), dtype=x.dtype)
    xp[:, half:half + n] = x
    # out[t] = sum_j W[:, :, j] x[t + j - half]: one matmul over the stacked taps
    taps = np.concatenate([xp[:, j:j + n] for j in range(k)], axis=2)  # (R, n, k*Cin)
    w = weight.transpose(2, 1, 0).reshape(k * cin, cout)
    return taps @ w + bias


class NumpyEncoder:
    def __init__(self, bundle: Bundle, options: object = None) -> None:
        cfg = self.config = bundle.config
        self.layers = [(w.astype(np.float64), b.astype(np.float64)) for w, b in net_layers(bundle)]
        self.atoms = bundle.dictionary.astype(np.float64).reshape(cfg.n_atoms, -1)  # (K, Ca*L)
        self.codebook = bundle.codebook.astype(np.float64)
        self.code_sq = (self.codebook ** 2).sum(1)
        self.waves = np.einsum("vk,kcl->vcl", self.codebook, bundle.dictionary.astype(np.float64))
        self.waves_skip = with_silence(self.waves)  # a skipped token (stampcodec.budget) adds nothing

    def activations(self, pooled: np.ndarray) -> np.ndarray:
        """f_theta(x; D) on (R, Ca, m) pooled residuals, m a multiple of the hop -> (R, m/hop, K)."""
        cfg = self.config
        pad = cfg.atom_length // 4
        xp = np.pad(pooled, ((0, 0), (0, 0), (pad, pad)))
        # windows (R, Ca, n, L) at stride hop -> (R, n, Ca*L)
        win = sliding_window_view(xp, cfg.atom_length, axis=2)[:, :, ::cfg.hop]
        r, ca, n, ln = win.shape
        c = win.transpose(0, 2, 1, 3).reshape(r, n, ca * ln) @ self.atoms.T
        (w0, b0), (w1, b1), (w2, b2) = self.layers
        h = gelu(_conv_same(c, w0, b0))
        h = gelu(_conv_same(h, w1, b1))
        return c + _conv_same(h, w2, b2)

    def nearest(self, z: np.ndarray) -> np.ndarray:
        """(R, n, K) -> (R, n) index of the nearest codeword in squared L2."""
        d = self.code_sq - 2.0 * (z @ self.codebook.T)  # |z|^2 is the same for every codeword
        return d.argmin(axis=-1)

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
            z = self.activations(pooled)
            idx = self.nearest(z)
            if skip is not None:
                tier = synthesize_tier(idx, self.waves, cfg.hop, 1)
                added = budget.error_change(pooled, tier, self.waves, idx, cfg.hop, s)
                idx = budget.choose(idx, added, np.asarray(skip, dtype=np.float64), cfg.codebook_size)
            if on_scale is not None:
                on_scale(z, idx)
            tokens.append(idx.astype(np.int64))
            recon = recon + synthesize_tier(idx, self.waves_skip, cfg.hop, s)
            residual = x - recon
        return tokens
