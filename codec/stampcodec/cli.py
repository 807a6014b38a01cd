"""The `stampcodec` command line. Heavy imports (torch) happen inside the commands that need them."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
import time
from pathlib import Path

from stampcodec.errors import StampError

PROG = "stampcodec"
BASELINES = ("sax", "abba", "sz3", "zfp", "pcodec")

DESCRIPTION = """\
STAMP codec for multichannel sensor time series: learned multi-scale tokens at a rate you choose.

commands:
  encode  encode a CSV or NPY recording into a token file
  decode  decode a token file back into CSV or NPY
  info    describe a token file (header, real and nominal rate, frames) or a model bundle
  profile measure latency, peak memory, footprint and energy of every decoder and the baselines
  export  freeze a model for deployment: a C header for the native decoder (--format c)
  train   train a model bundle from SeqComb, NPY, CSV or folders of them (needs the [train] extra)
  eval    measure a bundle on a data set (MSE, FID, rates, codebook usage), or compare bundles
          with SAX, ABBA, SZ3, ZFP and pcodec on rate, distortion and perception
  refit   fit a codebook of another size to a trained model (a rate ladder without retraining)

Encoding and decoding need only numpy; the default model ships with the package.

Run `stampcodec COMMAND --help` for each command's options. Exit status is 0 on success and
non-zero with a one-line message on error."""

DATA_HELP = ("data spec: seqcomb:VARIANT[:N] (single, mv, mvirreg, spikes; N samples, default 10000), "
             "a .npy file ((T, C) recording or (N, C, T) windows), a .csv file (rows = time), or a folder of them")


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Raw descriptions, and defaults shown only where there is a default worth showing."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.required or action.default in (None, False, argparse.SUPPRESS):
            return action.help or ""
        return super()._get_help_string(action)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION, formatter_class=_Formatter)
    from stampcodec import __version__

    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    en = sub.add_parser("encode", help="encode a recording into tokens", formatter_class=_Formatter, description=textwrap.dedent("""\
        Encode a recording into a token file (docs/FORMAT.md): a header, then frames of tokens
        (FRAME samples per channel each, CRC-checked), at the model's rate (0.4375 bits per sample
        per channel for the default model, plus headers).

        INPUT is a CSV file (rows are time steps; a header row, a time/index column and the
        delimiter are detected), a .npy array of shape (T,) or (T, C), or - for standard input.
        Empty cells and nan are missing samples: they are carried as a mask and come back as
        missing (--fill-gaps drops the mask: frequent short gaps cost ~2 bytes each per channel).
        Each channel is z-scored with its own mean and standard deviation, which the
        header stores. The sample rate comes from an evenly spaced numeric or ISO 8601 time
        column, or from --sample-rate.

        The input is read twice (statistics, then frames), never held in memory as a whole;
        standard input (or a FIFO) is first copied to an unnamed temporary file. Memory is
        bounded by one frame: at most 2^21 samples of all channels (the default frame is made
        shorter for more than 128 channels), about 50 MB of working memory in all.

        Values must be finite numbers within +-1e100 (inf is refused, not clipped). Output is
        written to a temporary file and renamed into place; an error, Ctrl-C or SIGTERM leave
        nothing behind (exit status 1, 130, 143).

        examples:
          stampcodec encode examples/wrist_imu.csv -o imu.tokens
          stampcodec encode - -o tokens.bin < sensor.csv
          stampcodec encode log.npy -o log.tokens --model my.stamp --sample-rate 200"""))
    en.add_argument("input", help="CSV or NPY file, or - for standard input")
    en.add_argument("-o", "--output", required=True, help="token file to write (- for standard output)")
    en.add_argument("--model", help="model bundle (default: the bundled default model)")
    en.add_argument("--time-column", help="name or 0-based index of the time column (default: detected)")
    en.add_argument("--sample-rate", type=float, help="sample rate in Hz (default: from the time column, if evenly spaced)")
    en.add_argument("--frame-samples", type=int,
                    help="samples per channel in one frame: a multiple of the model's block (128 for the default "
                         "model), at most 2^20 and 2^21 / channels (default: 16384, less for many channels)")
    en.add_argument("--fill-gaps", action="store_true",
                    help="store no missing-sample mask: gaps decode as the code of the signal interpolated across them")
    en.add_argument("--backend", choices=["numpy", "onnx", "torch"], default="numpy",
                    help="encoder: numpy (the runtime), onnx (ONNX Runtime on --export-dir's encoder.onnx), torch (PyTorch eager)")
    en.add_argument("--export-dir", help="folder written by `stampcodec export --format onnx`")
    en.add_argument("--force", action="store_true", help="overwrite an existing output file")
    en.add_argument("--quiet", action="store_true", help="no progress bar or summary line")

    de = sub.add_parser("decode", help="decode tokens into a recording", formatter_class=_Formatter, description=textwrap.dedent("""\
        Decode a token file into CSV or NPY: the original length, channel names and units;
        missing samples come back as nan. A time column is written when the encoder knew the
        sample rate and the input had one (evenly spaced from the first time stamp).

        --scales N decodes only the N coarsest scales: a smoother preview (the paper's
        coarse-only decoding) from the same file.

        A file output appears only when the whole token file decoded (temporary file, then
        rename). Standard output (-o -), a FIFO or a device is a stream: frames before a damaged
        one have already been written when the error is reported. Memory is bounded by one
        frame (at most 2^21 samples), whatever a header claims.

        examples:
          stampcodec decode imu.tokens -o imu.decoded.csv
          stampcodec decode imu.tokens -o imu.npy --scales 1
          stampcodec decode - -o - < imu.tokens | head"""))
    de.add_argument("input", help="token file, or - for standard input")
    de.add_argument("-o", "--output", required=True, help="CSV or .npy file to write (- for CSV on standard output)")
    de.add_argument("--model", help="model bundle the file was encoded with (default: the bundled default model)")
    de.add_argument("--format", choices=["csv", "npy"], help="output format (default: from the output name, CSV unless .npy)")
    de.add_argument("--scales", type=int, help="decode only the first N (coarsest) scales")
    de.add_argument("--no-time", action="store_true", help="do not write a time column")
    de.add_argument("--backend", choices=["auto", "numpy", "native", "onnx", "tflite", "torch"], default="auto",
                    help="decoder: native (C), numpy, onnx or tflite (graphs in --export-dir), torch (PyTorch eager); auto = native if built, else numpy")
    de.add_argument("--export-dir", help="folder written by `stampcodec export --format onnx|tflite`")
    de.add_argument("--tflite-variant", choices=["f32", "int8", "f16"], default="f32", help="which TFLite decoder weights to use")
    de.add_argument("--force", action="store_true", help="overwrite an existing output file")
    de.add_argument("--quiet", action="store_true", help="no progress bar or summary line")

    ex = sub.add_parser("export", help="freeze a model for deployment", formatter_class=_Formatter, description=textwrap.dedent("""\
        Write a model in a deployable form.

        --format c       a C header for the native decoder (native/include/stampdec.h): the codeword
                         waveforms as const float32 and/or Q15 tables, the layout, and an initializer,
                         STAMPDEC_MODEL_INIT, for a stampdec_model. Firmware includes it and needs no
                         file system. --tables q15 leaves out the float tables (half the flash).
        --format onnx    into folder OUTPUT: decoder.onnx (tokens -> one tier per scale) and encoder.onnx
                         (normalized rows -> tokens), dynamic sizes, opset 18, weights inside,
                         checked with onnx.checker, model id in the metadata.
        --format tflite  into folder OUTPUT: a fixed-size chunk decoder in float32, int8 weights and
                         float16 weights (the runner overlap-adds the chunks), and a fixed-size encoder.
        onnx and tflite need the [export] extra (torch, onnx, litert-torch); each export is checked
        against the numpy runtime and the measured errors are printed and kept in the folder's
        stampcodec-export.json. Run them with `stampcodec decode --backend onnx|tflite --export-dir`.

        examples:
          stampcodec export --format c -o model.h
          stampcodec export --format onnx -o exported/ && stampcodec export --format tflite -o exported/
          stampcodec export --format c --tables q15 --prefix imu_model -o imu_model.h --model imu.stamp"""))
    ex.add_argument("--format", required=True, choices=["c", "onnx", "tflite"], help="what to write")
    ex.add_argument("-o", "--output", required=True, help="file to write (c), or folder (onnx, tflite)")
    ex.add_argument("--model", help="model bundle (default: the bundled default model)")
    ex.add_argument("--tables", choices=["float", "q15", "both"], default="both", help="C: which arithmetic paths get tables")
    ex.add_argument("--prefix", default="stampdec_model", help="C: identifier prefix of the tables and macros")
    ex.add_argument("--force", action="store_true", help="overwrite an existing output file")

    pr = sub.add_parser("profile", help="latency, memory and energy of every backend", formatter_class=_Formatter,
                        description=textwrap.dedent("""\
        The STAMP paper's App. E.3 protocol for every decoder backend present (torch, numpy,
        native float, native q15, onnx, tflite), each scale count (1, 2, 3: the coarse preview)
        and the encoders, beside the SAX (w in {25, 50, 500}, a in {2, 4, 128}) and ABBA (fABBA,
        tol in {1.0, 0.5, 0.1}) baselines: a T-sample univariate signal, 5 warm-up and 50 timed
        calls of the operation alone. Reported: mean, median and p95 latency, samples/s, bits per
        sample, MSE, peak RSS (each case in a fresh process with the high-water mark reset after
        set-up), the decoder's footprint (tables + state) and energy per call from Zeus where RAPL
        can be read ("unavailable" otherwise, never 0).

        A backend that is not installed is listed as skipped. onnx and tflite need --export-dir.
        --callgrind adds the C decoder's instructions per sample (valgrind).

        examples:
          stampcodec profile --json profile.json --png profile.png
          stampcodec profile --backends native-float,native-q15 --no-baselines --callgrind"""))
    pr.add_argument("--backends", default=",".join(["torch", "numpy", "native-float", "native-q15", "onnx", "tflite"]),
                    help="decoders to profile, comma-separated")
    pr.add_argument("--encoders", default="numpy,onnx,torch", help="encoders to profile ('' for none)")
    pr.add_argument("--no-baselines", action="store_true", help="skip SAX and ABBA")
    pr.add_argument("--export-dir", help="folder from `stampcodec export --format onnx|tflite`")
    pr.add_argument("--length", type=int, default=5000, help="samples in the profiled signal (the paper's T)")
    pr.add_argument("--iterations", type=int, default=50, help="timed calls per case")
    pr.add_argument("--warmup", type=int, default=5, help="untimed calls before them")
    pr.add_argument("--json", help="write the results as JSON")
    pr.add_argument("--png", help="write the latency/distortion plot (needs matplotlib)")
    pr.add_argument("--callgrind", action="store_true", help="also count instructions per sample of the C decoder")
    pr.add_argument("--quiet", action="store_true", help="no progress bar")

    t = sub.add_parser("train", help="train a model bundle", formatter_class=_Formatter, description=textwrap.dedent("""\
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
          stampcodec train --data recordings/ --mode joint --channels 6 -o imu.stamp --epochs 20"""))
    t.add_argument("--data", required=True, help=DATA_HELP)
    t.add_argument("--val", help="validation data spec (default: the SeqComb val split, else none)")
    t.add_argument("-o", "--output", required=True, help="output bundle path (.stamp)")
    t.add_argument("--mode", choices=["independent", "joint"], default="independent",
                   help="independent (STAMP-I): univariate atoms, one token stream per channel; joint (STAMP-J): C x L atoms, one stream")
    t.add_argument("--channels", type=int, help="channels per atom in joint mode (default: from the data)")
    t.add_argument("--codebook-size", "-V", type=int, default=256, help="vocabulary size V")
    t.add_argument("--atoms", "-K", type=int, default=128, help="number of atoms K")
    t.add_argument("--atom-length", "-L", type=int, default=64, help="atom length L")
    t.add_argument("--scales", default="4,2,1", help="pooling factors, coarse to fine")
    t.add_argument("--hidden", type=int, default=64, help="encoder hidden channels")
    t.add_argument("--loss", choices=["hybrid", "mse"], default="hybrid", help="hybrid = MSE + lambda soft-DTW + VQ; mse = MSE + VQ")
    t.add_argument("--sdtw-weight", type=float, default=1.0,
                   help="lambda, weight of the soft-DTW divergence (docs/MODEL.md: 1.0 trades 4%% MSE for a third less FID)")
    t.add_argument("--commitment", type=float, default=2.0,
                   help="VQ commitment weight beta (Table 1 says 0.25; docs/MODEL.md shows why 2.0)")
    t.add_argument("--activation-penalty", type=float, default=0.1,
                   help="ridge weight on encoder activations (0 = the paper's objective)")
    t.add_argument("--epochs", type=int, default=50)
    t.add_argument("--batch-size", type=int, default=32)
    t.add_argument("--lr", type=float, default=3e-4, help="peak learning rate (cosine decay to 1e-5)")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--window", type=int, default=256, help="window length cut from recordings (SeqComb keeps its own T)")
    t.add_argument("--normalization", choices=["auto", "none", "zscore"], default="auto",
                   help="zscore: per-channel mean/std of each input, carried in the token file; none: data are already standardized; auto: none for SeqComb, zscore otherwise")
    t.add_argument("--checkpoint-dir", help="write a checkpoint here after every epoch")
    t.add_argument("--resume", action="store_true", help="continue from the checkpoint in --checkpoint-dir")
    t.add_argument("--threads", type=int, help="torch CPU threads (results are reproducible per thread count)")
    t.add_argument("--force", action="store_true", help="overwrite an existing output file")
    t.add_argument("--quiet", action="store_true", help="no progress bar or per-epoch lines")

    e = sub.add_parser("eval", help="measure bundles (and baselines) on data", formatter_class=_Formatter,
                       description=textwrap.dedent("""\
        With one model: encode and decode a data set window by window and report MSE on the
        (standardized) data, the App. E.4 FID on 256-step univariate windows, the App. E.1 nominal
        rate, the token rate (tokens emitted, padding included), and codebook usage and perplexity.
        For SeqComb the FID set is the same variant regenerated at T=256 with the same seed (the
        extractor was trained on 256-step windows); for files, 256-sample windows of the data.

        With --baselines, several models or --out: the rate-distortion-perception comparison
        (the STAMP paper's Table 2). The data set becomes one standardized stream per channel
        (SeqComb's split end to end; recordings z-scored per channel, end to end) and every method
        codes it once, so each real rate counts file bytes, headers included. Baselines: sax and
        abba (the paper's tiers), sz3 and zfp (error bound bisected to each STAMP rate of the
        --match family), pcodec (lossless). Missing samples cost no method anything (STAMP stores
        no gap mask here); the mask's own cost is reported. Writes rdp.csv, rdp.md and rdp.png.

        examples:
          stampcodec eval single.stamp --data seqcomb:single --json single.eval.json
          stampcodec eval v*.stamp --data seqcomb:mv --baselines all --out runs/rdp-mv
          stampcodec eval --data recordings/ --baselines sax,sz3 --out runs/rdp-real"""))
    e.add_argument("models", nargs="*", metavar="model", help="model bundles")
    e.add_argument("--data", required=True, help=DATA_HELP)
    e.add_argument("--split", default="test", choices=["train", "val", "test"], help="SeqComb split")
    e.add_argument("--scales", type=int, help="decode only the first N (coarsest) scales (one-model report)")
    e.add_argument("--json", help="also write the results to this JSON file")
    e.add_argument("--seed", type=int, default=0, help="SeqComb generator seed")
    e.add_argument("--baselines", help=f"comma-separated: {', '.join(BASELINES)}, or all (needs the [compare] extra)")
    e.add_argument("--match", default="STAMP-I Hybrid",
                   help="STAMP family whose real rates SZ3 and ZFP are tuned to (all STAMP rows if absent)")
    e.add_argument("--name", help="data set name in the tables (default: from --data)")
    e.add_argument("--out", help="folder for rdp.csv, rdp.md and rdp.png")
    e.add_argument("--no-plot", action="store_true", help="skip the PNG (no matplotlib needed)")
    e.add_argument("--quiet", action="store_true", help="no progress bar")

    rf = sub.add_parser("refit", help="fit a codebook of another size to a trained model", formatter_class=_Formatter,
                        description=textwrap.dedent("""\
        Write a copy of a model bundle whose codebook has V codewords, fitted by k-means to the
        model's own encoder activations on the data, in closed loop (each Lloyd iteration
        re-encodes the data with the current codebook, so finer scales see the residual the new
        coarse choices leave). Dictionary and encoder are kept, so one trained model yields the
        whole rate ladder V = 32 ... 512 in seconds, without torch. The bundle's info records the
        base model id and the fit's distortion per iteration.

        examples:
          stampcodec refit single-v256.stamp --data seqcomb:single -V 64 -o single-v64.stamp
          stampcodec refit --data recordings/ -V 512 -o default-v512.stamp   # the default model"""))
    rf.add_argument("model", nargs="?", help="base model bundle (default: the bundled default model)")
    rf.add_argument("--data", required=True, help=DATA_HELP + " (the SeqComb train split)")
    rf.add_argument("-V", "--codebook-size", type=int, required=True, help="new vocabulary size")
    rf.add_argument("-o", "--output", required=True, help="output bundle")
    rf.add_argument("--iterations", type=int, default=8, help="closed-loop Lloyd iterations")
    rf.add_argument("--max-rows", type=int, default=4000, help="encoder rows (windows x channels) sampled for the fit")
    rf.add_argument("--seed", type=int, default=0)
    rf.add_argument("--force", action="store_true", help="overwrite an existing output file")
    rf.add_argument("--quiet", action="store_true", help="no per-iteration lines")

    i = sub.add_parser("info", help="describe a token file or a model bundle", formatter_class=_Formatter,
                       description=textwrap.dedent("""\
        For a token file: the header (model id, channels, length, sample rate, columns, layout),
        the real rate (file bytes x 8 / samples / channels, headers included) beside the nominal
        and token rates, and the frames, each CRC-checked.
        For a model bundle: its id, configuration, rates, table sizes and training provenance.

        examples:
          stampcodec info imu.tokens
          stampcodec info --json my.stamp"""))
    i.add_argument("path", help="token file or model bundle")
    i.add_argument("--json", action="store_true", help="print JSON instead of text")
    return p


def _cmd_train(a: argparse.Namespace) -> int:
    from stampcodec.atomic import check_output_path
    from stampcodec.config import StampConfig
    from stampcodec.data.sources import load_windows

    out = check_output_path(a.output, a.force)
    import stampcodec.train  # noqa: F401  (clear message if torch is missing)
    import torch

    from stampcodec.train.trainer import train_to_file

    if a.threads:
        torch.set_num_threads(a.threads)
    is_seqcomb = a.data.startswith("seqcomb:")
    norm = a.normalization if a.normalization != "auto" else ("none" if is_seqcomb else "zscore")
    tr = load_windows(a.data, a.window, normalize=norm == "zscore", split="train", seed=a.seed)
    val = None
    if a.val:
        val = load_windows(a.val, a.window, normalize=norm == "zscore", split="val", seed=a.seed)
    elif is_seqcomb:
        val = load_windows(a.data, a.window, split="val", seed=a.seed)
    try:
        scales = tuple(int(s) for s in a.scales.split(","))
    except ValueError:
        raise StampError(f"--scales: expected comma-separated integers, got {a.scales!r}") from None
    channels = a.channels or tr.x.shape[1]
    cfg = StampConfig(mode=a.mode, channels=channels if a.mode == "joint" else 1, atom_length=a.atom_length,
                      n_atoms=a.atoms, codebook_size=a.codebook_size, scales=scales, encoder_hidden=a.hidden,
                      normalization=norm, loss=a.loss, sdtw_weight=a.sdtw_weight, commitment=a.commitment,
                      activation_penalty=a.activation_penalty, epochs=a.epochs,
                      batch_size=a.batch_size, learning_rate=a.lr, seed=a.seed)
    if not a.quiet:
        print(f"training on {tr.description}; {cfg.mode} {cfg.loss} V={cfg.codebook_size} K={cfg.n_atoms} "
              f"L={cfg.atom_length} scales={list(cfg.scales)} epochs={cfg.epochs}", file=sys.stderr)
    res = train_to_file(cfg, tr.x, None if val is None else val.x, out, tr.description,
                        checkpoint_dir=a.checkpoint_dir, resume=a.resume, progress=not a.quiet)
    msg = f"wrote {out} ({out.stat().st_size} bytes) after {len(res.history)} epochs in {res.wall_seconds:.0f}s"
    if res.best_epoch is not None:
        kept = res.history[res.best_epoch - 1]
        msg += f"; kept epoch {kept.epoch} (val MSE {kept.val_mse:.4f}, codebook usage {kept.usage:.0%})"
    elif res.history:
        msg += f"; train MSE {res.history[-1].mse:.4f}, codebook usage {res.history[-1].usage:.0%}"
    print(msg)
    return 0


def _cmd_eval(a: argparse.Namespace) -> int:
    a.baselines = a.baselines or ""
    if a.baselines or a.out or len(a.models) != 1:
        return _eval_sweep(a)
    from stampcodec.evaluate import evaluate_bundle, format_report

    report = evaluate_bundle(a.models[0], a.data, split=a.split, scales=a.scales, seed=a.seed)
    print(format_report(report))
    if a.json:
        from stampcodec.atomic import write_atomic

        write_atomic(a.json, (json.dumps(report, indent=2) + "\n").encode())
    return 0


def _eval_sweep(a: argparse.Namespace) -> int:
    from stampcodec.atomic import write_atomic
    from stampcodec.data.sources import _recordings
    from stampcodec.rdp import methods, report, sweep

    which = set(BASELINES) if a.baselines.strip() == "all" else {b.strip() for b in a.baselines.split(",") if b.strip()}
    unknown = which - set(BASELINES)
    if unknown:
        raise StampError(f"--baselines: unknown {', '.join(sorted(unknown))} (choose from {', '.join(BASELINES)}, or all)")
    if not a.models and not which:
        raise StampError("nothing to evaluate: give model bundles, --baselines, or both")
    if a.scales:
        raise StampError("--scales applies to the one-model report only")
    if which & {"sz3", "zfp"} and not a.models:
        raise StampError("sz3 and zfp are tuned to STAMP's rates: give at least one model")
    if a.data.startswith("seqcomb:"):
        parts = a.data.split(":")
        ds = sweep.seqcomb_dataset(parts[1], int(parts[2]) if len(parts) > 2 else 10_000, a.split, a.seed)
    else:
        ds = sweep.recordings_dataset(a.name or Path(a.data).name, _recordings(Path(a.data)))
    if a.name:
        ds.name = a.name
    from tqdm import tqdm

    todo: list = [methods.Stamp(m) for m in a.models] + methods.symbolic_baselines(which)
    # SZ3 and ZFP add one row per target rate, known only once the models have run: no total
    with tqdm(desc=ds.name, unit="method", disable=a.quiet, file=sys.stderr) as bar:
        def step(done: str) -> None:
            bar.set_postfix_str(done)
            bar.update()

        rows = sweep.run(ds, todo, None, which & {"sz3", "zfp"}, step, a.match)
    print(f"{ds.description}")
    print(report.markdown(rows))
    if a.out:
        for p in report.write_all(rows, a.out, png=not a.no_plot):
            print(f"wrote {p}", file=sys.stderr)
    if a.json:
        write_atomic(a.json, (json.dumps(rows, indent=2) + "\n").encode())
    return 0


def _cmd_refit(a: argparse.Namespace) -> int:
    from stampcodec import bundle as bundle_io
    from stampcodec.atomic import check_output_path
    from stampcodec.codec import DEFAULT_MODEL
    from stampcodec.data.sources import load_windows
    from stampcodec.refit import refit_codebook

    out = check_output_path(a.output, a.force)
    base = bundle_io.load(a.model or DEFAULT_MODEL)
    w = load_windows(a.data, 256, normalize=base.config.normalization == "zscore", split="train", seed=a.seed)
    t0 = time.perf_counter()
    say = None if a.quiet else (lambda s: print(f"iteration {s.iteration}: z-space distortion {s.distortion:.5f}, "
                                                 f"{s.used} codewords used", file=sys.stderr))
    new = refit_codebook(base, w.x, a.codebook_size, a.iterations, a.max_rows, a.seed, on_step=say)
    new.info["refit"]["data"] = w.description
    new.info["refit"]["seconds"] = round(time.perf_counter() - t0, 1)
    bundle_io.save(new, out)
    print(f"wrote {out}: V={a.codebook_size} fitted to model {base.model_id} on {w.description} "
          f"in {time.perf_counter() - t0:.0f}s (model {new.model_id})")
    return 0


def _cmd_encode(a: argparse.Namespace) -> int:
    import contextlib

    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.streams import needs_spool, open_source, spooled

    out = check_output_path(a.output, a.force, inputs=[a.input])
    codec = Codec.load(a.model, "numpy", encode_backend=a.backend, export_dir=a.export_dir)
    tcol: str | int | None = int(a.time_column) if a.time_column and a.time_column.isdigit() else a.time_column
    with contextlib.ExitStack() as stack:
        path = stack.enter_context(spooled(a.input)) if needs_spool(a.input) else Path(a.input)
        source = open_source(path, tcol)
        source.where = "<stdin>" if a.input == "-" else a.input
        with atomic_output(out) as f:
            h = codec.encode_source(source, f, frame_samples=a.frame_samples, sample_rate=a.sample_rate,
                                    progress=not a.quiet, keep_gaps=not a.fill_gaps,
                                    warn=None if a.quiet else _warn)
    if not a.quiet and str(out) != "-":
        size = out.stat().st_size
        print(f"{a.input}: {h.length} samples x {h.channels} channels -> {out} ({size} bytes, "
              f"{8 * size / (h.length * h.channels):.4f} bits per sample, model {h.model_id})", file=sys.stderr)
    return 0


def _cmd_decode(a: argparse.Namespace) -> int:
    from stampcodec.atomic import atomic_output, check_output_path
    from stampcodec.codec import Codec
    from stampcodec.streams import CsvSink, NpySink

    out = check_output_path(a.output, a.force, inputs=[a.input])
    fmt = a.format or ("npy" if str(out).lower().endswith(".npy") else "csv")
    if fmt == "npy" and str(out) == "-":
        raise StampError("NPY output needs a file name (standard output gets CSV)")
    codec = Codec.load(a.model, a.backend, export_dir=a.export_dir, tflite_variant=a.tflite_variant)
    where = "<stdin>" if a.input == "-" else a.input
    try:
        f = sys.stdin.buffer if a.input == "-" else open(a.input, "rb")
    except FileNotFoundError:
        raise StampError(f"{a.input}: file not found") from None
    except IsADirectoryError:
        raise StampError(f"{a.input}: is a directory") from None
    with f:
        h = codec.read_header(f, where)
        with atomic_output(out) as g:
            sink = NpySink(g, h) if fmt == "npy" else CsvSink(g, h, with_time=not a.no_time)
            for frame in codec.decode_frames(f, h, where, a.scales, progress=not a.quiet):
                sink.write(frame)
    if not a.quiet and str(out) != "-":
        print(f"{a.input}: {h.length} samples x {h.channels} channels -> {out}", file=sys.stderr)
    return 0


def _cmd_export(a: argparse.Namespace) -> int:
    from stampcodec.atomic import check_output_path, write_atomic
    from stampcodec.bundle import load
    from stampcodec.codec import DEFAULT_MODEL

    if a.format != "c":
        return _export_graphs(a)
    out = check_output_path(a.output, a.force)
    from stampcodec.export.c_header import c_header

    try:
        text = c_header(load(a.model or DEFAULT_MODEL), a.prefix, a.tables)
    except ValueError as e:
        raise StampError(str(e)) from None
    write_atomic(out, text.encode())
    print(f"wrote {out} ({len(text)} bytes)", file=sys.stderr)
    return 0


def _export_graphs(a: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from stampcodec.bundle import load
    from stampcodec.codec import DEFAULT_MODEL

    out = Path(a.output)
    if out.exists() and not out.is_dir():
        raise StampError(f"{out}: exists and is not a folder (onnx and tflite exports write a folder)")
    if not out.parent.exists():
        raise StampError(f"{out}: parent folder {str(out.parent)!r} does not exist")
    import stampcodec.train  # noqa: F401  (clear message when torch is missing)

    try:
        from stampcodec.export.check import check_exports
        from stampcodec.export.manifest import write_manifest
        if a.format == "onnx":
            from stampcodec.export.onnx_export import export_onnx as run
        else:
            from stampcodec.export.tflite_export import export_tflite as run
    except ImportError as e:
        raise StampError(f"exporting to {a.format} needs the [export] extra: pip install -c constraints.txt "
                         f"'stampcodec[export]' ({e})") from None
    bundle = load(a.model or DEFAULT_MODEL)
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".export-") as tmp:
        files = run(bundle, tmp)
        clash = [p.name for p in files.values() if (out / p.name).exists()]
        if clash and not a.force:
            raise StampError(f"{out}: {', '.join(clash)} exist (use --force to overwrite)")
        final = {k: out / p.name for k, p in files.items()}
        for k, p in files.items():
            shutil.move(str(p), str(final[k]))
            final[k].chmod(0o644)  # the quantizer writes 0755
    extra = {"tflite_chunk_blocks": 8} if a.format == "tflite" else {}
    write_manifest(out, bundle, final, **extra)
    report = check_exports(bundle, out, a.format)
    write_manifest(out, bundle, {}, **{f"checked_{a.format}": report})
    for k, p in final.items():
        print(f"wrote {p} ({p.stat().st_size} bytes)", file=sys.stderr)
    for name, r in report.items():
        print(f"  {name}: " + ", ".join(f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()),
              file=sys.stderr)
    return 0


def _cmd_profile(a: argparse.Namespace) -> int:
    from stampcodec.atomic import check_output_path, write_atomic
    from stampcodec.profiling import runner
    from stampcodec.profiling.cases import DECODERS, ENCODERS

    for path in (a.json, a.png):
        if path:
            check_output_path(path, force=True)
    decoders = [b for b in a.backends.split(",") if b]
    encoders = [b for b in a.encoders.split(",") if b]
    bad = [b for b in decoders if b not in DECODERS] + [b for b in encoders if b not in ENCODERS]
    if bad:
        raise StampError(f"unknown backend(s) {', '.join(bad)}; decoders: {', '.join(DECODERS)}; encoders: {', '.join(ENCODERS)}")
    if a.length < 1 or a.iterations < 1 or a.warmup < 0:
        raise StampError("--length and --iterations must be positive, --warmup non-negative")
    specs = runner.plan(decoders, encoders, baselines=not a.no_baselines, export_dir=a.export_dir, length=a.length,
                        iterations=a.iterations, warmup=a.warmup)
    results = runner.run_all(specs, progress=not a.quiet)
    doc: dict = {"protocol": {"length": a.length, "warmup": a.warmup, "iterations": a.iterations}, "results": results,
                 "paper": runner.PAPER}
    print(runner.table(results))
    if a.callgrind:
        doc["callgrind_instructions_per_sample"] = runner.callgrind(a.length)
        print("callgrind, C decoder: " + ", ".join(f"{k} {v:.1f} instructions/sample"
                                                    for k, v in doc["callgrind_instructions_per_sample"].items()))
    if a.json:
        write_atomic(a.json, (json.dumps(doc, indent=2) + "\n").encode())
    if a.png:
        try:
            runner.plot(results, a.png)
        except ImportError:
            raise StampError("--png needs matplotlib: pip install 'stampcodec[profile]'") from None
    return 0


def _cmd_info(a: argparse.Namespace) -> int:
    from stampcodec import container

    try:
        with open(a.path, "rb") as f:
            magic = f.read(4)
    except FileNotFoundError:
        raise StampError(f"{a.path}: file not found") from None
    except IsADirectoryError:
        raise StampError(f"{a.path}: is a directory") from None
    if magic == container.MAGIC:
        return _info_tokens(a)
    return _info_bundle(a)


def _info_tokens(a: argparse.Namespace) -> int:
    from stampcodec import container
    from stampcodec.config import StampConfig
    from stampcodec.rate import nominal_bpt

    size = Path(a.path).stat().st_size
    with open(a.path, "rb") as f:
        h = container.read_header(f, a.path)
        header_bytes = f.tell()
        masked = 0
        for i in range(h.n_frames):
            _, missing = container.read_frame(f, h, i, a.path)
            masked += int(missing.sum()) if missing is not None else 0
        if f.read(1):
            raise container.ContainerError(f"{a.path}: unexpected bytes after the last frame ({h.n_frames} frames)")
    cfg = StampConfig(mode=h.mode, channels=h.channels if h.mode == "joint" else 1, atom_length=h.atom_length,
                      codebook_size=h.codebook_size, scales=h.scales)
    samples = h.length * h.channels
    token_bits = sum(h.frame_blocks(i) for i in range(h.n_frames)) * h.rows * sum(h.tokens_per_block) * h.bits
    d = {
        "path": a.path, "kind": "tokens", "format_version": h.version, "bytes": size, "header_bytes": header_bytes,
        "model_id": h.model_id, "mode": h.mode, "channels": h.channels, "length": h.length,
        "columns": h.columns, "time_column": h.time_column, "sample_rate": h.sample_rate,
        "time_irregular": bool(h.time_kind & container.TIME_IRREGULAR), "normalization": h.normalization,
        "codebook_size": h.codebook_size, "atom_length": h.atom_length, "scales": list(h.scales),
        "frame_samples": h.frame_samples, "frames": h.n_frames, "frames_crc_ok": True, "missing_samples": masked,
        "real_bpt": 8 * size / samples, "nominal_bpt": nominal_bpt(cfg), "token_bpt": token_bits / samples,
    }
    if a.json:
        print(json.dumps(d, indent=2))
        return 0
    rate = "unknown" if h.sample_rate is None else f"{h.sample_rate:.6g} Hz" + (" (irregular time stamps)" if d["time_irregular"] else "")
    print(f"token file {a.path} ({size} bytes, format version {h.version})")
    print(f"  model id      {h.model_id}")
    print(f"  signal        {h.length} samples x {h.channels} channels, sample rate {rate}")
    if h.columns:
        print(f"  columns       {', '.join(h.columns)}" + (f" (time column {h.time_column!r})" if h.time_column else ""))
    print(f"  missing       {masked} samples")
    print(f"  layout        {h.mode}, V={h.codebook_size} ({h.bits} bits/token), L={h.atom_length}, scales {list(h.scales)}, "
          f"normalization {h.normalization}")
    print(f"  frames        {h.n_frames} of {h.frame_samples} samples per channel, all CRCs ok; header {header_bytes} bytes")
    print(f"  real rate     {d['real_bpt']:.4f} bits per sample per channel (file bytes, headers included)")
    print(f"  token rate    {d['token_bpt']:.4f} (tokens alone, padding included)")
    print(f"  nominal rate  {d['nominal_bpt']:.4f} (App. E.1); real/nominal = {d['real_bpt'] / d['nominal_bpt']:.3f}")
    return 0


def _info_bundle(a: argparse.Namespace) -> int:
    from stampcodec import bundle as bundle_io
    from stampcodec.rate import nominal_bpt

    b = bundle_io.load(a.path)
    cfg = b.config
    d = {
        "path": a.path, "kind": "bundle", "bytes": Path(a.path).stat().st_size, "model_id": b.model_id, "config": cfg.to_dict(),
        "nominal_bpt": nominal_bpt(cfg), "tensors": {k: list(v.shape) for k, v in sorted(b.tensors.items())},
        "info": {k: v for k, v in b.info.items() if k != "history"},
    }
    if a.json:
        print(json.dumps(d, indent=2))
        return 0
    print(f"model bundle {a.path} ({d['bytes']} bytes)")
    print(f"  model id      {b.model_id}")
    print(f"  mode          {cfg.mode} (atom channels {cfg.atom_channels})")
    print(f"  atoms         K={cfg.n_atoms} x L={cfg.atom_length}, codebook V={cfg.codebook_size} ({cfg.bits_per_token} bits/token)")
    print(f"  scales        {list(cfg.scales)}, hop {cfg.hop}")
    print(f"  nominal rate  {d['nominal_bpt']:.4f} bits per timestep per channel (App. E.1)")
    print(f"  normalization {cfg.normalization}")
    print(f"  objective     {cfg.loss}" + (f" (lambda {cfg.sdtw_weight}, gamma {cfg.sdtw_gamma})" if cfg.loss == "hybrid" else ""))
    refit = d["info"].pop("refit", None)
    for k, v in d["info"].items():
        print(f"  {k:<13} {v}")
    if isinstance(refit, dict):
        hist = refit.get("history") or [{}]
        print(f"  refit         codebook fitted to model {refit.get('base_model_id')} (V={refit.get('base_codebook_size')}, "
              f"whose training the lines above describe) on {refit.get('data', '?')}: {refit.get('iterations')} "
              f"closed-loop iterations over {refit.get('rows')} rows in {refit.get('seconds', '?')} s, z-space distortion "
              f"{hist[0].get('distortion', float('nan')):.4f} -> {hist[-1].get('distortion', float('nan')):.4f}")
    return 0


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def _os_error(err: OSError) -> str:
    """One line for a failed system call: the file, what the system said (disk full, read-only)."""
    where = err.filename if err.filename is not None else "I/O"
    return f"{where}: {err.strerror or err}"


def main(argv: list[str] | None = None) -> int:
    from stampcodec import signals

    commands = {"encode": _cmd_encode, "decode": _cmd_decode, "info": _cmd_info, "export": _cmd_export,
                "profile": _cmd_profile, "train": _cmd_train, "eval": _cmd_eval, "refit": _cmd_refit}
    with signals.handled():  # before the heavy imports, so that start-up is interruptible too
        try:
            parser = _parser()
            a = parser.parse_args(argv)
            if not a.command:
                parser.print_help()
                return 2
            status = commands[a.command](a)
            signals.checkpoint()  # an interrupt that something swallowed still fails the command
            return status
        except KeyboardInterrupt as err:
            stop = signals.pending() or (err if isinstance(err, signals.Interrupted) else signals.Interrupted(2))
            print(f"{PROG}: interrupted ({stop})", file=sys.stderr)
            return stop.exit_status
        except StampError as err:
            print(f"{PROG}: error: {err}", file=sys.stderr)
            return 1
        except BrokenPipeError:  # e.g. `stampcodec decode x -o - | head`
            sys.stderr.close()
            return 0
        except OSError as err:  # disk full, read-only folder, permissions: the system's own words
            print(f"{PROG}: error: {_os_error(err)}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
