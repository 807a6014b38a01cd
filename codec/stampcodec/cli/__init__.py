"""The `stampcodec` command line: one module per command, each with NAME, SUMMARY, DESCRIPTION,
add_arguments(parser) and run(args) -> exit status, its options next to its handler. A new
command is a module here and a line in COMMANDS. Heavy imports (numpy, torch) happen inside
the handlers, after the signal handlers are installed."""

from __future__ import annotations

import argparse
import importlib
import sys

from stampcodec.errors import StampError

PROG = "stampcodec"
COMMANDS = ("encode", "decode", "info", "truncate", "tokens", "bpe", "prior", "sample", "profile", "export", "train", "eval", "refit")  # modules in help order

DESCRIPTION = """\
STAMP codec for multichannel sensor time series: learned multi-scale tokens at a rate you choose.

commands:
  encode  encode a CSV or NPY recording into a token file
  decode  decode a token file back into CSV or NPY
  info    describe a token file (header, real and nominal rate, frames) or a model bundle
  truncate cut a token file to its coarsest scales: a lower rate without encoding again
  tokens  a recording's tokens as arrays for models (.npz), and back
  bpe     learn motif tokens: byte-pair merges over STAMP tokens
  prior   train a token prior: an entropy model and generator over STAMP tokens
  sample  draw new signals (or new detail for given coarse tokens) from a token prior
  profile measure latency, peak memory, footprint and energy of every decoder and the baselines
  export  freeze a model for deployment: a C header for the native decoder (--format c)
  train   train a model bundle from SeqComb, NPY, CSV or folders of them (needs the [train] extra)
  eval    measure a bundle on a data set (MSE, FID, rates, codebook usage), or compare bundles
          with SAX, ABBA, SZ3, ZFP and pcodec on rate, distortion and perception
  refit   fit a codebook of another size to a trained model (a rate ladder without retraining)

Encoding and decoding need only numpy; the default model ships with the package.

Run `stampcodec COMMAND --help` for each command's options. Exit status is 0 on success,
1 with a one-line message on error, 130/143 when interrupted (Ctrl-C, SIGTERM)."""


class Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Raw descriptions, and defaults shown only where there is a default worth showing."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.required or action.default in (None, False, argparse.SUPPRESS):
            return action.help or ""
        return super()._get_help_string(action)


def _module(name: str):
    return importlib.import_module(f"stampcodec.cli.{'eval_' if name == 'eval' else name}")


def build_parser() -> argparse.ArgumentParser:
    from stampcodec import __version__

    p = argparse.ArgumentParser(prog=PROG, description=DESCRIPTION, formatter_class=Formatter)
    from stampcodec.runtime import native

    built = "C decoder built" if native.available() else "C decoder not built: numpy decodes (reinstall with a C/C++ compiler)"
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__} ({built})")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        m = _module(name)
        sp = sub.add_parser(m.NAME, help=m.SUMMARY, description=m.DESCRIPTION, formatter_class=Formatter)
        m.add_arguments(sp)
        sp.set_defaults(run=m.run)
    return p


def _os_error(err: OSError) -> str:
    """One line for a failed system call: the file, what the system said (disk full, read-only)."""
    where = err.filename if err.filename is not None else "I/O"
    return f"{where}: {err.strerror or err}"


def main(argv: list[str] | None = None) -> int:
    from stampcodec import signals

    with signals.handled():  # before the heavy imports, so that start-up is interruptible too
        try:
            parser = build_parser()
            args = parser.parse_args(argv)
            if not args.command:
                parser.print_help()
                return 2
            status = args.run(args)
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
