"""Train the App. E.4 FID feature extractor once and write it into the package.

    python -m stampcodec.train.fid_extractor [--out codec/stampcodec/metrics/fid_extractor.safetensors]

A SeqComb Single-vs-MV classifier on 256-step univariate windows (label 0: a Single sample,
label 1: one channel of an MV sample), seeded and deterministic on CPU.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch
from torch import nn

from stampcodec import tensorfile
from stampcodec.atomic import write_atomic
from stampcodec.datasets.seqcomb import generate
from stampcodec.metrics.fid import FORMAT_NAME, KERNEL, PAD, STRIDE, WINDOW

FEATURES = 64  # conv filters (the paper does not state it)
EMBED = 128


class Extractor(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv1d(1, FEATURES, KERNEL, stride=STRIDE, padding=PAD)
        self.proj = nn.Linear(FEATURES, EMBED)
        self.head = nn.Linear(EMBED, 2)

    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.proj(torch.relu(self.conv(x)).amax(dim=-1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(torch.relu(self.features(x)))


def dataset(split: str, n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    single = generate("single", n_samples=n, length=WINDOW, seed=seed).split(split).x[:, 0]
    mv = generate("mv", n_samples=n // 4, length=WINDOW, seed=seed).split(split).x.reshape(-1, WINDOW)
    x = np.concatenate([single, mv]).astype(np.float32)
    y = np.concatenate([np.zeros(len(single)), np.ones(len(mv))]).astype(np.int64)
    return x, y


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "metrics" / "fid_extractor.safetensors"))
    p.add_argument("--samples", type=int, default=8000)
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--seed", type=int, default=1234, help="distinct from the evaluation seed 0")
    a = p.parse_args(argv)
    torch.manual_seed(a.seed)
    xtr, ytr = dataset("train", a.samples, a.seed)
    xte, yte = dataset("test", a.samples, a.seed)
    model = Extractor()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    rng = np.random.default_rng(a.seed)
    xt, yt = torch.from_numpy(xtr[:, None]), torch.from_numpy(ytr)
    for epoch in range(a.epochs):
        order = torch.from_numpy(rng.permutation(len(xt)))
        for i in range(0, len(order), 128):
            idx = order[i:i + 128]
            loss = nn.functional.cross_entropy(model(xt[idx]), yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            acc = float((model(torch.from_numpy(xte[:, None])).argmax(1).numpy() == yte).mean())
        print(f"epoch {epoch + 1}: loss {loss.item():.4f}  held-out accuracy {acc:.3f}")
    tensors = {k: v.detach().numpy().astype(np.float32) for k, v in model.state_dict().items() if not k.startswith("head.")}
    meta = {"format": FORMAT_NAME, "format_version": "1",
            "trained": json.dumps({"task": "SeqComb single vs mv channel, 256-step windows", "samples": a.samples,
                                   "epochs": a.epochs, "seed": a.seed, "heldout_accuracy": acc})}
    write_atomic(a.out, tensorfile.dumps(tensors, meta))
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
