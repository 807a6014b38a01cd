"""The token prior as a generator (issue 19, item 3): discriminative, predictive and FID scores.

    python scripts/prior_generate.py --packages .data-pkgs --json docs/results/prior_generate.json --table

Data: SeqComb-single (4,000 windows of 1,024 samples: its train split to fit, its test split
as the real set) and two DATA.md sources, systole's 1 kHz ECG and the smartwatch IMU
(scripts/motif_tokens.py's splits: windows of 1,024 samples cut from the training part to fit,
from the held-out part as the real set; every channel a univariate window). At most 500 real
windows. Every window is z-scored on its own, as
`tokenize_windows` does. A prior is trained per data set on the default model's tokens of its
training windows.

Compared, each against the real windows, on 256-sample crops of the 1,024-sample windows:
  prior           unconditional samples (stampcodec.prior.sample.sample_windows)
  prior T=0.8     the same at temperature 0.8 (logits / 0.8: sharper)
  prior|coarse    the real windows' coarsest scale kept, the finer scales drawn from the prior
  iid tokens      every token drawn independently from its scale's usage in the training tokens
  reconstruction  the real windows coded and decoded by the default model (what any token
                  generator with this codec can reach at best)
  real            the real windows' other half (the scores' floor: sampling noise)
Scores: discriminative (|accuracy - 0.5| of a 2-layer GRU, real vs synthetic), predictive
(MAE of a 2-layer GRU one-step forecaster trained on synthetic, tested on real; TimeGAN's
protocol; one seed), the classifier's the mean over 2 seeds, and App. E.4 FID (stampcodec.metrics.fid).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from motif_tokens import data
from stampcodec.codec import Codec
from stampcodec.datasets import seqcomb
from stampcodec.metrics import fid
from stampcodec.metrics.generative import discriminative_score, predictive_score
from stampcodec.prior import sample
from stampcodec.prior.rows import token_rows
from stampcodec.tokens import WindowTokens, detokenize_windows, tokenize_windows

LENGTH, CROP, MAX_WINDOWS, SEEDS = 1024, 256, 500, (0, 1)
PREDICTIVE_SEEDS = (0,)  # the forecaster varies little between seeds and costs twice the classifier


def windows(recs: list[np.ndarray], hop: int) -> np.ndarray:
    """Recordings (T, C) -> univariate windows (N, 1, LENGTH), gap-free ones only."""
    out = []
    for r in recs:
        for c in range(r.shape[1]):
            for a in range(0, len(r) - LENGTH + 1, hop):
                w = r[a:a + LENGTH, c]
                if np.isfinite(w).all() and w.std() > 0:
                    out.append(w)
    return np.stack(out)[:, None, :]


def zscore(x: np.ndarray) -> np.ndarray:
    return (x - x.mean(axis=2, keepdims=True)) / x.std(axis=2, keepdims=True)


def crops(x: np.ndarray) -> np.ndarray:
    return x.reshape(len(x), -1, LENGTH // CROP, CROP).transpose(0, 2, 1, 3).reshape(-1, x.shape[1], CROP)


def sets(packages: Path) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    ds = seqcomb.generate("single", n_samples=4000, length=LENGTH, seed=0)
    out = {"seqcomb-single": (ds.split("train").x, ds.split("test").x)}
    src = data(packages)
    for name in ("systole-ecg (1 kHz)", "watch-imu"):
        train, held, _ = src[name]
        out[name] = (windows(train, LENGTH // 2), windows(held, LENGTH))
    return out


def iid_tokens(wt: WindowTokens, n: int, rng: np.random.Generator, v: int) -> WindowTokens:
    ids = []
    for t in wt.ids:
        p = np.bincount(t.ravel(), minlength=v) / t.size
        ids.append(rng.choice(v, size=(n, 1, t.shape[2]), p=p))
    return WindowTokens(ids, np.zeros((n, 1)), np.ones((n, 1)), LENGTH, wt.model_id)


def scores(real: np.ndarray, synth: np.ndarray) -> dict:
    r, s = crops(real), crops(synth)
    return {"discriminative": float(np.mean([discriminative_score(r, s, seed) for seed in SEEDS])),
            "predictive": float(np.mean([predictive_score(r, s, seed) for seed in PREDICTIVE_SEEDS])),
            "fid": fid.frechet_distance(fid.features(fid.to_windows(r)), fid.features(fid.to_windows(s)))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    a = ap.parse_args()
    import torch
    from stampcodec.train import prior as tp

    torch.set_num_threads(2)
    codec = Codec.load(a.model, backend="numpy")
    v = codec.config.codebook_size
    result = []
    for name, (train, held) in sets(a.packages).items():
        rng = np.random.default_rng(0)
        train = zscore(train[rng.permutation(len(train))])
        real = zscore(held[rng.permutation(len(held))[:MAX_WINDOWS]])
        wt = tokenize_windows(codec, train)
        cfg = tp.default_config(codec.config.scales, v)
        x = tp.chunks(token_rows(wt), cfg.scales, tp.CHUNK_BLOCKS)
        n_val = max(1, len(x) // 10)
        t0 = time.perf_counter()
        res = tp.train(cfg, x[n_val:], x[:n_val], tp.CHUNK_BLOCKS, epochs=a.epochs, progress=False)
        p = tp.freeze(res.module, codec.model_id)
        fit_s = time.perf_counter() - t0
        n = len(real)
        t0 = time.perf_counter()
        gen = sample.sample_windows(codec, p, n, LENGTH, np.random.default_rng(1))
        gen_s = time.perf_counter() - t0
        rt = tokenize_windows(codec, real, normalize="none")
        cond = WindowTokens([rt.ids[0]] + sample.sample_rows(p, n, LENGTH // codec.config.block, np.random.default_rng(2),
                                                            given=[rt.ids[0][:, 0]])[1:], rt.mean, rt.std, LENGTH,
                            codec.model_id)
        cond.ids[1:] = [t[:, None, :] for t in cond.ids[1:]]
        half = n // 2
        cool = sample.sample_windows(codec, p, n, LENGTH, np.random.default_rng(4), temperature=0.8)
        candidates = {
            "prior": gen,
            "prior T=0.8": cool,
            "prior|coarse": detokenize_windows(codec, cond),
            "iid tokens": detokenize_windows(codec, iid_tokens(wt, n, np.random.default_rng(3), v)),
            "reconstruction": detokenize_windows(codec, rt),
        }
        row = {"data": name, "train_windows": len(train), "real_windows": n, "prior": p.prior_id,
               "prior_val_bits": res.history[res.best_epoch - 1]["val_bits"], "fit_seconds": round(fit_s, 1),
               "sample_windows_per_s": n / gen_s, "methods": {}}
        for method, synth in candidates.items():
            row["methods"][method] = scores(real, synth)
            print(f"{name} {method}: {row['methods'][method]}", flush=True)
        row["methods"]["real"] = scores(real[:half], real[half:])
        print(f"{name} real: {row['methods']['real']}", flush=True)
        result.append(row)
        if a.json:
            a.json.write_text(json.dumps(result, indent=1) + "\n")
    if a.table:
        print(table(result))


def table(rows: list[dict]) -> str:
    out = ["| data | method | discriminative (lower is better) | predictive MAE | FID |", "|---|---|---:|---:|---:|"]
    for r in rows:
        for m, s in r["methods"].items():
            name = m.replace("|", "\\|")  # a bar would end the cell
            out.append(f"| {r['data']} | {name} | {s['discriminative']:.3f} | {s['predictive']:.3f} | {s['fid']:.3g} |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
