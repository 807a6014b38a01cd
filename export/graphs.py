"""Torch modules that are exported (ONNX, TFLite): the same arithmetic as the model, in shapes the
converters accept. Importing this needs torch (the [export] extra)."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from stampcodec.bundle import Bundle
from stampcodec.train.model import StampModel


class DecoderGraph(nn.Module):
    """Tokens per scale, each (R, q_s x blocks) int64 -> one tier per scale, (R, atom_channels,
    blocks x block) float32. The runner sums the first N tiers (coarse preview) and crops."""

    def __init__(self, bundle: Bundle) -> None:
        super().__init__()
        self.model = StampModel.from_bundle(bundle).eval()

    def forward(self, *tokens: torch.Tensor) -> tuple[torch.Tensor, ...]:
        m = self.model
        tiers = []
        for s, tok in zip(m.cfg.scales, tokens):
            zq = F.embedding(tok, m.vq.codebook).permute(0, 2, 1)
            tiers.append(m.synthesize(zq, s))
        return tuple(tiers)


class EncoderGraph(nn.Module):
    """Rows (R, atom_channels, blocks x block) float32, normalized and padded -> tokens per scale
    (R, q_s x blocks) int64: the closed-loop cascade with the nearest-codeword argmin."""

    def __init__(self, bundle: Bundle) -> None:
        super().__init__()
        self.model = StampModel.from_bundle(bundle).eval()

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, ...]:
        m = self.model
        recon = torch.zeros_like(x)
        residual = x
        e = m.vq.codebook
        e2 = e.pow(2).sum(1)
        tokens = []
        for s in m.cfg.scales:
            pooled = F.avg_pool1d(residual, s) if s > 1 else residual
            z = m.encoder(pooled, m.dictionary).permute(0, 2, 1)  # (R, n, K)
            idx = (e2 - 2.0 * z @ e.t()).argmin(-1)  # |z|^2 is common to every codeword
            tokens.append(idx)
            recon = recon + m.synthesize(F.embedding(idx, e).permute(0, 2, 1), s)
            residual = x - recon
        return tuple(tokens)


class ChunkSynthGraph(nn.Module):
    """Static shapes for TFLite: one row's tokens for `chunk_blocks` blocks per scale (int32) and a
    0/1 mask per token (float32) -> per scale the uncropped overlap-add line at the pooled rate,
    (atom_channels, n_s x hop + hop). The runner adds chunks into a frame's line, crops L/4 and
    upsamples (stampcodec.runtime.exported.TfliteRows).

    Tokens select rows of the codeword-waveform table W (V x atom_channels*L) by a one-hot matrix
    product rather than a gather: TFLite then sees one FULLY_CONNECTED with constant weights,
    which the quantizer can store in int8 or float16 (a gather's table it leaves in float32)."""

    def __init__(self, bundle: Bundle) -> None:
        super().__init__()
        cfg = bundle.config
        self.scales = cfg.scales
        self.hop = cfg.hop
        self.ca = cfg.atom_channels
        waves = np.einsum("vk,kcl->vcl", bundle.codebook.astype(np.float64), bundle.dictionary.astype(np.float64))
        self.register_buffer("waves", torch.from_numpy(waves.reshape(cfg.codebook_size, -1).astype(np.float32)))
        self.register_buffer("codes", torch.arange(cfg.codebook_size, dtype=torch.int32))

    def forward(self, *inputs: torch.Tensor) -> tuple[torch.Tensor, ...]:
        n_scales = len(self.scales)
        tokens, masks = inputs[:n_scales], inputs[n_scales:]
        hop, ca = self.hop, self.ca
        out = []
        for tok, mask in zip(tokens, masks):
            n = tok.shape[0]
            onehot = (tok[:, None] == self.codes[None, :]).float() * mask[:, None]  # (n, V)
            w = (onehot @ self.waves).reshape(n, ca, 2, hop)  # each waveform = two half-atoms
            pad = w.new_zeros(1, ca, hop)
            slots = torch.cat([w[:, :, 0], pad], 0) + torch.cat([pad, w[:, :, 1]], 0)  # (n + 1, Ca, hop)
            out.append(slots.permute(1, 0, 2).reshape(ca, (n + 1) * hop))
        return tuple(out)
