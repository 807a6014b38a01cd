"""The codec API: numpy in, bytes out, and back. Mirrors the command line.

    >>> import numpy as np, stampcodec
    >>> codec = stampcodec.Codec.load()            # the bundled default model, or a .stamp path
    >>> blob = codec.encode(x)                      # x: (T,) or (T, C) float, NaN = missing
    >>> y = codec.decode(blob)                      # x's shape and dtype, NaN where x was missing
    >>> stampcodec.verify(x, y, blob)               # MSE, max abs error, PSNR, bits per sample

Encoding works frame by frame (`frame_samples` per channel, default 16384): each frame is
normalized with the whole signal's per-channel statistics, its gaps filled for the encoder,
decimated per channel to its time scale (format 2, stampcodec.resample), padded to whole blocks
by repeating its last sample and encoded as an independent signal; each scale's tokens are then
range coded where that is shorter (stampcodec.entropy). Rate targets: stampcodec.ratecontrol.
With max_error, frames carry the error-bounded layer instead (stampcodec.bounded): every
decoded sample within the bound of the input.
"""

from __future__ import annotations

import contextlib
import io
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator

import numpy as np
from tqdm import tqdm

from stampcodec import bundle as bundle_io
from stampcodec import bounded, container, parallel, released, resample, signals, timestamps
from stampcodec.container import ContainerError, Header
from stampcodec.missing import fill_missing
from stampcodec.errors import ConfigError, DataError
from stampcodec.layout import pad_blocks
from stampcodec.runtime import backends
from stampcodec.streams import ArraySource, Scan, Source, restore, scan

if TYPE_CHECKING:
    from stampcodec import ratecontrol
    from stampcodec.prior.bundle import TokenPrior
    from stampcodec.motifs import Motifs
    from stampcodec.tokens import Tokens

DEFAULT_FRAME_SAMPLES = 16384
BOUNDED_FRAME_SAMPLES = 1 << 18  # longer frames: each restarts the bounded layer's adaptive models
BOUNDED_TRIES, BOUNDED_TOLERANCE = 10, 0.02  # a rate target's search over the bound
LAYERS = ("auto", "tokens", "bounded")  # what a rate target may choose from
USELESS_NMSE = 1.0  # a rate target's best file at or above this error carries nothing: refused
ENCODE_BATCH_SAMPLES = 1 << 16  # samples per encoder call: bounds its working memory (tens of MB)
DEFAULT_MODEL = released.DEFAULT_MODEL


class Codec:
    """A model and the backends that run it. backend picks the decoder: "native" (the C library,
    stampcodec._native), "numpy" (the reference), "onnx" or "tflite" (graphs from `stampcodec
    export` in export_dir; tflite_variant f32, int8 or f16 weights), "torch" (PyTorch eager);
    "auto" takes native when it was built, else numpy. encode_backend: "native" (the C encoder,
    native/include/stampenc.h, in double: the numpy encoder's tokens, faster; what "auto" takes
    when built), "numpy" (the reference), "onnx" or "torch". threads: how many the C encoder
    runs on (frames side by side, or a frame's rows), default $STAMPCODEC_THREADS or every core
    this process may use; the bytes are the same for any count. Names and what each needs:
    stampcodec.runtime.backends. A Codec serves one thread
    at a time (its decoder keeps state between frames): give each thread its own, as
    stampcodec.numcodecs does."""

    def __init__(self, bundle: bundle_io.Bundle, name: str = "bundle", backend: str = backends.AUTO, *,
                 export_dir: str | Path | None = None, tflite_variant: str = "f32",
                 encode_backend: str = backends.AUTO, prior: "TokenPrior | str | Path | None" = None,
                 threads: int | None = None) -> None:
        self._options = backends.Options(None if export_dir is None else Path(export_dir), tflite_variant)
        self.bundle = bundle
        self.name = name
        self.config = bundle.config
        self.model_id = bundle.model_id
        backends.check(encode_backend, self._options, "encoder")
        self.encode_backend = backends.resolve(encode_backend, "encoder")
        self._encoder_fallback = encode_backend == backends.AUTO  # the C encoder hands numpy what it cannot take
        if threads is not None and (not isinstance(threads, int) or threads < 1):
            raise ConfigError(f"threads must be a positive integer, got {threads!r}")
        self.threads = threads  # the C encoder's; None: parallel.available_cores()
        self.prior = self._check_prior(prior)
        if self.prior is not None and export_dir is not None and (Path(export_dir) / "prior.onnx").exists():
            from stampcodec.prior.onnx_tables import OnnxTables  # the exported graph computes the tables

            self.prior = self.prior.with_runner(OnnxTables(Path(export_dir) / "prior.onnx", self.prior))
        # made now, so that a bad name, a missing runtime or export folder fails before any work;
        # the numpy encoder waits for the first frame, because decode-only bundles have no encoder weights
        self._decoder = backends.frame_decoder(backend, bundle, self._options)
        self.backend = backends.resolve(backend)
        self._encoder: backends.RowEncoder | None = None
        if self.encode_backend not in ("numpy", "native"):
            self._encoder = backends.row_encoder(self.encode_backend, bundle, self._options)
        # set by load() for the bundled default: files an earlier default wrote go to that model
        self.follows_released = False
        self._released: dict[str, Codec] = {}

    def _check_prior(self, prior: "TokenPrior | str | Path | None") -> "TokenPrior | None":
        """A token prior (or its file) for this model: encoding codes tokens with it, decoding
        reads files coded with it (stampcodec.prior)."""
        if prior is None:
            return None
        if isinstance(prior, (str, Path)):
            from stampcodec.prior import bundle as prior_io

            prior = prior_io.load(prior)
        prior.require_model(self.model_id)
        return prior

    @classmethod
    def load(cls, path: str | Path | None = None, backend: str = backends.AUTO, **kw) -> "Codec":
        """A bundle file, or the default model shipped with the package when path is None.
        prior=: a token prior (or its .stamp file) to code and decode tokens with."""
        p = Path(path) if path is not None else DEFAULT_MODEL
        codec = cls(bundle_io.load(p), str(p), backend, **kw)
        codec.follows_released = path is None
        return codec

    # --- whole arrays ---------------------------------------------------------------------
    def encode(self, x: np.ndarray, *, columns: list[str] | None = None, sample_rate: float | None = None,
               frame_samples: int | None = None, keep_gaps: bool = True, time_axis: int | None = None,
               resample: Resample = "auto", entropy: bool = True, version: int = container.VERSION,
               bpt: float | None = None, max_error: MaxError = None, layer: str = "auto",
               skip: Skip = None) -> bytes:
        """(T,) or (T, C) array (NaN = missing) -> token file bytes. A 2-D array with more channels
        than samples is refused unless time_axis says which axis is time (1 for (C, T)).
        keep_gaps=False stores no missing-sample mask: gaps then decode as the code of the signal
        interpolated across them. resample: "auto" (each channel at the coarsest time scale that
        keeps its content, stampcodec.resample.FactorProbe), a factor for every channel, or one
        per channel; entropy=False bit-packs every segment; version=1 writes the first format.
        bpt: a rate target in bits per channel-sample (file bytes, headers included): the time
        scales and the scales kept are chosen for the lowest error within it
        (stampcodec.ratecontrol), by the token layer or the error-bounded layer, whichever measures
        the lower NMSE (layer "auto"), or the one named ("tokens", "bounded").
        max_error: a bound E on |decoded - x| for every observed sample,
        in x's units, one for all channels or one per channel: the frames carry the error-bounded
        layer (stampcodec.bounded) and no tokens. skip: lambda >= 0 (variance units per bit), one
        for all channels or one per channel: tokens whose error reduction is worth less than
        lambda x their bits are skipped (stampcodec.budget); rate targets choose it themselves."""
        buf = io.BytesIO()
        self.encode_to(ArraySource(x, columns, time_axis=time_axis), buf, frame_samples=frame_samples, sample_rate=sample_rate,
                       keep_gaps=keep_gaps, resample=resample, entropy=entropy, version=version, bpt=bpt,
                       max_error=max_error, layer=layer, skip=skip)
        return buf.getvalue()

    def decode(self, blob: bytes, scales: int | None = None) -> np.ndarray:
        """Token file bytes -> the samples in the original units, NaN where samples were missing,
        in the input's dtype and shape when the file records them (format 2: (T,) in, (T,) out;
        float32 in, float32 out; integers rounded; (C, T) given with time_axis=1 comes back
        (C, T)); else (T, C) float64."""
        h, frames = self.decode_from(io.BytesIO(blob), "tokens", scales)
        return restore(h, np.concatenate(list(frames)))

    # --- tokens for models (stampcodec.tokens) ---------------------------------------------
    def tokenize(self, x: np.ndarray | Source, *, resample: float = 1, frame_samples: int | None = None,
                 time_axis: int | None = None, columns: list[str] | None = None, motifs: "Motifs | None" = None,
                 progress: bool = False) -> "Tokens":
        """A recording ((T,) or (T, C) array, NaN = missing; or a Source) -> its tokens per scale
        with their positions, gaps and statistics: the tokens a token file written with this
        resampling factor holds (docs/TOKENS.md). motifs: also its motif symbols (.motifs, one
        sequence per frame and row, and per scale in the "scales" stream; stampcodec.motifs)."""
        from stampcodec import tokens

        source = x if hasattr(x, "chunks") else ArraySource(np.asarray(x), columns, time_axis=time_axis)
        try:
            tok = tokens.tokenize(self, source, resample, frame_samples, progress=progress)
        except ValueError as e:
            raise ConfigError(str(e)) from None
        if motifs is not None:
            if motifs.base != self.config.codebook_size:
                raise ConfigError(f"motifs over {motifs.base} tokens, but this model has {self.config.codebook_size}")
            tok.motifs = motifs.encode(tok)
        return tok

    def detokenize(self, tok: "Tokens", scales: int | None = None) -> np.ndarray:
        """Tokens (of this model, or of an earlier default when this is the default: for_model) ->
        (T, C) float64 in the signal's units, NaN in the gaps."""
        from stampcodec import tokens

        return tokens.detokenize(self.for_model(tok.model_id), tok, scales)

    # --- streams --------------------------------------------------------------------------
    def encode_to(self, source: Source, out: BinaryIO, *, frame_samples: int | None = None,
                  sample_rate: float | None = None, progress: bool = False, keep_gaps: bool = True,
                  warn: Callable[[str], None] | None = None, resample: Resample = "auto", entropy: bool = True,
                  version: int = container.VERSION, bpt: float | None = None, max_error: MaxError = None,
                  layer: str = "auto", keep_time: bool = False, skip: Skip = None) -> Header:
        """Scan the source, then encode it frame by frame into `out`. warn(message) hears about
        what the token file will not keep (time stamps that are not a usable grid). keep_time:
        store the time column's stamps exactly (a CSV source with one; stampcodec.timestamps).
        resample, entropy, version, bpt, max_error, layer, skip: see encode."""
        if layer not in LAYERS or (layer != "auto" and bpt is None):
            raise ConfigError(f"layer (one of {', '.join(LAYERS)}, got {layer!r}) chooses what a rate target (bpt) "
                              "searches")
        if version not in container.VERSIONS:
            raise ConfigError(f"token format version must be one of {container.VERSIONS}, got {version}")
        bounds = None if max_error is None else _bounds(max_error, source.channels)
        if bounds is not None and (version != 2 or bpt is not None):
            raise ConfigError("an error bound (max_error) needs format version 2 and no rate target (bpt)")
        if bounds is not None:
            resample = 1  # the bounded layer codes every sample
        if bpt is not None and not (math.isfinite(bpt) and bpt > 0):
            raise ConfigError(f"a rate target must be a positive number of bits per sample, got {bpt}")
        if bpt is not None and (version != 2 or resample != "auto"):
            raise ConfigError("a rate target (bpt) must be a positive number, with format version 2 and the time "
                              "scales left to it (resample='auto')")
        lams = _skip_lambdas(skip, source.channels, self.config.mode)
        if lams is not None and (version != 2 or bounds is not None or bpt is not None or self.prior is not None
                                 or self.encode_backend not in backends.SKIPPING_ENCODERS):
            raise ConfigError("skipping tokens (skip) needs format version 2, the token layer without a rate target "
                              "(bpt chooses its own) or a token prior, and the numpy or native encoder")
        if keep_time and not getattr(source, "keeps_time", False):
            raise ConfigError(f"{source.where}: keeping time stamps needs a time column (a CSV file with one)")
        if keep_time and (version != 2 or bpt is not None):
            raise ConfigError("keeping time stamps needs format version 2 and no rate target (bpt): the target would "
                              "have to share its bytes with the time stamps")
        probe = _probe(resample, source.channels, version)
        s = scan(source, progress=progress, observe=probe.add if probe else None, stamps=keep_time)
        if bounds is not None and frame_samples is None:
            frame_samples = container.max_frame_samples(source.channels, self.config.block, BOUNDED_FRAME_SAMPLES)
        h = self._make_header(source, s, frame_samples, sample_rate)
        h.version = version
        if self.prior is not None and entropy and version == 2 and bounds is None:
            h.prior_id = self.prior.prior_id
        if keep_time:
            h.kept_time = _kept_time(source, s)
        if bounds is not None:
            h = _bounded_header(h, s, bounds, source.where)
        if version == 2 and bpt is not None:
            assert probe is not None
            return self._encode_to_rate(source, out, h, s, probe, bpt, keep_gaps, entropy, progress, layer)
        if version == 2:
            h.factors = self._choose_factors(h, probe) if probe else _factors(resample, source.channels)
            if self.config.mode == "joint" and len(set(h.factors)) > 1:
                raise ConfigError(f"a joint model codes all channels at one time scale: give one resampling factor, "
                                  f"not {list(h.factors)}")
        if warn is not None and source.time_column is not None and sample_rate is None and not keep_time:
            if s.time_problem:
                warn(f"{source.where}: time column {source.time_column!r} {s.time_problem}: no sample rate is stored "
                     "and decoded files have no time column (give --sample-rate, or --keep-time to keep the stamps)")
            elif s.time_irregular:
                warn(f"{source.where}: time column {source.time_column!r} is not evenly spaced: decoded times are a "
                     f"uniform grid at the mean rate ({h.sample_rate:.6g} Hz); --keep-time keeps them exactly")
        out.write(h.to_bytes())
        self._encode_frames(source, out, h, keep_gaps, entropy, progress, skip=lams)
        return h

    def _encode_frames(self, source: Source, out: BinaryIO, h: Header, keep_gaps: bool, entropy: bool,
                       progress: bool, what: str = "encoding", objective: str | tuple[int, ...] = "bytes",
                       skip: tuple[float, ...] | None = None) -> None:
        kept = h.kept_time
        chunks = (source.stamped_chunks(h.frame_samples) if kept is not None
                  else ((c, t, None) for c, t in source.chunks(h.frame_samples)))

        def frames() -> Iterator[tuple[np.ndarray, bytes]]:  # read here, in the calling thread
            read = 0
            for chunk, _, stamps in chunks:
                signals.checkpoint()
                time_field = b""
                if kept is not None:
                    try:
                        time_field = timestamps.encode_field(timestamps.ticks(stamps, kept.digits))
                    except ValueError as e:
                        raise DataError(f"{source.where}: time stamps from row {read + 1}: {e}") from None
                read += len(chunk)
                yield chunk, time_field

        threads = self._frame_threads(h, skip)
        # frames side by side: each encodes its rows on its own thread
        alone = self._row_encoder().one_thread_per_call if threads > 1 else contextlib.nullcontext

        def encode(item: tuple[np.ndarray, bytes]) -> tuple[int, bytes]:
            chunk, time_field = item
            with alone():
                return len(chunk), self._encode_frame(h, chunk, keep_gaps, entropy, objective, time_field, skip)

        done = 0
        with _bar(h, what, progress) as bar:
            for n, blob in parallel.ordered_map(encode, frames(), threads):
                out.write(blob)
                done += n
                bar.update(n)
        if done != h.length:
            raise DataError(f"{source.where}: changed while being read ({h.length} rows, then {done})")

    def _encode_to_rate(self, source: Source, out: BinaryIO, h: Header, s: Scan, probe: resample.FactorProbe,
                        bpt: float, keep_gaps: bool, entropy: bool, progress: bool, layer: str = "auto") -> Header:
        """The file within bpt with the lowest measured NMSE: the token layer's best
        (_tokens_to_rate) or the error-bounded layer's (_bounded_to_rate), whichever is lower."""
        chosen, refused = None, None
        if layer != "bounded":
            try:
                chosen = self._tokens_to_rate(source, h, s, probe, bpt, keep_gaps, entropy, progress)
            except ConfigError as e:
                refused = e
        other = self._bounded_to_rate(source, h, s, bpt, keep_gaps, progress) if layer != "tokens" else None
        if other is not None and (chosen is None or other[0] < chosen[0]):
            chosen = other
        if chosen is None:
            raise refused or ConfigError(f"{bpt} bits per sample is below what the error-bounded layer reaches on "
                                         f"{source.where} (headers and one coder per channel and frame)")
        if chosen[0] >= USELESS_NMSE:  # writing it would look like success and hold nothing
            raise ConfigError(f"{source.where}: within {bpt} bits per sample the best file found has NMSE "
                              f"{chosen[0]:.3g}: no better than each channel's mean. Give a larger --bpt")
        out.write(chosen[2])
        return chosen[1]

    def _bounded_to_rate(self, source: Source, h: Header, s: Scan, bpt: float, keep_gaps: bool,
                         progress: bool) -> tuple[float, Header, bytes] | None:
        """The error-bounded file within bpt with the lowest measured NMSE. One bound e x std for
        every channel, searched (_bound_search) with each channel's predictor picked by squared
        error + lambda bits. That choice flips as e grows, and the bytes with it: where the file
        that fits falls short of the target by more than the tolerance, the choice made just
        below the smallest e that fits is kept fixed and e searched again between the two."""
        target = int(bpt * h.length * h.channels / 8)
        first = self._bound_search(source, h, s, bpt, keep_gaps, progress, "mse", math.log2(0.01))
        if first.best is None:
            return None
        x_fit, best_h, best_blob = first.best
        found = [(best_h, best_blob)]
        over = [k for k, v in first.sizes.items() if target < v < (1 << 62) and k < x_fit]
        if len(best_blob) < (1 - BOUNDED_TOLERANCE) * target and over:
            x_over = max(over)
            forced = _field_flags(first.files[x_over])
            again = self._bound_search(source, h, s, bpt, keep_gaps, progress, forced, (x_over + x_fit) / 2,
                                       seed={x_over: first.sizes[x_over]})
            if again.best is not None:
                found.append(again.best[1:])
        scored = [(self._nmse(source, fh, fb, s.std ** 2), fh, fb) for fh, fb in found]
        return min(scored, key=lambda c: c[0])

    def _bound_search(self, source: Source, h: Header, s: Scan, bpt: float, keep_gaps: bool, progress: bool,
                      objective: str | tuple[int, ...], x: float, seed: dict[float, int] | None = None) -> _Search:
        """Secant steps on (log2 e, bytes) from log2 e = x, about a bit per sample per doubling of e
        until two tries give the slope, up to BOUNDED_TRIES real encodings; keeps the smallest e
        whose file fits (bytes are not monotone in e: a channel that lands on its data's grid is
        coded exactly in fewer bytes)."""
        samples, target = h.length * h.channels, int(bpt * h.length * h.channels / 8)
        scale = np.where(s.std > 0, s.std, np.maximum(np.abs(s.mean), 1.0))  # constant channels: any e
        frame = container.max_frame_samples(h.channels, h.block, BOUNDED_FRAME_SAMPLES)
        found = _Search(dict(seed or {}), {}, None)
        tried = found.sizes
        for attempt in range(BOUNDED_TRIES):
            buf = io.BytesIO()
            try:
                trial = _bounded_header(_replace_header(h, frame_samples=frame), s, list(2.0 ** x * scale), source.where)
                buf.write(trial.to_bytes())
                self._encode_frames(source, buf, trial, keep_gaps, True, progress, f"bounded (try {attempt + 1})",
                                    objective)
            except ConfigError:  # a bound below float64's resolution or the lattice's span: as if too large
                tried[x] = 1 << 62
            else:
                tried[x], found.files[x] = len(buf.getvalue()), buf.getvalue()
                if tried[x] <= target and (found.best is None or x < found.best[0]):
                    found.best = (x, trial, buf.getvalue())
                    if tried[x] >= (1 - BOUNDED_TOLERANCE) * target:
                        break
            over = [k for k, v in tried.items() if v > target]
            under = [k for k, v in tried.items() if v <= target]
            if over and under:
                lo, hi = max(over), min(under)
                if hi - lo < 1e-3:
                    break
                a, b = tried[lo], tried[hi]
                t = (a - target) / (a - b) if a < (1 << 62) else 0.5
                x = lo + (hi - lo) * min(0.9, max(0.1, t))
            else:  # not bracketed yet: follow the slope of the tries so far (a bit per doubling at first)
                if under and len(under) >= 2 and tried[min(under)] <= 1.005 * tried[sorted(under)[1]]:
                    break  # a smaller bound costs nothing more: the data are coded exactly (their grid)
                bits = 8 * tried[x] / samples
                slope = -1.0
                if len(tried) >= 2:
                    (x0, b0), (x1, b1) = sorted(tried.items())[:1] + sorted(tried.items())[-1:]
                    if x1 > x0 and b1 < b0 < (1 << 62):
                        slope = min(-0.01, 8 * (b1 - b0) / samples / (x1 - x0))
                step = min(20.0, max(0.5, abs(bpt - bits) / -slope))
                x = x + step if not under else x - step
                if x > 40:
                    break
        return found

    def _tokens_to_rate(self, source: Source, h: Header, stats: Scan, probe: resample.FactorProbe, bpt: float,
                        keep_gaps: bool, entropy: bool, progress: bool) -> tuple[float, Header, bytes]:
        """The token file within bpt with the lowest measured error (stampcodec.ratecontrol): a
        plan from the probe, real encodings with the planner's budget bisected, then finer factors;
        once with every token kept and once with token budgets (skip lambdas) among the
        candidates, keeping the lower measured error: the probe's windows can favour skipping
        where the whole recording does not."""
        from stampcodec import ratecontrol
        from stampcodec.runtime.decoder import NumpyDecoder

        windows = self._probe_windows(h, probe)
        decoder = NumpyDecoder(self.bundle)
        # skipped tokens: the numpy encoder's, and not with a token prior (its tables have V symbols)
        skips = ratecontrol.SKIPS if self.encode_backend in backends.SKIPPING_ENCODERS and self.prior is None \
            else (ratecontrol.NO_SKIP,)
        measured = ratecontrol.measure(windows, self._encode_rows, decoder.decode_rows, h, skips=skips)
        chosen = self._rate_search(source, h, stats, measured.without_skips(), bpt, keep_gaps, entropy, progress)
        if len(skips) > 1:
            try:
                other = self._rate_search(source, h, stats, measured, bpt, keep_gaps, entropy, progress)
            except ConfigError:
                other = None
            if other is not None and other[0] < chosen[0]:
                chosen = other
        return chosen

    def _rate_search(self, source: Source, h: Header, stats: Scan, measured: "ratecontrol.Measured", bpt: float,
                     keep_gaps: bool, entropy: bool, progress: bool) -> tuple[float, Header, bytes]:
        """The fitting file with the lowest measured error among real encodings of the plans
        made from these measurements (_tokens_to_rate)."""
        from stampcodec import ratecontrol

        samples = h.length * h.channels
        target = int(bpt * samples / 8)
        budget = self._token_budget(h, bpt)
        lo, hi, best, seen = 0.0, math.inf, None, set()
        coarsest: ratecontrol.Plan = ((float(ratecontrol.GRID[-1]),) * h.channels, 1, (None,) * h.channels)
        chosen: tuple[float, Header, bytes] | None = None  # the fitting file with the lowest measured error
        best_plan = coarsest
        for attempt in range(ratecontrol.ATTEMPTS):
            plan = ratecontrol.allocate(measured, budget, h.mode == "joint")
            if plan is None:  # even the coarsest plan is estimated too large: try it
                plan = coarsest
            if plan in seen:
                if hi == math.inf or best is not None and len(best[1]) >= (1 - ratecontrol.TOLERANCE) * target:
                    break
            seen.add(plan)
            trial, blob = self._trial(source, h, plan, keep_gaps, entropy, progress, attempt)
            size = len(blob)
            if size <= target:
                chosen = self._better(source, chosen, trial, blob, stats.std ** 2)
                if best is None or size > len(best[1]):
                    best, best_plan = (trial, blob), plan
                if size >= (1 - ratecontrol.TOLERANCE) * target:
                    break
                lo = budget
                budget = budget * target / max(size, 1) if hi == math.inf else (lo + hi) / 2
            else:
                hi = budget
                budget = min(budget * target / size, (lo + hi) / 2)
            if plan[:2] == coarsest[:2] and size > target:
                break
        if best is None:
            raise ConfigError(f"{bpt} bits per sample is below what this model can reach on {source.where} (the "
                              f"coarsest plan takes {8 * size / samples:.4f}: every channel at 1/255, one scale)")
        # Finer than the planner's grid: every factor scaled by s <= 1 (in sixteenths, rounded up),
        # s bisected between "all factors 1" and the best plan, while the file still fits; only
        # where the probe says smaller factors lower the error (else the bits buy nothing).
        base, keep = best[0].factors or (1.0,) * h.channels, best[0].n_coded
        lo_s, hi_s = 1 / max(base), 1.0
        worth = ratecontrol.finer_helps(measured, base, keep)
        for attempt in range(ratecontrol.REFINE if worth else 0):
            if len(best[1]) >= (1 - ratecontrol.TOLERANCE) * target or max(base) == 1:
                break
            s = (lo_s + hi_s) / 2
            factors = tuple(max(1.0, math.ceil(f * s * resample.STEP) / resample.STEP) for f in base)
            if factors == best[0].factors:
                break
            trial, blob = self._trial(source, h, (factors, keep, best_plan[2]), keep_gaps, entropy, progress,
                                      ratecontrol.ATTEMPTS + attempt)
            if len(blob) <= target:
                hi_s = s
                chosen = self._better(source, chosen, trial, blob, stats.std ** 2)
                if len(blob) > len(best[1]):
                    best = (trial, blob)
            else:
                lo_s = s
        assert chosen is not None
        return chosen

    @staticmethod
    def _token_budget(h: Header, bpt: float) -> float:
        """The planner's first token budget: bits per channel-sample left after the headers."""
        samples = h.length * h.channels
        fixed = len(h.to_bytes()) + h.n_frames * (5 + 2 * len(h.scales))
        return max(0.0, (int(bpt * samples / 8) - fixed) * 8 / samples)

    def _better(self, source: Source, chosen: tuple[float, Header, bytes] | None, trial: Header,
                blob: bytes, var: np.ndarray) -> tuple[float, Header, bytes]:
        """The one of `chosen` and this trial with the lower NMSE against the source, measured by
        decoding the trial: a larger file is not always a better one (the token layer's error is
        not monotone in the resampling factor)."""
        err = self._nmse(source, trial, blob, var)
        return (err, trial, blob) if chosen is None or err < chosen[0] else chosen

    def _nmse(self, source: Source, h: Header, blob: bytes, var: np.ndarray) -> float:
        """Mean over channels of MSE / variance (the scan's) of a candidate file against the source."""
        sq, n = np.zeros(h.channels), np.zeros(h.channels)
        _, frames = self.decode_from(io.BytesIO(blob), "candidate")
        for (chunk, _), y in zip(source.chunks(h.frame_samples), frames):
            ok = np.isfinite(chunk)
            sq += (np.where(ok, chunk - np.where(ok, y, 0.0), 0.0) ** 2).sum(axis=0)
            n += ok.sum(axis=0)
        live = (var > 0) & (n > 0)
        return float(np.mean(sq[live] / n[live] / var[live])) if live.any() else 0.0

    def _trial(self, source: Source, h: Header, plan: "ratecontrol.Plan", keep_gaps: bool, entropy: bool,
               progress: bool, attempt: int) -> tuple[Header, bytes]:
        """One whole encoding with these factors, kept scales and skip lambdas, in memory."""
        trial = _replace_header(h, factors=plan[0], coded_scales=plan[1])
        lams = tuple(math.nan if v is None else v for v in plan[2])
        buf = io.BytesIO()
        buf.write(trial.to_bytes())
        self._encode_frames(source, buf, trial, keep_gaps, entropy, progress, f"encoding (try {attempt + 1})",
                            skip=None if all(v is None for v in plan[2]) else lams)
        return trial, buf.getvalue()

    def _probe_windows(self, h: Header, probe: resample.FactorProbe) -> list[np.ndarray]:
        """The probe's windows normalized like the frames and gap-filled: (C, T_w) each."""
        return [fill_missing(((w - h.mean) / np.where(h.std > 0, h.std, 1.0)).T) if h.mean is not None
                else fill_missing(w.T) for w in probe.sample()]

    def decode_from(self, f: BinaryIO, where: str = "tokens", scales: int | None = None,
                    progress: bool = False) -> tuple[Header, Iterator[np.ndarray]]:
        """A token file's header (checked against this model) and its frames, decoded one at a
        time as the iterator is consumed: (T_frame, C) float64 in the signal's units. Raises
        ContainerError on damage or trailing bytes, when it reaches them."""
        h, codec = self._open(f, where, scales)
        return h, (y for y, _ in codec._frames(f, h, where, scales, progress, times=False))

    def decode_stamped_from(self, f: BinaryIO, where: str = "tokens", scales: int | None = None,
                            progress: bool = False) -> tuple[Header, Iterator[tuple[np.ndarray, np.ndarray | None]]]:
        """decode_from, each frame with its exact time stamps: int64 ticks of 10^-digits of the
        time column's unit (h.kept_time; stampcodec.timestamps.KeptTimes reads them), or None
        when the file does not keep them."""
        h, codec = self._open(f, where, scales)
        return h, codec._frames(f, h, where, scales, progress, times=True)

    def _open(self, f: BinaryIO, where: str, scales: int | None) -> tuple[Header, "Codec"]:
        """A token file's header, checked against the model that decodes it (this one, or the
        earlier default the header names: for_model) and the scales asked for."""
        h = container.read_header(f, where)
        codec = self.for_model(h.model_id)
        h.check_model(codec.config, codec.model_id, where)
        if scales is not None and h.bounds is not None and h.n_coded == 0:
            raise ConfigError(f"{where}: an error-bounded file carries no token scales to choose from")
        if scales is not None and not 1 <= scales <= h.n_coded:
            carries = "" if h.n_coded == len(h.scales) else f" (the file carries {h.n_coded} of {len(h.scales)})"
            raise ConfigError(f"scales must be between 1 and {h.n_coded}{carries}, got {scales}")
        return h, codec

    def for_model(self, model_id: str) -> "Codec":
        """The codec that decodes files of this model id: this one, or, when this is the bundled
        default (follows_released), the earlier default with that id (stampcodec.released) on
        the same decoder where it can (exported graphs belong to one model: those fall back to
        auto). Itself when no released model has the id: the caller reports the mismatch."""
        if model_id == self.model_id or not self.follows_released:
            return self
        if model_id not in self._released:
            path = released.released_path(model_id)
            if path is None:
                return self
            backend = self.backend if self.backend in ("native", "numpy", "torch") else backends.AUTO
            self._released[model_id] = Codec(bundle_io.load(path), str(path), backend)
        return self._released[model_id]

    # --- frames ---------------------------------------------------------------------------
    def _frames(self, f: BinaryIO, h: Header, where: str, scales: int | None, progress: bool,
                times: bool) -> Iterator[tuple[np.ndarray, np.ndarray | None]]:
        """(samples, exact time stamps or None) per frame; times=False leaves the stamps' field
        undecoded (checked for length, like the C library does)."""
        from stampcodec.runtime.decoder import NumpyDecoder

        decoder = self._decoder
        if h.prior_id is not None:  # prior-coded tokens are parsed here; the row decoder sums them
            container.check_prior(h, self.prior, where)
            decoder = backends.RowFrames(getattr(self._decoder, "rows", None) or NumpyDecoder(self.bundle), self.prior,
                                         self.bundle)
        with _bar(h, "decoding", progress) as bar:
            for i in range(h.n_frames):
                signals.checkpoint()
                raw = container.read_frame_bytes(f, h, i, where)
                ticks = container.frame_times(raw, h, i, where) if times else None
                if h.bounds is not None:
                    yield self._decode_bounded(h, raw, i, where), ticks
                else:
                    yield denormalize(h, decoder.decode_frame(h, raw, i, scales, where)), ticks
                bar.update(h.frame_length(i))
        if f.read(1):
            raise ContainerError(f"{where}: unexpected bytes after the last frame ({h.n_frames} frames)")

    def _decode_bounded(self, h: Header, raw: bytes, index: int, where: str) -> np.ndarray:
        """An error-bounded frame -> (T_frame, C) values: the C library when that is the backend,
        else numpy (the row backends -- ONNX, TFLite, PyTorch -- decode tokens only)."""
        native = getattr(self._decoder, "decode_bounded", None)
        if native is not None:
            return native(h, raw, index, where)
        return bounded.decode_frame(h, raw, index, where)

    def _make_header(self, source: Source, s: Scan, frame_samples: int | None = None,
                     sample_rate: float | None = None) -> Header:
        """frame_samples None: the default size, made smaller where many channels would exceed the
        per-frame limit (container.MAX_FRAME_VALUES); a size given explicitly must fit it."""
        cfg = self.config
        c = source.channels
        if cfg.mode == "joint" and c != cfg.channels:
            raise DataError(f"{source.where}: {c} channels, but this joint model encodes exactly {cfg.channels}")
        if frame_samples is None:
            frame_samples = container.max_frame_samples(c, cfg.block, DEFAULT_FRAME_SAMPLES)
        elif frame_samples < cfg.block or frame_samples % cfg.block:
            raise ConfigError(f"frame size {frame_samples} must be a positive multiple of the model's block "
                              f"({cfg.block} samples)")
        if s.length == 0:
            raise DataError(f"{source.where}: no data rows")
        if sample_rate is not None and not (math.isfinite(sample_rate) and sample_rate > 0):
            raise ConfigError(f"sample rate must be a positive number, got {sample_rate}")
        try:
            container.check_layout(frame_samples, c, s.length, cfg.block, source.where)
        except ContainerError as e:
            raise DataError(str(e)) from None
        h = Header(model_id=self.model_id, mode=cfg.mode, codebook_size=cfg.codebook_size, atom_length=cfg.atom_length,
                   scales=tuple(cfg.scales), channels=c, frame_samples=frame_samples, length=s.length,
                   normalization=cfg.normalization, time_column=source.time_column,
                   columns=list(source.columns) if source.named or source.time_column else None,
                   style=getattr(source, "style", None))
        if cfg.normalization == "zscore":
            # the std as stored (float32): the encoder must divide by exactly what the decoder multiplies by
            h.mean, h.std = s.mean.astype(np.float64), s.std.astype(np.float32).astype(np.float64)
        rate = sample_rate if sample_rate is not None else s.sample_rate
        if rate:
            h.sample_rate, h.time_origin = float(rate), s.time_origin
            if source.time_is_date:
                h.time_kind = container.TIME_DATE_UTC if source.time_has_offset else container.TIME_DATE
            if s.time_irregular and sample_rate is None:
                h.time_kind |= container.TIME_IRREGULAR
            try:
                container.check_times(h)
            except ContainerError as e:
                raise DataError(f"{source.where}: {e}") from None
        return h

    def _choose_factors(self, h: Header, probe: resample.FactorProbe) -> tuple[float, ...]:
        """Try every candidate factor on the probe's windows, through the encoder and the numpy
        decoder, and keep per channel the largest that costs little fidelity (resample.choose)."""
        from stampcodec.ratecontrol import round_trip
        from stampcodec.runtime.decoder import NumpyDecoder

        stacks = resample.stacked(self._probe_windows(h, probe))
        if not stacks:
            return (1,) * h.channels
        decoder, errors = NumpyDecoder(self.bundle), {}
        every = (len(h.scales),)
        for r in resample.FACTORS:
            err = np.zeros(h.channels)
            for w in stacks:  # (windows, C, m): one encoder call for all of them
                err += round_trip(w, r, h, self._encode_rows, decoder.decode_rows, every)[1][0]
            errors[r] = err if h.mode == "independent" else np.full(h.channels, err.sum())
            if r > 1 and np.all(errors[r] > 4 * (1 + resample.AUTO_SLACK) * errors[1]):
                break  # far past every channel's choice
        return resample.choose(errors)

    def _encode_frame(self, h: Header, x: np.ndarray, keep_gaps: bool = True, entropy: bool = True,
                      objective: str | tuple[int, ...] = "bytes", time_field: bytes = b"",
                      skip: tuple[float, ...] | None = None) -> bytes:
        """x (T_frame, C) float64 with NaN for missing samples -> frame bytes (time_field: the
        frame's exact time stamps, when the header keeps them; skip: lambda per row, version 2)."""
        missing = np.isnan(x)
        mask = missing if keep_gaps and missing.any() else None
        if h.bounds is not None:
            fields = bounded.encode_fields(x, h.bounds, "input", h.columns, objective)
            return container.write_frame(h, [], mask if mask is not None else None, entropy, fields, time_field)
        filled = normalized_filled(h, x)
        if h.version == 1:
            return container.write_frame(h, self._encode_rows(self.config.layout.to_rows(pad_blocks(filled, h.block))), mask,
                                         time_field=time_field)
        layout, factors = self.config.layout, h.row_factors
        per_row: list[list[np.ndarray]] = [[np.empty(0)] * h.rows for _ in h.scales]
        for r in sorted(set(factors)):
            rows = [i for i, f in enumerate(factors) if f == r]
            signal = filled if h.mode == "joint" else filled[rows]
            # lambda per original sample: a coded sample stands for r of them
            lam = None if skip is None else np.array([skip[i] / r for i in rows])
            tokens = self._encode_rows(layout.to_rows(pad_blocks(resample.decimate(signal, r), h.block)), lam)
            for s, tok in enumerate(tokens):
                for i, row in zip(rows, tok):
                    per_row[s][i] = row
        return container.write_frame(h, per_row, mask, entropy, time_field=time_field, prior=self.prior)

    def _frame_threads(self, h: Header, skip: tuple[float, ...] | None) -> int:
        """Threads to encode frames on: the cores, when the C encoder does the work (it runs
        without the GIL), there are frames enough, and nothing per frame runs in Python at length
        (a token budget, the error-bounded layer) or keeps state between frames (a prior's
        coders); else 1, and each frame's rows are spread over the cores instead."""
        if self.encode_backend != "native" or skip is not None or h.bounds is not None or self.prior is not None:
            return 1
        return min(self.threads or parallel.available_cores(), -(-h.length // h.frame_samples))

    def _row_encoder(self) -> backends.RowEncoder:
        if self._encoder is None:
            if self.encode_backend == "native":
                from stampcodec.runtime.native import NativeEncoder

                self._encoder = NativeEncoder(self.bundle, threads=self.threads, fallback=self._encoder_fallback)
            else:
                self._encoder = backends.row_encoder(self.encode_backend, self.bundle, self._options)
        return self._encoder

    def _encode_rows(self, rows: np.ndarray, skip: np.ndarray | None = None) -> list[np.ndarray]:
        """Rows in batches of about ENCODE_BATCH_SAMPLES, so the encoder's working memory
        (activations, ~2 KB per sample) does not grow with the channel count. skip: lambda per
        row (NaN: none) for the numpy encoder's token budget (stampcodec.budget)."""
        encoder = self._row_encoder()
        r, _, t = rows.shape
        # the C encoder's working memory does not grow with the rows: all at once, spread over its threads
        step = max(1, r) if self.encode_backend == "native" else max(1, ENCODE_BATCH_SAMPLES // (t * rows.shape[1]))
        parts = []
        for i in range(0, r, step):
            kw = {} if skip is None else {"skip": skip[i:i + step]}
            parts.append([np.asarray(tok, dtype=np.int64) for tok in encoder.encode_rows(rows[i:i + step], **kw)])
        return [np.concatenate(per_scale) for per_scale in zip(*parts)]


@dataclass
class _Search:
    """Tries of a bound search: bytes and file per log2 e, and the fitting try with the smallest e."""
    sizes: dict[float, int]
    files: dict[float, bytes]
    best: tuple[float, Header, bytes] | None


def _bounded_header(h: Header, s: Scan, bounds: list[float], where: str) -> Header:
    """h for the error-bounded layer: no tokens, no resampling, no statistics (each lattice has
    its own origin), one lattice per channel from the scan; ConfigError for a bound float64
    cannot keep."""
    names = h.columns or [str(c + 1) for c in range(h.channels)]
    lattices = [bounded.lattice(e, m, sd, s.length, f"{where}: channel {n}")
                for e, m, sd, n in zip(bounds, s.mean, s.std, names)]
    return _replace_header(h, coded_scales=0, factors=(1,) * h.channels, normalization="none", mean=None, std=None,
                           bounds=lattices)


def normalized_filled(h: Header, x: np.ndarray) -> np.ndarray:
    """A frame (T, C) as the token encoder takes it: z-scored with exactly the statistics the
    header stores (so the decoder inverts it exactly), gaps interpolated -> (C, T) float32
    (all-missing channels become 0, the mean)."""
    z = x
    if h.normalization == "zscore":
        assert h.mean is not None and h.std is not None
        z = (x - h.mean) / np.where(h.std > 0, h.std, 1.0)
    return fill_missing(z.T)


def _kept_time(source: Source, s: Scan) -> container.KeptTime:
    """How a source's exact time stamps are counted: in 10^-d of the column's unit, d the most
    digits after the point any stamp was written with (so each prints back as written)."""
    digits = s.time_digits or 0
    if digits > timestamps.MAX_DIGITS:
        raise DataError(f"{source.where}: time stamps with {digits} digits after the point (at most "
                        f"{timestamps.MAX_DIGITS} can be kept exactly)")
    kind = (container.TIME_DATE_UTC if source.time_has_offset else container.TIME_DATE) if source.time_is_date \
        else container.TIME_NUMBER
    return container.KeptTime(digits, kind)


def _field_flags(blob: bytes) -> tuple[int, ...]:
    """Each channel's predictor flags in a bounded file's first frame."""
    h, frames = container.split(blob, "candidate")
    return tuple(flags for flags, _ in container.bounded_fields(frames[0], h, 0, "candidate"))


Resample = str | float | tuple[float, ...] | list[float]
MaxError = float | tuple[float, ...] | list[float] | None
Skip = float | tuple[float, ...] | list[float] | None  # lambda of the token budget (stampcodec.budget)


def _bounds(spec: MaxError, channels: int) -> list[float]:
    """One bound for every channel, or one per channel -> one per channel; ConfigError when not."""
    e = [float(spec)] if isinstance(spec, (int, float, np.number)) else [float(v) for v in spec]  # type: ignore[union-attr]
    if len(e) == 1:
        e = e * channels
    if len(e) != channels:
        raise ConfigError(f"max_error gives {len(e)} bounds for {channels} channels")
    for v in e:
        if not (math.isfinite(v) and v > 0):
            raise ConfigError(f"a maximum error must be a positive number, got {v}")
    return e


def _skip_lambdas(spec: Skip, channels: int, mode: str) -> tuple[float, ...] | None:
    """skip -> lambda per token row (one per channel; a joint stream takes the first), checked."""
    if spec is None:
        return None
    values = [float(spec)] * channels if np.isscalar(spec) else [float(v) for v in spec]  # type: ignore[union-attr]
    if len(values) != channels or not all(math.isfinite(v) and v >= 0 for v in values):
        raise ConfigError(f"skip must be one lambda >= 0 or one per channel ({channels}), got {spec!r}")
    if mode == "joint" and len(set(values)) > 1:
        raise ConfigError("a joint model codes all channels in one token stream: give one skip lambda")
    return tuple(values)


def _probe(spec: Resample, channels: int, version: int) -> resample.FactorProbe | None:
    return resample.FactorProbe(channels) if spec == "auto" and version == 2 else None


def _factors(spec: Resample, channels: int) -> tuple[float, ...]:
    """A factor for every channel, or one per channel -> one per channel; ConfigError when not."""
    if isinstance(spec, str):
        raise ConfigError(f"resample must be 'auto', a factor or one factor per channel, got {spec!r}")
    f = (float(spec),) * channels if isinstance(spec, (int, float, np.number)) else tuple(float(v) for v in spec)
    if len(f) == 1:
        f = f * channels
    if len(f) != channels:
        raise ConfigError(f"resample gives {len(f)} factors for {channels} channels")
    for v in f:
        try:
            resample.sixteenths(v)
        except ValueError as e:
            raise ConfigError(str(e)) from None
    return f


def _replace_header(h: Header, **changes) -> Header:
    import dataclasses
    return dataclasses.replace(h, raw=b"", **changes)


def _bar(h: Header, what: str, progress: bool) -> tqdm:
    return tqdm(total=h.length, unit="sample", unit_scale=True, desc=what, file=sys.stderr, disable=not progress,
                delay=1.0)


def denormalize(h: Header, z: np.ndarray) -> np.ndarray:
    """(T, C) normalized samples (NaN where missing) -> float64 in the signal's units, with the
    header's float64 statistics: a large offset keeps the precision of a small one."""
    y = z.astype(np.float64)
    if h.normalization == "zscore":
        assert h.mean is not None and h.std is not None
        y *= h.std
        y += h.mean
    return y


@dataclass
class Verification:
    mse: float  # in the signal's units squared, over samples present in the original
    max_abs: float
    psnr: float  # dB, peak = the original's max - min over all channels
    nmse: float  # mean over channels of MSE / variance: comparable across units (the paper's MSE)
    bpt: float | None  # token file bits per channel-sample, headers included (when `encoded` is given)
    samples: int

    def as_dict(self) -> dict[str, float | int | None]:
        return dict(self.__dict__)


def verify(original: np.ndarray, decoded: np.ndarray, encoded: bytes | int | None = None) -> Verification:
    """Compare a signal with its decoding. `encoded` (the token bytes, or their count) gives the rate."""
    a = np.asarray(original, dtype=np.float64)
    a = a.reshape(len(a), -1)
    b = np.asarray(decoded, dtype=np.float64).reshape(a.shape[0], -1)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: original {a.shape}, decoded {b.shape}")
    ok = np.isfinite(a)
    if not ok.any():
        raise ValueError("the original has no finite samples")
    err = np.where(ok, a - b, 0.0)
    n = int(ok.sum())
    mse = float((err ** 2).sum() / n)
    peak = float(np.nanmax(a) - np.nanmin(a))
    psnr = math.inf if mse == 0 else (20 * math.log10(peak) - 10 * math.log10(mse) if peak > 0 else -math.inf)
    nm = []
    for c in range(a.shape[1]):
        col = a[ok[:, c], c]
        if col.size and col.var() > 0:
            nm.append(float((err[:, c] ** 2).sum() / col.size / col.var()))
    nbytes = len(encoded) if isinstance(encoded, (bytes, bytearray)) else encoded
    return Verification(mse=mse, max_abs=float(np.abs(err).max()), psnr=psnr,
                        nmse=float(np.mean(nm)) if nm else 0.0,
                        bpt=None if nbytes is None else 8.0 * nbytes / a.size, samples=a.size)
