"""The STAMP model: shared atom dictionary, analysis encoder, shared VQ codebook, residual cascade
over scales and additive transposed-convolution decoder (paper sec. 2, Alg. B.2).

Tensor layout: a batch of signals (B, C, T) becomes "rows" the cascade works on: (B*C, 1, T) in
independent mode (each channel its own token stream, univariate atoms), (B, C, T) in joint mode.

Synthesis of one tier (the exact definition every runtime reproduces, see docs/MODEL.md):
  1. look up codewords: zq[:, :, t] = codebook[token[t]]            (K values per token)
  2. transposed convolution with the dictionary at the pooled rate: stride L/2, padding L/4,
     so token t's atoms cover pooled samples [t*L/2 - L/4, t*L/2 + 3L/4)
  3. upsample by s with linear interpolation, half-pixel centres, edges clamped
     (torch F.interpolate(mode="linear", align_corners=False); ONNX Resize "half_pixel"; TFLite
     resize_bilinear(half_pixel_centers=True)).
Decoding is therefore a pure function of (tokens, dictionary, codebook, config).
"""

from __future__ import annotations

import math

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from stampcodec.bundle import Bundle
from stampcodec.config import StampConfig
from stampcodec.train.vq import SharedEMAQuantizer


class AnalysisEncoder(nn.Module):
    """f_theta(x; D): correlation with the dictionary at hop L/2, then a small conv net (hidden H)
    with a skip connection, giving one K-dim activation per token position."""

    def __init__(self, cfg: StampConfig) -> None:
        super().__init__()
        k, h = cfg.n_atoms, cfg.encoder_hidden
        self.pad = cfg.atom_length // 4
        self.hop = cfg.hop
        self.net = nn.Sequential(
            nn.Conv1d(k, h, 3, padding=1), nn.GELU(),
            nn.Conv1d(h, h, 3, padding=1), nn.GELU(),
            nn.Conv1d(h, k, 1),
        )
        # Start as the plain correlation; the net learns a correction on top of it.
        nn.init.zeros_(self.net[-1].weight)
        nn.init.zeros_(self.net[-1].bias)

    def forward(self, x: torch.Tensor, dictionary: torch.Tensor) -> torch.Tensor:
        c = F.conv1d(F.pad(x, (self.pad, self.pad)), dictionary, stride=self.hop)
        return c + self.net(c)


class StampModel(nn.Module):
    def __init__(self, cfg: StampConfig) -> None:
        super().__init__()
        self.cfg = cfg
        k, ca, ln = cfg.n_atoms, cfg.atom_channels, cfg.atom_length
        atoms = torch.randn(k, ca, ln)
        # Unit-energy atoms tapered by a Hann window: overlapping halves then add up smoothly.
        atoms = atoms * torch.hann_window(ln, periodic=False)
        atoms = atoms / atoms.flatten(1).norm(dim=1)[:, None, None]
        self.dictionary = nn.Parameter(atoms)
        self.encoder = AnalysisEncoder(cfg)
        self._calibrate_gain()
        self.vq = SharedEMAQuantizer(cfg.codebook_size, k, cfg.ema_decay, cfg.dead_code_fraction)

    @torch.no_grad()
    def _calibrate_gain(self) -> None:
        """Scale the atoms so that synthesis(analysis(x)) has unit gain on white noise at init.
        K overlapping atoms per hop otherwise amplify the first tier several-fold and the
        cascade starts from a residual larger than the signal."""
        probe = torch.randn(4, self.cfg.atom_channels, 16 * self.cfg.atom_length)
        z = F.conv1d(F.pad(probe, (self.cfg.atom_length // 4,) * 2), self.dictionary, stride=self.cfg.hop)
        y = F.conv_transpose1d(z, self.dictionary, stride=self.cfg.hop, padding=self.cfg.atom_length // 4)
        gain = float((y * probe).sum() / (probe * probe).sum())
        self.dictionary.mul_(1.0 / math.sqrt(max(gain, 1e-6)))
        self.register_buffer("atom_norm", self.dictionary.detach().flatten(1).norm(dim=1).clone())

    @torch.no_grad()
    def project_atoms(self) -> None:
        """Hold every atom at its initial norm (called after each optimizer step). D appears in
        both analysis and synthesis, so the reconstruction gain grows with |D|^2 and the EMA
        codebook lags behind any change of scale; fixing the norms (the usual convention of
        convolutional sparse coding) leaves scale to the codebook and keeps training stable."""
        norms = self.dictionary.flatten(1).norm(dim=1).clamp_min(1e-12)
        self.dictionary.mul_((self.atom_norm / norms)[:, None, None])

    # --- rows <-> signals ---------------------------------------------------------------
    def to_rows(self, x: torch.Tensor) -> torch.Tensor:
        b, c, t = x.shape
        if self.cfg.mode == "independent":
            return x.reshape(b * c, 1, t)
        if c != self.cfg.channels:
            raise ValueError(f"joint model expects {self.cfg.channels} channels, got {c}")
        return x

    def from_rows(self, rows: torch.Tensor, batch: int) -> torch.Tensor:
        if self.cfg.mode == "independent":
            return rows.reshape(batch, -1, rows.shape[-1])
        return rows

    # --- synthesis ------------------------------------------------------------------------
    def synthesize(self, zq: torch.Tensor, scale: int) -> torch.Tensor:
        """One tier: (R, K, n) activations -> (R, atom_channels, n * L/2 * scale) samples."""
        hop = self.cfg.hop
        y = F.conv_transpose1d(zq, self.dictionary, stride=hop, padding=self.cfg.atom_length // 4)
        if scale > 1:
            y = F.interpolate(y, size=y.shape[-1] * scale, mode="linear", align_corners=False)
        return y

    @torch.no_grad()
    def decode_tokens(self, tokens: list[torch.Tensor], length: int, batch: int, scales: int | None = None) -> torch.Tensor:
        """Tokens per scale, each (R, n_s) int64 -> signals (B, C, length). `scales` keeps only the
        first (coarsest) tiers: the paper's coarse-only preview."""
        use = len(self.cfg.scales) if scales is None else scales
        total = None
        for s, tok in list(zip(self.cfg.scales, tokens))[:use]:
            zq = self.vq.codebook[tok].permute(0, 2, 1)
            tier = self.synthesize(zq, s)
            total = tier if total is None else total + tier
        assert total is not None
        return self.from_rows(total[..., :length], batch)

    # --- the cascade ---------------------------------------------------------------------
    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, list[torch.Tensor], torch.Tensor, torch.Tensor]:
        """x (B, C, T), finite -> (reconstruction (B, C, T), tokens per scale, VQ commitment loss,
        activation energy mean(z^2) summed over scales)."""
        b, _, t = x.shape
        rows = self.to_rows(x)
        tp = self.cfg.layout.padded(t)
        # Replicate the last sample into the padding: a step to zero would waste bits on an edge.
        xp = F.pad(rows, (0, tp - t), mode="replicate") if tp > t else rows
        recon = torch.zeros_like(xp)
        residual = xp
        tokens: list[torch.Tensor] = []
        commit = xp.new_zeros(())
        energy = xp.new_zeros(())
        for s in self.cfg.scales:
            pooled = F.avg_pool1d(residual, s) if s > 1 else residual
            z = self.encoder(pooled, self.dictionary)
            zq, idx, c = self.vq(z)
            tokens.append(idx)
            commit = commit + c
            energy = energy + z.pow(2).mean()
            recon = recon + self.synthesize(zq, s)
            residual = xp - recon  # closed loop (Alg. B.2 line 12)
        return self.from_rows(recon[..., :t], b), tokens, commit, energy

    @torch.no_grad()
    def encode(self, x: torch.Tensor) -> list[torch.Tensor]:
        was = self.training
        self.eval()
        try:
            return self.forward(x)[1]
        finally:
            self.train(was)

    # --- bundle conversion ---------------------------------------------------------------
    def tensors(self) -> dict[str, np.ndarray]:
        out = {
            "dictionary": self.dictionary.detach().cpu().numpy().astype(np.float32),
            "codebook": self.vq.codebook.detach().cpu().numpy().astype(np.float32),
        }
        for name, p in self.encoder.state_dict().items():
            out[f"encoder.{name}"] = p.detach().cpu().numpy().astype(np.float32)
        return out

    def to_bundle(self, info: dict | None = None) -> Bundle:
        return Bundle(self.cfg, self.tensors(), dict(info or {}))

    @classmethod
    def from_bundle(cls, bundle: Bundle) -> "StampModel":
        m = cls(bundle.config)
        with torch.no_grad():
            m.dictionary.copy_(torch.from_numpy(bundle.dictionary))
            m.vq.codebook.copy_(torch.from_numpy(bundle.codebook))
            m.vq.initialized.fill_(True)
            enc = {k[len("encoder."):]: torch.from_numpy(v) for k, v in bundle.tensors.items() if k.startswith("encoder.")}
            missing = set(m.encoder.state_dict()) - set(enc)
            if missing:
                from stampcodec.errors import BundleError

                raise BundleError(f"bundle lacks encoder weights: {', '.join(sorted(missing))}")
            m.encoder.load_state_dict(enc)
        m.eval()
        return m


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())


def cosine_lr(step: int, total: int, lr: float, min_lr: float) -> float:
    if total <= 1:
        return lr
    return min_lr + 0.5 * (lr - min_lr) * (1 + math.cos(math.pi * min(step, total) / total))
