"""Scores for generated time series, after TimeGAN's and as seeds 001/004 report them (needs
torch: the [train] extra).

  discriminative score  a post-hoc classifier is trained to tell real windows from synthetic
                        ones (80% of a balanced set) and tested on the rest: |accuracy - 0.5|,
                        0 when it cannot tell them apart.
  predictive score      a one-step forecaster is trained on synthetic windows to predict each
                        next step from the steps before it, then tested on real windows: mean
                        absolute error (train on synthetic, test on real).

TimeGAN uses 2-layer GRUs on windows of 24 steps. On windows of hundreds of samples a GRU
costs minutes per score on a CPU, so both networks here are small 1-D convolutional nets
(the classifier: three strided convolutions and a global max and mean; the forecaster: a
causal dilated stack seeing 32 past steps). Scores are therefore comparable between methods
measured here, not with the papers' tables. Both are stochastic (training): fixed seeds make
them repeatable on one machine; report the mean over seeds.
"""

from __future__ import annotations

import numpy as np


def _classifier(channels: int, width: int = 16):
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.conv = nn.Sequential(
                nn.Conv1d(channels, width, 9, stride=2, padding=4), nn.ReLU(),
                nn.Conv1d(width, width, 9, stride=2, padding=4), nn.ReLU(),
                nn.Conv1d(width, width, 9, stride=2, padding=4), nn.ReLU())
            self.head = nn.Linear(2 * width, 1)

        def forward(self, x):
            h = self.conv(x)
            return self.head(torch_cat(h.amax(-1), h.mean(-1)))[:, 0]

    return Net()


def torch_cat(a, b):
    import torch

    return torch.cat([a, b], dim=-1)


def _forecaster(channels: int, width: int = 16):
    import torch
    from torch import nn

    class Net(nn.Module):
        """Causal: output t sees inputs <= t (left padding only); receptive field 32 steps."""

        def __init__(self) -> None:
            super().__init__()
            self.layers = nn.ModuleList()
            c = channels
            for d in (1, 2, 4, 8, 16):
                self.layers.append(nn.Conv1d(c, width, 2, dilation=d))
                c = width
            self.head = nn.Conv1d(width, channels, 1)

        def forward(self, x):
            for conv in self.layers:
                x = torch.relu(conv(nn.functional.pad(x, (conv.dilation[0], 0))))
            return self.head(x)

    return Net()


def _tensor(x: np.ndarray):
    import torch

    return torch.from_numpy(np.nan_to_num(np.asarray(x, dtype=np.float32)))


def discriminative_score(real: np.ndarray, synth: np.ndarray, seed: int = 0, steps: int = 300,
                         batch: int = 64) -> float:
    """real, synth (N, C, T) -> |test accuracy - 0.5| of a classifier telling them apart."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    n = min(len(real), len(synth))
    x = _tensor(np.concatenate([real[rng.permutation(len(real))[:n]], synth[rng.permutation(len(synth))[:n]]]))
    y = torch.cat([torch.ones(n), torch.zeros(n)])
    order = rng.permutation(2 * n)
    cut = int(0.8 * 2 * n)
    tr, te = order[:cut], torch.from_numpy(order[cut:])
    net = _classifier(x.shape[1])
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(steps):
        idx = torch.from_numpy(rng.choice(tr, size=min(batch, len(tr)), replace=False))
        loss = nn.functional.binary_cross_entropy_with_logits(net(x[idx]), y[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = float(((net(x[te]) > 0).float() == y[te]).float().mean())
    return abs(acc - 0.5)


def predictive_score(real: np.ndarray, synth: np.ndarray, seed: int = 0, steps: int = 300, batch: int = 64) -> float:
    """Train a causal forecaster on synthetic windows (N, C, T) to predict step t+1 from steps
    <= t (every channel); return its mean absolute error on the real windows."""
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    xs, xr = _tensor(synth), _tensor(real)
    net = _forecaster(xs.shape[1])
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(steps):
        b = xs[torch.from_numpy(rng.choice(len(xs), size=min(batch, len(xs)), replace=False))]
        loss = (net(b[:, :, :-1]) - b[:, :, 1:]).abs().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        total = sum(float((net(xr[a:a + 512, :, :-1]) - xr[a:a + 512, :, 1:]).abs().sum())
                    for a in range(0, len(xr), 512))
    return total / (xr.shape[0] * xr.shape[1] * (xr.shape[2] - 1))
