"""A downstream check (issue 19 item 4): one small classifier, fed STAMP tokens, raw samples or
uniformly quantized samples, at one parameter budget.

    python scripts/token_downstream.py --packages .data-pkgs --json docs/results/token_downstream.json [--table]

Tasks: SeqComb Single (3 classes) and MV (4 classes, 4 channels), their train/test splits (5,000
windows each variant, seed 0); the smartwatch exercises of seglearn's watch set (7 classes, 6
channels, 50 Hz): windows of 256 samples, hop 128, subjects 9 and 10 the test set (the default
model trained on the others' recordings; the classifier never sees subjects 9 and 10).

Inputs, per window and channel (each window z-scored per channel first):
- tokens: the default model's tokens (`tokenize_windows`), interleaved block by block, coarse to
  fine (7 tokens per 128 samples), an embedding of the 256 codewords;
- quantized: the samples clipped to +-3 standard deviations, 256 uniform levels, the same
  embedding size (8 bits per sample, against the tokens' 8 bits per token);
- raw: the samples themselves, through a linear layer.
Each channel's embedding (16 wide) is concatenated per step; then two 1-D convolutions (kernel 5,
ReLU), global average pooling and a linear layer. The raw model's convolutions are widened until
its parameter count matches the embedding models' (within 3%). Adam (lr 3e-3), 15 epochs, batch
64, one CPU thread, 3 seeds; test accuracy is reported with the input length (symbols per
channel), and accuracy per 100 input symbols.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def tasks(packages: Path) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]]:
    """name -> (x_train (N, C, T), y_train, x_test, y_test)."""
    from stampcodec.datasets import seqcomb

    out = {}
    for variant in ("single", "mv"):
        ds = seqcomb.generate(variant, n_samples=5000, seed=0)
        tr, te = ds.split("train"), ds.split("test")
        out[f"SeqComb-{variant}"] = (tr.x, tr.y, te.x, te.y)
    from default_model import watch_dataset

    w = watch_dataset(packages)
    parts: dict[bool, tuple[list, list]] = {True: ([], []), False: ([], [])}
    for x, y, subj in zip(w["X"], w["y"], w["subject"]):
        x = np.asarray(x, dtype=np.float64).T
        for s in range(0, x.shape[1] - 256 + 1, 128):
            parts[int(subj) in (9, 10)][0].append(x[:, s:s + 256])
            parts[int(subj) in (9, 10)][1].append(int(y))
    out["watch exercises"] = (np.stack(parts[False][0]), np.array(parts[False][1]), np.stack(parts[True][0]),
                              np.array(parts[True][1]))
    return out


def zscore(x: np.ndarray) -> np.ndarray:
    m, s = np.nanmean(x, axis=2, keepdims=True), np.nanstd(x, axis=2, keepdims=True)
    return np.nan_to_num((x - m) / np.where(s > 0, s, 1.0))


def inputs(codec, x: np.ndarray) -> dict[str, np.ndarray]:
    """The three inputs of (N, C, T) windows: tokens and quantized (N, C, L) ints, raw (N, C, T)."""
    from stampcodec.motifs import _interleave
    from stampcodec.tokens import tokenize_windows

    z = zscore(x)
    wt = tokenize_windows(codec, z, normalize="none")
    n, c = z.shape[:2]
    tok = np.stack([np.stack([_interleave([ids[i, r] for ids in wt.ids]) for r in range(c)]) for i in range(n)])
    q = np.clip(np.round((np.clip(z, -3, 3) + 3) / 6 * 255), 0, 255).astype(np.int64)
    return {"tokens": tok, "quantized": q, "raw": z.astype(np.float32)}


def model(kind: str, channels: int, classes: int, width: int):
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.kind = kind
            if kind == "raw":
                self.inp = nn.Conv1d(channels, 16 * channels, 1)
            else:
                self.inp = nn.Embedding(256, 16)
            self.body = nn.Sequential(nn.Conv1d(16 * channels, width, 5, padding=2), nn.ReLU(),
                                      nn.Conv1d(width, width, 5, padding=2), nn.ReLU())
            self.out = nn.Linear(width, classes)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            if self.kind == "raw":
                h = self.inp(x)
            else:  # (N, C, L) ints -> (N, C*16, L)
                n, c, length = x.shape
                h = self.inp(x).permute(0, 1, 3, 2).reshape(n, c * 16, length)
            return self.out(self.body(h).mean(dim=2))

    return Net()


def params(m) -> int:
    return sum(p.numel() for p in m.parameters())


def matched_width(channels: int, classes: int) -> tuple[int, int]:
    """Body widths: 48 for the embedding models, and the raw model's width with (nearly) the same
    parameter count."""
    target = params(model("tokens", channels, classes, 48))
    best = min(range(8, 400), key=lambda w: abs(params(model("raw", channels, classes, w)) - target))
    return 48, best


def train_eval(kind: str, xtr, ytr, xte, yte, classes: int, width: int, seed: int, epochs: int = 15) -> float:
    import torch

    torch.manual_seed(seed)
    m = model(kind, xtr.shape[1], classes, width)
    opt = torch.optim.Adam(m.parameters(), lr=3e-3)
    dtype = torch.float32 if kind == "raw" else torch.long
    xt, yt = torch.tensor(xtr, dtype=dtype), torch.tensor(ytr, dtype=torch.long)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(len(xt), generator=g)
        for i in range(0, len(xt), 64):
            b = order[i:i + 64]
            opt.zero_grad()
            torch.nn.functional.cross_entropy(m(xt[b]), yt[b]).backward()
            opt.step()
    with torch.no_grad():
        pred = m(torch.tensor(xte, dtype=dtype)).argmax(dim=1).numpy()
    return float((pred == yte).mean())


def main() -> None:
    import torch

    from stampcodec.codec import Codec

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    a = ap.parse_args()
    torch.set_num_threads(1)
    codec = Codec.load(a.model, backend="numpy")
    rows = []
    for name, (xtr, ytr, xte, yte) in tasks(a.packages).items():
        classes = int(max(ytr.max(), yte.max()) + 1)
        itr, ite = inputs(codec, xtr), inputs(codec, xte)
        emb_w, raw_w = matched_width(xtr.shape[1], classes)
        for kind in ("tokens", "quantized", "raw"):
            w = raw_w if kind == "raw" else emb_w
            accs = [train_eval(kind, itr[kind], ytr, ite[kind], yte, classes, w, s, a.epochs) for s in range(a.seeds)]
            length = itr[kind].shape[2]
            row = {"task": name, "input": kind, "symbols_per_channel": int(length),
                   "params": params(model(kind, xtr.shape[1], classes, w)), "accuracy": float(np.mean(accs)),
                   "accuracy_sd": float(np.std(accs)), "train": len(ytr), "test": len(yte)}
            rows.append(row)
            print(f"{name} {kind:9s} L={length:4d} params={row['params']} acc {row['accuracy']:.3f} "
                  f"+- {row['accuracy_sd']:.3f}", flush=True)
    if a.json:
        a.json.write_text(json.dumps(rows, indent=1) + "\n")
    if a.table:
        print("| task | input | symbols per channel | parameters | test accuracy (3 seeds) | accuracy per 100 symbols |")
        print("|---|---|---:|---:|---:|---:|")
        for r in rows:
            print(f"| {r['task']} | {r['input']} | {r['symbols_per_channel']} | {r['params']:,} | "
                  f"{r['accuracy']:.3f} +- {r['accuracy_sd']:.3f} | {100 * r['accuracy'] / r['symbols_per_channel']:.2f} |")


if __name__ == "__main__":
    main()
