"""The token prior as an entropy model (issue 19, item 3), leave-one-source-out.

    python scripts/prior_eval.py --packages .data-pkgs --priors /tmp/priors --json docs/results/prior_entropy.json --table

Sources and splits are scripts/motif_tokens.py's (every DATA.md source: training part / held-out
part). Tokens come from the default model at every sample (resample 1). For each source X a
prior is trained on the training parts of every other source (never on X, nor on the other
channels of X's recording session: systole's ECG, respiration and EDA are left out together),
then X's held-out
recordings are encoded twice through Codec.encode -- the adaptive range coder of every version
2 file, and the prior (mixed with the segment's counts) -- and decoded again (the samples must
agree exactly). Reported per source: bits per token of the token segments from the files'
bytes (length fields included) against log2 V, and whole-file bytes. Priors are cached in
--priors (trained again only when missing).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from motif_tokens import data
from stampcodec import container
from stampcodec import prior as prior_io
from stampcodec.codec import Codec
from stampcodec.prior.rows import token_rows


def segment_bits(blob: bytes) -> tuple[int, int]:
    """(bits of every token segment, length fields included; tokens) of a token file."""
    d = container.describe(io.BytesIO(blob), "file", len(blob))
    return sum(s["bytes"] for s in d["segments"]) * 8, sum(s["tokens"] for s in d["segments"])


def family(name: str) -> str:
    """Sources recorded together (one subject, one session) are left out together."""
    return "systole" if name.startswith("systole") else name


def train_prior(codec: Codec, rows: list, epochs: int, seed: int, info: dict) -> prior_io.TokenPrior:
    from stampcodec.train import prior as tp

    cfg = tp.default_config(codec.config.scales, codec.config.codebook_size)
    x = tp.chunks(rows, cfg.scales, tp.CHUNK_BLOCKS)
    rng = np.random.default_rng(seed)
    x = x[rng.permutation(len(x))]
    n_val = max(1, len(x) // 10)
    res = tp.train(cfg, x[n_val:], x[:n_val], tp.CHUNK_BLOCKS, epochs=epochs, seed=seed, progress=False)
    return tp.freeze(res.module, codec.model_id, dict(info, history=res.history, best_epoch=res.best_epoch,
                                                       seconds=round(res.seconds, 1)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, required=True)
    ap.add_argument("--priors", type=Path, required=True, help="folder the leave-one-out priors are kept in")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--only", nargs="*", help="score only these sources")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--model", help="model bundle (default: the bundled default model)")
    a = ap.parse_args()
    import torch

    torch.set_num_threads(2)
    codec = Codec.load(a.model, backend="numpy")
    sets = data(a.packages)
    rows = {name: sum((token_rows(codec.tokenize(x)) for x in train), []) for name, (train, _, _) in sets.items()}
    a.priors.mkdir(parents=True, exist_ok=True)
    out = []
    for name, (_, held, rate) in sets.items():
        if a.only and name not in a.only:
            continue
        slug = "".join(ch if ch.isalnum() else "-" for ch in family(name))
        path = a.priors / f"without-{slug}.stamp"
        if not path.exists():
            others = sorted(n for n in sets if family(n) != family(name))
            p = train_prior(codec, sum((rows[n] for n in others), []), a.epochs, 0, {"trained_on": others})
            prior_io.save(p, path)
        p = prior_io.load(path)
        coded = Codec.load(a.model, backend="numpy", prior=p)
        bits = {"adaptive": 0, "prior": 0}
        files = {"adaptive": 0, "prior": 0}
        tokens, seconds = 0, {"encode": 0.0, "decode": 0.0}
        for x in held:
            plain = codec.encode(x, resample=1)
            t0 = time.perf_counter()
            blob = coded.encode(x, resample=1)
            t1 = time.perf_counter()
            same = np.array_equal(coded.decode(blob), codec.decode(plain), equal_nan=True)
            seconds["encode"] += t1 - t0
            seconds["decode"] += time.perf_counter() - t1
            if not same:
                raise SystemExit(f"{name}: the prior-coded file decodes differently")
            for k, b in (("adaptive", plain), ("prior", blob)):
                sb, n = segment_bits(b)
                bits[k] += sb
                files[k] += len(b)
            tokens += n
        v = codec.config.codebook_size
        row = {"source": name, "prior": p.prior_id, "tokens": tokens, "log2_v": float(np.log2(v)),
               "adaptive_bits_per_token": bits["adaptive"] / tokens, "prior_bits_per_token": bits["prior"] / tokens,
               "saving_vs_log2v": 1 - bits["prior"] / tokens / np.log2(v),
               "saving_vs_adaptive": 1 - bits["prior"] / bits["adaptive"],
               "file_bytes": files, "tokens_per_s_encode": tokens / seconds["encode"],
               "tokens_per_s_decode": tokens / seconds["decode"]}
        out.append(row)
        print(f"{name}: {tokens} tokens, adaptive {row['adaptive_bits_per_token']:.3f}, prior "
              f"{row['prior_bits_per_token']:.3f} bits/token ({100 * row['saving_vs_adaptive']:+.1f}% vs adaptive, "
              f"{100 * row['saving_vs_log2v']:.1f}% below log2 V)", flush=True)
    if a.json:
        a.json.write_text(json.dumps(out, indent=1) + "\n")
    if a.table:
        print(table(out))


def table(rows: list[dict]) -> str:
    out = ["| source (scored by a prior that never saw it) | tokens | log2 V | adaptive | prior | vs adaptive | "
           "file bytes adaptive -> prior |", "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(f"| {r['source']} | {r['tokens']:,} | {r['log2_v']:.0f} | {r['adaptive_bits_per_token']:.3f} | "
                   f"{r['prior_bits_per_token']:.3f} | {100 * -r['saving_vs_adaptive']:+.1f}% | "
                   f"{r['file_bytes']['adaptive']:,} -> {r['file_bytes']['prior']:,} |")
    tot = {k: sum(r[k] * r["tokens"] for r in rows) for k in ("adaptive_bits_per_token", "prior_bits_per_token")}
    n = sum(r["tokens"] for r in rows)
    if n:
        out.append(f"| all | {n:,} | | {tot['adaptive_bits_per_token'] / n:.3f} | {tot['prior_bits_per_token'] / n:.3f} | "
                   f"{100 * (tot['prior_bits_per_token'] / tot['adaptive_bits_per_token'] - 1):+.1f}% | |")
    return "\n".join(out)


if __name__ == "__main__":
    main()
