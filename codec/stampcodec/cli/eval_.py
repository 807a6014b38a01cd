"""`stampcodec eval`: measure bundles (and baselines) on data."""

from __future__ import annotations

import argparse
import json
import sys

from stampcodec.cli.common import DATA_HELP
from stampcodec.errors import StampError

BASELINES = ("sax", "abba", "sz3", "zfp", "dct", "pcodec")

NAME = "eval"
SUMMARY = "measure bundles (and baselines) on data"
DESCRIPTION = """\
With one model: encode and decode a data set window by window and report MSE on the
(standardized) data, the App. E.4 FID on 256-step univariate windows, the App. E.1 nominal
rate, the token rate (tokens emitted, padding included), and codebook usage and perplexity.
For SeqComb the FID set is the same variant regenerated at T=256 with the same seed (the
extractor was trained on 256-step windows); for files, 256-sample windows of the data.

With --baselines, several models or --out: the rate-distortion-perception comparison
(the STAMP paper's Table 2). The data set becomes one standardized stream per channel
(SeqComb's split end to end; recordings z-scored per channel, end to end) and every method
codes it once, so each real rate counts file bytes, headers included. Baselines: sax and
abba (the paper's tiers), sz3, zfp and dct (block DCT-256 + one quantizer step + zstd), each
run on a grid of its knob (SZ3: 40 bounds x 3 predictors) and reported, at each STAMP rate of
the --match family, by its lowest MSE within that rate; pcodec (lossless). Missing samples cost no method anything (STAMP stores
no gap mask here); the mask's own cost is reported. Writes rdp.csv, rdp.md and rdp.png.

examples:
  stampcodec eval single.stamp --data seqcomb:single --json single.eval.json
  stampcodec eval v*.stamp --data seqcomb:mv --baselines all --out runs/rdp-mv
  stampcodec eval --data recordings/ --baselines sax,sz3 --out runs/rdp-real"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("models", nargs="*", metavar="model", help="model bundles")
    p.add_argument("--data", required=True, help=DATA_HELP)
    p.add_argument("--split", default="test", choices=["train", "val", "test"], help="SeqComb split")
    p.add_argument("--scales", type=int, help="decode only the first N (coarsest) scales (one-model report)")
    p.add_argument("--json", help="also write the results to this JSON file")
    p.add_argument("--seed", type=int, default=0, help="SeqComb generator seed")
    p.add_argument("--baselines", help=f"comma-separated: {', '.join(BASELINES)}, or all (needs the [compare] extra)")
    p.add_argument("--match", default="STAMP-I Hybrid",
                   help="STAMP family whose real rates SZ3 and ZFP are tuned to (all STAMP rows if absent)")
    p.add_argument("--name", help="data set name in the tables (default: from --data)")
    p.add_argument("--out", help="folder for rdp.csv, rdp.md and rdp.png")
    p.add_argument("--no-plot", action="store_true", help="skip the PNG (no matplotlib needed)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    args.baselines = args.baselines or ""
    if args.baselines or args.out or len(args.models) != 1:
        return _eval_sweep(args)
    from stampcodec.evaluate import evaluate_bundle, format_report

    report = evaluate_bundle(args.models[0], args.data, split=args.split, scales=args.scales, seed=args.seed)
    print(format_report(report))
    if args.json:
        from stampcodec.atomic import write_atomic

        write_atomic(args.json, (json.dumps(report, indent=2) + "\n").encode())
    return 0


def _eval_sweep(args: argparse.Namespace) -> int:
    from stampcodec.atomic import write_atomic
    from stampcodec.datasets.sources import recordings, parse_data_spec
    from stampcodec.rdp import methods, report, sweep

    which = set(BASELINES) if args.baselines.strip() == "all" else {b.strip() for b in args.baselines.split(",") if b.strip()}
    unknown = which - set(BASELINES)
    if unknown:
        raise StampError(f"--baselines: unknown {', '.join(sorted(unknown))} (choose from {', '.join(BASELINES)}, or all)")
    if not args.models and not which:
        raise StampError("nothing to evaluate: give model bundles, --baselines, or both")
    if args.scales:
        raise StampError("--scales applies to the one-model report only")
    if which & {"sz3", "zfp", "dct"} and not args.models:
        raise StampError("sz3, zfp and dct are matched to STAMP's rates: give at least one model")
    spec = parse_data_spec(args.data)
    if spec.seqcomb is not None:
        ds = sweep.seqcomb_dataset(spec.seqcomb, spec.n, args.split, args.seed)
    else:
        ds = sweep.recordings_dataset(args.name or spec.path.name, recordings(spec.path))
    if args.name:
        ds.name = args.name
    from tqdm import tqdm

    todo: list = [methods.Stamp(m) for m in args.models] + methods.symbolic_baselines(which)
    # SZ3 and ZFP add one row per target rate, known only once the models have run: no total
    with tqdm(desc=ds.name, unit="method", disable=args.quiet, file=sys.stderr) as bar:
        def step(done: str) -> None:
            bar.set_postfix_str(done)
            bar.update()

        rows = sweep.run(ds, todo, None, which & {"sz3", "zfp", "dct"}, step, args.match)
    print(f"{ds.description}")
    print(report.markdown(rows))
    if args.out:
        for p in report.write_all(rows, args.out, png=not args.no_plot):
            print(f"wrote {p}", file=sys.stderr)
    if args.json:
        write_atomic(args.json, (json.dumps(rows, indent=2) + "\n").encode())
    return 0
