"""`stampcodec train`: train a model bundle."""

from __future__ import annotations

import argparse
import sys

from stampcodec.cli.common import DATA_HELP
from stampcodec.errors import StampError

NAME = "train"
SUMMARY = "train a model bundle"
DESCRIPTION = """\
Train a STAMP model and write a model bundle (safetensors layout, checksummed, never pickled).

Defaults are Table 1 of the STAMP paper (L=64, K=128, V=256, scales 4,2,1, hidden 64,
AdamW 3e-4 cosine to 1e-5, batch 32, 50 epochs, hybrid MSE + soft-DTW loss), except the
VQ objective: commitment 2.0 and a 0.1 ridge on activations instead of 0.25 and none
(use --commitment 0.25 --activation-penalty 0 for the paper's; docs/MODEL.md says why).
The weights of the epoch with the lowest validation MSE are kept.

Training is deterministic for a given --seed and thread count. With --checkpoint-dir a
checkpoint is written after every epoch and --resume continues from it. A progress bar
shows loss, MSE and codebook usage; a line per epoch adds validation MSE and perplexity.

examples:
  stampcodec train --data seqcomb:single -o single.stamp
  stampcodec train --data recordings/ --mode joint --channels 6 -o imu.stamp --epochs 20"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", required=True, help=DATA_HELP)
    p.add_argument("--val", help="validation data spec (default: the SeqComb val split, else none)")
    p.add_argument("-o", "--output", required=True, help="output bundle path (.stamp)")
    p.add_argument("--mode", choices=["independent", "joint"], default="independent",
                   help="independent (STAMP-I): univariate atoms, one token stream per channel; joint (STAMP-J): C x L atoms, one stream")
    p.add_argument("--channels", type=int, help="channels per atom in joint mode (default: from the data)")
    p.add_argument("--codebook-size", "-V", type=int, default=256, help="vocabulary size V")
    p.add_argument("--atoms", "-K", type=int, default=128, help="number of atoms K")
    p.add_argument("--atom-length", "-L", type=int, default=64, help="atom length L")
    p.add_argument("--scales", default="4,2,1", help="pooling factors, coarse to fine")
    p.add_argument("--hidden", type=int, default=64, help="encoder hidden channels")
    p.add_argument("--loss", choices=["hybrid", "mse"], default="hybrid", help="hybrid = MSE + lambda soft-DTW + VQ; mse = MSE + VQ")
    p.add_argument("--sdtw-weight", type=float, default=1.0,
                   help="lambda, weight of the soft-DTW divergence (docs/MODEL.md: 1.0 trades 4%% MSE for a third less FID)")
    p.add_argument("--commitment", type=float, default=2.0,
                   help="VQ commitment weight beta (Table 1 says 0.25; docs/MODEL.md shows why 2.0)")
    p.add_argument("--activation-penalty", type=float, default=0.1,
                   help="ridge weight on encoder activations (0 = the paper's objective)")
    p.add_argument("--epochs", type=int, default=50)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--lr", type=float, default=3e-4, help="peak learning rate (cosine decay to 1e-5)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--window", type=int, default=256, help="window length cut from recordings (SeqComb keeps its own T)")
    p.add_argument("--normalization", choices=["auto", "none", "zscore"], default="auto",
                   help="zscore: per-channel mean/std of each input, carried in the token file; none: data are already standardized; auto: none for SeqComb, zscore otherwise")
    p.add_argument("--checkpoint-dir", help="write a checkpoint here after every epoch")
    p.add_argument("--resume", action="store_true", help="continue from the checkpoint in --checkpoint-dir")
    p.add_argument("--threads", type=int, help="torch CPU threads (results are reproducible per thread count)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no progress bar or per-epoch lines")


def run(args: argparse.Namespace) -> int:
    from stampcodec.atomic import check_output_path
    from stampcodec.config import StampConfig
    from stampcodec.datasets.sources import load_windows, parse_data_spec

    out = check_output_path(args.output, args.force)
    import stampcodec.train  # noqa: F401  (clear message if torch is missing)
    import torch

    from stampcodec.train.trainer import train_to_file

    if args.threads:
        torch.set_num_threads(args.threads)
    is_seqcomb = parse_data_spec(args.data).seqcomb is not None
    norm = args.normalization if args.normalization != "auto" else ("none" if is_seqcomb else "zscore")
    tr = load_windows(args.data, args.window, normalize=norm == "zscore", split="train", seed=args.seed)
    val = None
    if args.val:
        val = load_windows(args.val, args.window, normalize=norm == "zscore", split="val", seed=args.seed)
    elif is_seqcomb:
        val = load_windows(args.data, args.window, split="val", seed=args.seed)
    try:
        scales = tuple(int(s) for s in args.scales.split(","))
    except ValueError:
        raise StampError(f"--scales: expected comma-separated integers, got {args.scales!r}") from None
    channels = args.channels or tr.x.shape[1]
    cfg = StampConfig(mode=args.mode, channels=channels if args.mode == "joint" else 1, atom_length=args.atom_length,
                      n_atoms=args.atoms, codebook_size=args.codebook_size, scales=scales, encoder_hidden=args.hidden,
                      normalization=norm, loss=args.loss, sdtw_weight=args.sdtw_weight, commitment=args.commitment,
                      activation_penalty=args.activation_penalty, epochs=args.epochs,
                      batch_size=args.batch_size, learning_rate=args.lr, seed=args.seed)
    if not args.quiet:
        print(f"training on {tr.description}; {cfg.mode} {cfg.loss} V={cfg.codebook_size} K={cfg.n_atoms} "
              f"L={cfg.atom_length} scales={list(cfg.scales)} epochs={cfg.epochs}", file=sys.stderr)
    res = train_to_file(cfg, tr.x, None if val is None else val.x, out, tr.description,
                        checkpoint_dir=args.checkpoint_dir, resume=args.resume, progress=not args.quiet)
    msg = f"wrote {out} ({out.stat().st_size} bytes) after {len(res.history)} epochs in {res.wall_seconds:.0f}s"
    if res.best_epoch is not None:
        kept = res.history[res.best_epoch - 1]
        msg += f"; kept epoch {kept.epoch} (val MSE {kept.val_mse:.4f}, codebook usage {kept.usage:.0%})"
    elif res.history:
        msg += f"; train MSE {res.history[-1].mse:.4f}, codebook usage {res.history[-1].usage:.0%}"
    print(msg)
    return 0
