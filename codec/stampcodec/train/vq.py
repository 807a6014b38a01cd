"""Vector quantizer with one EMA codebook shared by every scale, and dead-code restarts.

The codebook is not trained by gradients: it follows an exponential moving average of the
encoder outputs assigned to each code (decay 0.99, Table 1). Statistics from all scales of one
forward pass are accumulated and applied once per optimisation step by `ema_step()`, so the
three tiers of one batch see the same codebook. Codes whose EMA usage falls below a fraction of
the mean usage are restarted on random encoder outputs of the batch: collapse is the classic
failure of VQ tokenizers; the trainer reports usage and perplexity every epoch to watch for it.
"""

from __future__ import annotations

import torch
from torch import nn


class SharedEMAQuantizer(nn.Module):
    def __init__(self, codebook_size: int, dim: int, decay: float = 0.99, dead_fraction: float = 0.03,
                 eps: float = 1e-5) -> None:
        super().__init__()
        self.codebook_size, self.dim, self.decay, self.dead_fraction, self.eps = codebook_size, dim, decay, dead_fraction, eps
        self.register_buffer("codebook", torch.randn(codebook_size, dim) * 0.1)
        self.register_buffer("cluster_size", torch.ones(codebook_size))
        self.register_buffer("embed_sum", self.codebook.clone())
        self.register_buffer("initialized", torch.zeros((), dtype=torch.bool))
        self._acc: list[tuple[torch.Tensor, torch.Tensor]] = []
        self.restarts = 0

    def nearest(self, flat: torch.Tensor) -> torch.Tensor:
        """Index of the nearest codeword (squared L2) for each row of flat (N, dim)."""
        e = self.codebook
        d = flat.pow(2).sum(1, keepdim=True) - 2.0 * flat @ e.t() + e.pow(2).sum(1)[None, :]
        return d.argmin(1)

    def forward(self, z: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """z (R, K, n) -> (straight-through quantized z, token indices (R, n), commitment MSE)."""
        r, k, n = z.shape
        flat = z.permute(0, 2, 1).reshape(-1, k)
        if self.training and not bool(self.initialized):
            self._init_from(flat.detach())
        idx = self.nearest(flat.detach())
        zq = self.codebook[idx].view(r, n, k).permute(0, 2, 1)
        commit = (z - zq.detach()).pow(2).mean()
        if self.training:
            self._acc.append((flat.detach(), idx))
        # Straight-through in training; the exact codeword otherwise, so encode->decode is bit-exact.
        out = z + (zq - z).detach() if self.training else zq
        return out, idx.view(r, n), commit

    def _init_from(self, flat: torch.Tensor) -> None:
        # Data-dependent start: codewords on random encoder outputs (with replacement if the
        # first batch is small), so no code starts in a region the encoder never visits.
        pick = torch.randint(0, flat.shape[0], (self.codebook_size,))
        self.codebook.copy_(flat[pick])
        self.embed_sum.copy_(flat[pick])
        self.cluster_size.fill_(1.0)
        self.initialized.fill_(True)

    @torch.no_grad()
    def ema_step(self) -> None:
        """Apply the statistics accumulated since the last step, then restart dead codes."""
        if not self._acc:
            return
        flat = torch.cat([f for f, _ in self._acc])
        idx = torch.cat([i for _, i in self._acc])
        self._acc.clear()
        onehot_counts = torch.bincount(idx, minlength=self.codebook_size).to(flat.dtype)
        sums = torch.zeros_like(self.embed_sum).index_add_(0, idx, flat)
        self.cluster_size.mul_(self.decay).add_(onehot_counts, alpha=1 - self.decay)
        self.embed_sum.mul_(self.decay).add_(sums, alpha=1 - self.decay)
        total = self.cluster_size.sum()
        # Laplace smoothing keeps rarely used codes from dividing by ~0.
        size = (self.cluster_size + self.eps) / (total + self.codebook_size * self.eps) * total
        self.codebook.copy_(self.embed_sum / size[:, None])
        dead = self.cluster_size < self.dead_fraction * self.cluster_size.mean()
        n_dead = int(dead.sum())
        if n_dead:
            pick = torch.randint(0, flat.shape[0], (n_dead,))
            self.codebook[dead] = flat[pick]
            self.embed_sum[dead] = flat[pick]
            self.cluster_size[dead] = 1.0
            self.restarts += n_dead

    def discard_pending(self) -> None:
        self._acc.clear()

