"""`stampcodec prior`: train a coarse-to-fine token prior (seeds 001/004)."""

from __future__ import annotations

import argparse
import sys

from stampcodec.cli.common import DATA_HELP

NAME = "prior"
SUMMARY = "train a token prior: an entropy model and generator over STAMP tokens"
DESCRIPTION = """\
stampcodec prior train DATA -o prior.stamp [--epochs N]
stampcodec prior score DATA --prior prior.stamp

train: tokenize DATA with the model (recordings whole, at every sample or 1/R of the rate
with --resample R; or SeqComb's train windows one by one), then train a small network that
predicts each token from the coarser scales around it and the earlier tokens of its own
scale (docs/PRIOR.md): per token, a learned query attends in each layer to up to 42 slots
(the default model's coarse tokens within --window hops, and its own scale's tokens just
before it) with a learned bias per head, scale pair and distance, then an MLP. Training runs
on torch (the [train] extra), on CPU in minutes: rows are cut into chunks of --chunk blocks,
a tenth held out to pick the epoch kept. The prior is frozen into integer weights whose
arithmetic gives the same probabilities on every machine, so range coding with it is exact.

The .stamp file (safetensors layout, checksummed, never unpickled) names the model whose
tokens it predicts and has its own id, which token files coded with it carry.

Uses:
  stampcodec encode IN -o OUT --prior prior.stamp     code tokens with the prior
  stampcodec decode OUT -o IN.csv --prior prior.stamp
  stampcodec sample --prior prior.stamp -n 1000 -o synth.npy   draw new signals

score: bits per token the prior's tables spend on DATA's tokens (ideal code length, without
mixing), against log2 V.

examples:
  stampcodec prior train recordings/ -o prior.stamp --epochs 16
  stampcodec prior train seqcomb:single -o single.stamp
  stampcodec prior score held_out/ --prior prior.stamp"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["train", "score"], help="train: fit a prior to DATA; score: measure one on DATA")
    p.add_argument("data", help=DATA_HELP)
    p.add_argument("-o", "--output", help="train: prior file to write (.stamp)")
    p.add_argument("--prior", help="score: the prior file")
    p.add_argument("--model", help="model bundle (default: the bundled default model)")
    p.add_argument("--resample", type=float, default=1.0, help="recordings: code at 1/R of the rate, as `tokens`")
    p.add_argument("--epochs", type=int, default=16, help="passes over the training chunks")
    p.add_argument("--dim", type=int, default=64, help="width of the network")
    p.add_argument("--layers", type=int, default=2, help="attention + MLP layers")
    p.add_argument("--heads", type=int, default=4, help="attention heads (dim must be a multiple)")
    p.add_argument("--hidden", type=int, default=128, help="MLP width")
    p.add_argument("--window", type=int, default=16, help="hops each side a token looks at (>= the coarsest pooling)")
    p.add_argument("--chunk", type=int, default=8, help="blocks per training chunk")
    p.add_argument("--seed", type=int, default=0, help="seeds initialization and chunk order")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no progress or summary")


def _rows(args: argparse.Namespace, codec) -> tuple[list, str]:
    from pathlib import Path

    from stampcodec.datasets.sources import load_windows, parse_data_spec, recordings
    from stampcodec.prior.rows import token_rows
    from stampcodec.tokens import tokenize_windows

    spec = parse_data_spec(args.data)
    if spec.seqcomb is not None:
        split = "train" if args.action == "train" else "test"
        return token_rows(tokenize_windows(codec, load_windows(args.data, split=split).x)), f"{args.data} ({split})"
    rows = [row for r in recordings(Path(args.data)) for row in token_rows(codec.tokenize(r.T, resample=args.resample))]
    return rows, args.data


def run(args: argparse.Namespace) -> int:
    from stampcodec.codec import Codec
    from stampcodec.errors import ConfigError

    codec = Codec.load(args.model, "numpy")
    if args.action == "score":
        if args.prior is None:
            raise ConfigError("prior score needs --prior FILE")
        return _score(args, codec)
    if args.output is None:
        raise ConfigError("prior train needs -o FILE")
    import numpy as np
    import torch

    from stampcodec import prior as prior_io
    from stampcodec.atomic import check_output_path
    from stampcodec.train import prior as tp

    out = check_output_path(args.output, args.force)
    if args.epochs < 1 or args.chunk < 1:
        raise ConfigError("--epochs and --chunk must be positive")
    cfg = tp.default_config(codec.config.scales, codec.config.codebook_size, dim=args.dim, heads=args.heads,
                            layers=args.layers, hidden=args.hidden, window=args.window)
    rows, what = _rows(args, codec)
    torch.manual_seed(args.seed)
    x = tp.chunks(rows, cfg.scales, args.chunk)
    x = x[np.random.default_rng(args.seed).permutation(len(x))]
    n_val = len(x) // 10
    if not args.quiet:
        print(f"{what}: {len(rows)} token rows, {int((x >= 0).sum())} tokens in {len(x)} chunks "
              f"({n_val} held out)", file=sys.stderr)
    res = tp.train(cfg, x[n_val:], x[:n_val], args.chunk, epochs=args.epochs, seed=args.seed, progress=not args.quiet)
    info = {"data": what, "resample": args.resample, "epochs": args.epochs, "chunk_blocks": args.chunk,
            "seed": args.seed, "best_epoch": res.best_epoch, "history": res.history, "seconds": round(res.seconds, 1)}
    p = tp.freeze(res.module, codec.model_id, info)
    prior_io.save(p, out)
    if not args.quiet:
        best = res.history[res.best_epoch - 1]["val_bits"]
        print(f"prior {p.prior_id} for model {codec.model_id}: {best:.3f} bits per token on held-out chunks "
              f"(log2 V = {np.log2(cfg.codebook_size):.0f}), {res.seconds:.0f} s -> {out}", file=sys.stderr)
    return 0


def _score(args: argparse.Namespace, codec) -> int:
    import json

    import numpy as np

    from stampcodec import prior as prior_io
    from stampcodec.prior import coding

    p = prior_io.load(args.prior)
    p.require_model(codec.model_id)
    rows, what = _rows(args, codec)
    bits = [0.0] * len(p.config.scales)
    count = [0] * len(p.config.scales)
    for row in rows:
        for s in range(len(row)):
            bits[s] += coding.code_length(p, row, s)
            count[s] += len(row[s])
    total = sum(count)
    report = {"data": what, "prior": p.prior_id, "tokens": total, "bits_per_token": sum(bits) / max(1, total),
              "log2_v": float(np.log2(p.config.codebook_size)),
              "per_scale": [b / max(1, n) for b, n in zip(bits, count)]}
    print(json.dumps(report, indent=1))
    return 0
