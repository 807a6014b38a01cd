"""`stampcodec encode`: encode a recording into tokens."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from stampcodec.cli.common import warn
from stampcodec.codec import DEFAULT_FRAME_SAMPLES
from stampcodec.container import MAX_FRAME_SAMPLES, MAX_FRAME_VALUES
from stampcodec.runtime.backends import ENCODERS

NAME = "encode"
SUMMARY = "encode a recording into tokens"
DESCRIPTION = """\
Encode a recording into a token file (docs/FORMAT.md, version 2): a header, then frames
of tokens (FRAME samples per channel each, CRC-checked). The model fixes tokens per coded
sample (7 per 128 for the default model, 0.4375 bits per sample bit-packed); the rate then
falls where the signal allows:

  time scale   each channel is coded at a rate r times lower (r a multiple of 1/16) from a
               low-passed copy and interpolated back (Catmull-Rom) on decoding. --resample
               auto (default) tries factors 1-128 through the token layer on windows of the
               signal and keeps, per channel, the largest whose error is within 10% of
               factor 1's: oversampled, smooth channels (1 kHz EDA, respiration) drop 6-14x.
               The trial costs about 3x the encoder's work on up to 65,536 samples per
               channel (16 windows); --resample 1 skips it.
  entropy      each scale's tokens in a frame are range coded with an adaptive model when that
               is shorter than bit packing (--no-entropy turns it off): files 3-68% smaller
               on the recordings of docs/results/rd_v2.md.
  --prior P    code the tokens with a token prior (a .stamp file from `stampcodec prior
               train` for this model) instead of the adaptive model: each token's
               probabilities come from the coarser scales around it and the tokens before it,
               mixed with the segment's own counts: 0.5-18% fewer token bits than the adaptive
               model on recordings from sources the prior never saw (docs/results/
               prior_entropy.md), more on recordings like its training data. The header grows
               by 8 bytes (the prior's id). Decoding needs the same prior (decode --prior P)
               and runs in Python (the C library refuses these files), at about 1.5-8 k tokens
               per second.
  --skip L     a token budget: a token is left out (written as a skip symbol that adds
               nothing) when the squared error it removes, in units of the channel's
               variance, is worth less than L times its bits; larger L, fewer tokens. Quiet
               stretches become nearly free and tokens that add error go at any L (L1,L2,..:
               one per channel). Measured on held-out recordings: docs/results/skip_budget.md.
               Not with --bpt (which chooses it), --prior or --max-error.
  --bpt R      a rate target: the file (headers included) takes at most R bits per sample and
               channel, with the lowest error found: the token layer's time scales, token
               budgets (--skip none, 1 or 4 per channel) and the number of scales kept (a plan
               on windows of the signal, then up to 12 real encodings without skipping and 12
               with), and the error-bounded layer's bound (one bound relative to each
               channel's standard deviation, up to 10 real encodings, 10 more where a
               predictor switch leaves the file short); each candidate is
               decoded and scored against the input (NMSE) and the best that fits is written.
               --layer tokens or bounded searches only one. The token layer wins at low rates
               (below ~0.1-0.44 bits per sample), the bounded layer above
               (docs/results/bounded_rd.md). Where every sample is coded (or coded exactly)
               below R, the file is smaller than R. A target so low that the best file
               decodes no closer than each channel's mean (NMSE >= 1) is refused (exit 1)
               rather than written. The candidate files are held in memory (token files are
               small).
  --max-error E
               an error bound: every decoded sample is within E of the input (absolute, in
               the input's units; E1,E2,.. one per channel), guaranteed for every observed
               sample and every decoder (integer arithmetic; docs/FORMAT.md, "Error-bounded
               layer"). The frames then carry no tokens: each channel is predicted from its
               own decoded samples (previous sample, extrapolation, or linear/cubic
               interpolation over dyadic levels, chosen per frame) and the quantized errors
               are range coded. Frames default to 262,144 samples. Integers with E < 0.5 come
               back exact. Not with --bpt or --resample.

INPUT is a CSV file (rows are time steps; a header row, a time/index column and the
delimiter are detected), a .npy array of shape (T,) or (T, C), or - for standard input.
Empty cells and nan are missing samples: they are carried as a mask and come back as
missing (--fill-gaps drops the mask: frequent short gaps cost ~2 bytes each per channel).
Each channel is z-scored with its own mean and standard deviation, which the
header stores. The sample rate comes from an evenly spaced numeric or ISO 8601 time
column, or from --sample-rate. Decoded files then have a time column evenly spaced at that
rate, written as the input wrote it (epoch s, ms, us or ns numbers; ISO dates with the same
separator, zone suffix and fraction digits); a warning says when the input's stamps were not
evenly spaced.

--keep-time    keep the time column's stamps exactly (jitter, gaps, repeats, any number of
               digits up to 18 after the point): each frame stores them as a delta of delta
               (Gorilla's), range coded; evenly spaced stamps cost a few bytes per frame,
               jittered ones about the entropy of the jitter. Decoding writes them back as
               they were written (numbers with the most digits any stamp had; dates in UTC).
               CSV input with a time column only; not with --bpt. The C library skips them.

The input is read twice (statistics, then frames; with --bpt once more per try), never
held in memory as a whole; standard input (or a FIFO) is first copied to an unnamed
temporary file. Memory is bounded by one frame: at most 2^21 samples of all channels (the
default frame is made shorter for more than 128 channels), about 50 MB of working memory
in all.

Values must be finite numbers within +-1e38 (inf is refused, not clipped). Output is
written to a temporary file and renamed into place; an error, Ctrl-C or SIGTERM leave
nothing behind (exit status 1, 130, 143).

Many files: INPUT a folder (its .csv, .npy, .tsv and .txt files) or a quoted glob, and -o a
folder (created if missing): each file becomes OUTPUT/<name>.tok with the same options. A file
that fails is reported and the others go on (exit status 1 at the end, with a summary); an
output that exists is skipped (--force re-encodes it), so a rerun does what is left. --workers N
encodes on a Dask cluster of N processes on this machine, --scheduler tcp://HOST:PORT on an
existing one (started with `dask scheduler` and `dask worker ADDRESS` on any machines that see
the same files); both need `pip install 'stampcodec[storage]'`.

examples:
  stampcodec encode examples/wrist_imu.csv -o imu.tokens
  stampcodec encode - -o tokens.bin < sensor.csv
  stampcodec encode log.npy -o log.tokens --model my.stamp --sample-rate 200
  stampcodec encode recordings/ -o tokens/ --max-error 0.01 --workers 2
  stampcodec encode 'site-*/day-*.csv' -o tokens/ --scheduler tcp://10.0.0.5:8786"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", help="CSV or NPY file, or - for standard input")
    p.add_argument("-o", "--output", required=True, help="token file to write (- for standard output)")
    p.add_argument("--model", help="model bundle (default: the bundled default model)")
    p.add_argument("--time-column", help="name or 0-based index of the time column (default: detected)")
    p.add_argument("--columns", help="comma-separated signal columns to encode, by name or 0-based index, in this "
                                      "order (default: every column but the time column)")
    p.add_argument("--exclude", help="comma-separated columns to leave out (labels, text, ids)")
    p.add_argument("--time-axis", type=int, choices=[0, 1],
                   help="NPY: the axis that is time, 0 for (T, C), 1 for (C, T) (needed when there are more channels "
                        "than samples)")
    p.add_argument("--sample-rate", type=float, help="sample rate in Hz (default: from the time column, if evenly spaced)")
    p.add_argument("--frame-samples", type=int,
                   help=f"samples per channel in one frame: a multiple of the model's block (128 for the default "
                        f"model), at most {MAX_FRAME_SAMPLES} and {MAX_FRAME_VALUES} / channels "
                        f"(default: {DEFAULT_FRAME_SAMPLES}, less for many channels)")
    p.add_argument("--resample", default="auto", metavar="auto|R|R1,R2,..",
                   help="time scale: auto (default), one factor R for every channel, or one per channel: multiples "
                        "of 1/16 from 1 (every sample) to 255, e.g. 2.5")
    p.add_argument("--bpt", type=float, metavar="R",
                   help="rate target in bits per sample and channel (file bytes, headers included); chooses the time "
                        "scales itself (not with --resample)")
    p.add_argument("--skip", metavar="L|L1,L2,..",
                   help="token budget: skip tokens whose error reduction is worth less than L x their bits")
    p.add_argument("--layer", choices=["auto", "tokens", "bounded"], default="auto",
                   help="with --bpt: search the token layer, the error-bounded layer, or both (auto, default)")
    p.add_argument("--max-error", metavar="E|E1,E2,..",
                   help="error bound: every decoded sample within E of the input (one bound, or one per channel)")
    p.add_argument("--no-entropy", action="store_true", help="bit-pack every token (no range coding)")
    p.add_argument("--prior", metavar="P", help="token prior (.stamp) to range code the tokens with")
    p.add_argument("--format-version", type=int, choices=[1, 2], default=2,
                   help="token format: 2 (default), or 1 for decoders that predate it (no resampling, no entropy "
                        "coding)")
    p.add_argument("--keep-time", action="store_true",
                   help="store the time column's stamps exactly (lossless, delta of delta), not as a uniform grid")
    p.add_argument("--fill-gaps", action="store_true",
                   help="store no missing-sample mask: gaps decode as the code of the signal interpolated across them")
    p.add_argument("--backend", choices=["auto", *ENCODERS], default="auto",
                   help="encoder: native (the C encoder of native/include/stampenc.h on every core: the numpy "
                        "encoder's tokens, faster), numpy (the reference), onnx (ONNX Runtime on --export-dir's "
                        "encoder.onnx), torch (PyTorch eager); auto (default): native when built, else numpy")
    p.add_argument("--threads", type=int, metavar="N",
                   help="threads for the C encoder (frames side by side; the file is the same for any N); "
                        "default: $STAMPCODEC_THREADS, else every core this process may use")
    p.add_argument("--export-dir", help="folder written by `stampcodec export --format onnx`")
    p.add_argument("--workers", type=int, metavar="N",
                   help="many files: encode on a Dask cluster of N worker processes on this machine")
    p.add_argument("--scheduler", metavar="ADDRESS", help="many files: encode on the Dask scheduler at ADDRESS")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--quiet", action="store_true", help="no progress bar or summary line")


def run(args: argparse.Namespace) -> int:
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.atomic import is_stream
    from stampcodec.streams import open_source, spooled

    from stampcodec.errors import ConfigError

    if args.bpt is not None and args.resample != "auto":
        raise ConfigError("--bpt chooses the time scales itself: give --bpt or --resample, not both")
    max_error = _max_error(args.max_error)
    if max_error is not None and (args.bpt is not None or args.resample != "auto" or args.format_version != 2):
        raise ConfigError("--max-error codes every sample to a bound: not with --bpt, --resample or --format-version 1")
    if args.prior is not None and (args.no_entropy or args.max_error is not None or args.format_version != 2):
        raise ConfigError("--prior range codes tokens: not with --no-entropy, --max-error or --format-version 1")
    if args.input != "-" and (Path(args.input).is_dir() or any(c in args.input for c in "*?[")):
        return _bulk(args, max_error)
    if args.workers is not None or args.scheduler is not None:
        raise ConfigError("--workers and --scheduler are for many files: give a folder or a glob as INPUT")
    out = check_output_path(args.output, args.force, inputs=[args.input])
    codec = Codec.load(args.model, "numpy", encode_backend=args.backend, export_dir=args.export_dir, prior=args.prior,
                       threads=args.threads)
    tcol: str | int | None = int(args.time_column) if args.time_column and args.time_column.isdigit() else args.time_column
    with contextlib.ExitStack() as stack:
        # standard input, a FIFO or a device can be read once: copied before the two passes
        path = stack.enter_context(spooled(args.input)) if is_stream(args.input) else Path(args.input)
        source = open_source(path, tcol, _names(args.columns), _names(args.exclude), args.time_axis)
        source.where = "<stdin>" if args.input == "-" else args.input
        with atomic_output(out) as f:
            h = codec.encode_to(source, f, frame_samples=args.frame_samples, sample_rate=args.sample_rate,
                                progress=not args.quiet, keep_gaps=not args.fill_gaps,
                                warn=None if args.quiet else warn, resample=_resample(args.resample),
                                entropy=not args.no_entropy, version=args.format_version, bpt=args.bpt,
                                max_error=max_error, layer=args.layer, keep_time=args.keep_time,
                                skip=_skip(args.skip))
    if not args.quiet and str(out) != "-":
        size = out.stat().st_size
        factors = "" if not h.factors or set(h.factors) == {1} else f", resampled by {_short(h.factors)}"
        if h.bounds is not None:
            factors = f", max error {_short(tuple(lat.bound for lat in h.bounds))}"
        print(f"{args.input}: {h.length} samples x {h.channels} channels -> {out} ({size} bytes, "
              f"{8 * size / (h.length * h.channels):.4f} bits per sample{factors}, model {h.model_id})", file=sys.stderr)
    return 0


def _numbers(text: str, flag: str, what: str) -> float | list[float]:
    """N or N1,N2,..; ConfigError naming the flag and the bad text (Codec checks ranges and counts)."""
    from stampcodec.errors import ConfigError

    try:
        return [float(v) for v in text.split(",")] if "," in text else float(text)
    except ValueError:
        raise ConfigError(f"{flag}: expected {what}, got {text!r}") from None


def _resample(text: str) -> str | float | list[float]:
    return "auto" if text.strip() == "auto" else _numbers(text, "--resample", "auto, a factor or comma-separated factors")


def _skip(text: str | None) -> float | list[float] | None:
    return None if text is None else _numbers(text, "--skip", "a lambda or comma-separated lambdas")


def _bulk(args: argparse.Namespace, max_error: list[float] | None) -> int:
    """A folder or glob of recordings into a folder of token files (stampcodec.bulk)."""
    from tqdm import tqdm

    from stampcodec import bulk
    from stampcodec.errors import StampError

    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise StampError(f"{out}: many inputs need an output folder, and this is a file")
    bulk.check_cluster(args.workers, args.scheduler)
    jobs = bulk.plan(args.input, out)
    out.mkdir(parents=True, exist_ok=True)
    tcol: str | int | None = int(args.time_column) if args.time_column and args.time_column.isdigit() else args.time_column
    options = bulk.Options(
        model=args.model, prior=args.prior, threads=args.threads,
        encode=dict(frame_samples=args.frame_samples, sample_rate=args.sample_rate, keep_gaps=not args.fill_gaps,
                    resample=_resample(args.resample), entropy=not args.no_entropy, version=args.format_version,
                    bpt=args.bpt, max_error=max_error, layer=args.layer, keep_time=args.keep_time,
                    skip=_skip(args.skip)),
        source=dict(time_column=tcol, columns=_names(args.columns), exclude=_names(args.exclude),
                    time_axis=args.time_axis))
    with tqdm(total=len(jobs), unit="file", desc="encoding", file=sys.stderr, disable=args.quiet, delay=1.0) as bar:
        results = bulk.run(jobs, options, args.workers, args.scheduler, args.force, lambda _: bar.update(1))
    failed = [r for r in results if r.error]
    for r in failed:
        print(f"stampcodec: error: {r.error}", file=sys.stderr)
    if not args.quiet or failed:
        written = [r for r in results if not r.error and not r.skipped]
        size = sum(r.bytes or 0 for r in written)
        samples = sum(r.samples for r in written)
        rate = f", {8 * size / samples:.4f} bits per sample" if samples else ""
        print(f"{args.input}: {len(written)} encoded ({size} bytes{rate}), "
              f"{sum(r.skipped for r in results)} skipped (output exists), {len(failed)} failed -> {out}", file=sys.stderr)
    return 1 if failed else 0


def _max_error(text: str | None) -> list[float] | None:
    if text is None:
        return None
    v = _numbers(text, "--max-error", "a number or comma-separated numbers")
    return v if isinstance(v, list) else [v]


def _short(factors: tuple[float, ...]) -> str:
    return f"{factors[0]:g}" if len(set(factors)) == 1 else ",".join(f"{r:g}" for r in factors[:12]) + (
        ",..." if len(factors) > 12 else "")


def _names(text: str | None) -> list[str] | None:
    return [c.strip() for c in text.split(",") if c.strip()] if text else None
