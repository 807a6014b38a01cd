"""STAMP tokens as arrays, for models (docs/TOKENS.md): a recording -> Tokens -> the recording.

    tok = codec.tokenize(x)          # x (T,) or (T, C), NaN = missing
    tok.ids[0]                       # the coarsest scale's tokens, (rows, n) int64, rows = C (independent) or 1
    tok.positions(0)                 # where each of them starts, in samples of x
    tok.missing[0]                   # True where a token's cell holds no observed sample
    y = codec.detokenize(tok)        # (T, C) float64, NaN where x had gaps
    tok.save("x.npz"); Tokens.load("x.npz")

The tokens are exactly those of the token file `Codec.encode(x, resample=factor)` writes, frame by
frame: the signal is z-scored with the whole recording's statistics, cut into frames of
`frame_samples` (the encoder's context; tokens of one frame do not see the next), each frame coded
at 1/factor of the rate and padded to whole blocks. Token j of scale s (pooling factor p) in a
frame stands for the cell of hop * p coded samples starting at j * hop * p; `positions` gives the
cells' starts in samples of the input.

Windowed batches for datasets: `tokenize_windows(codec, x)` codes (N, C, T) windows, each on its
own (one frame, z-scored per window and channel unless told otherwise), deterministically, with
numpy alone.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

from stampcodec import resample
from stampcodec.container import MAX_FRAME_SAMPLES
from stampcodec.errors import ConfigError, ContainerError
from stampcodec.layout import pad_blocks
from stampcodec.missing import fill_missing

if TYPE_CHECKING:
    from stampcodec.codec import Codec

NPZ_VERSION = 1
MAX_NPZ_BYTES = 1 << 32  # uncompressed bytes a tokens .npz may claim (a billion samples' tokens fit)
_SCALARS = ("version", "model_id", "mode", "hop", "factor", "frame_samples", "length", "sample_rate")


@dataclass
class Tokens:
    """One recording's tokens, per scale (coarse first)."""
    ids: list[np.ndarray]  # per scale: (rows, n_s) int64 codebook indices
    missing: list[np.ndarray]  # per scale: (rows, n_s) bool, the token's cell holds no observed sample
    model_id: str
    mode: str  # "independent" (a row per channel) or "joint" (one row for all channels)
    scales: tuple[int, ...]  # pooling factors, coarse first
    hop: int  # coded samples per token at pooling factor 1 (the atom length / 2)
    factor: float  # resampling factor: the tokens code 1/factor of the input's rate
    frame_samples: int  # input samples per frame: the encoder's context
    length: int  # input samples per channel
    mean: np.ndarray  # (C,) the statistics the signal was z-scored with
    std: np.ndarray
    columns: list[str] = field(default_factory=list)
    sample_rate: float | None = None
    gaps: np.ndarray = field(default_factory=lambda: np.zeros((0, 3), dtype=np.int64))  # (channel, start, stop) runs
    motifs: list[np.ndarray] | None = None  # motif symbols per sequence (stampcodec.motifs), when applied

    @property
    def channels(self) -> int:
        return len(self.mean)

    @property
    def n_frames(self) -> int:
        return -(-self.length // self.frame_samples)

    def frame_tokens(self, scale: int) -> list[int]:
        """Tokens of each frame at scale index `scale` (a frame's coded samples padded to blocks)."""
        q, block = max(self.scales) // self.scales[scale], max(self.scales) * self.hop
        out = []
        for f in range(self.n_frames):
            m = min(self.frame_samples, self.length - f * self.frame_samples)
            out.append(-(-resample.coded_length(m, self.factor) // block) * q)
        return out

    def positions(self, scale: int) -> np.ndarray:
        """Start of each token's cell at scale index `scale`, in samples of the input (float: a
        resampled cell starts between samples). Cells of a frame's padding start past its end."""
        cell = self.hop * self.scales[scale] * self.factor
        return np.concatenate([f * self.frame_samples + np.arange(n) * cell
                               for f, n in enumerate(self.frame_tokens(scale))])

    # --- files ----------------------------------------------------------------------------
    def save(self, path: str | Path | BinaryIO) -> None:
        """An .npz of plain arrays (no pickles): readable by numpy anywhere."""
        arrays = {"version": np.int64(NPZ_VERSION), "model_id": np.str_(self.model_id), "mode": np.str_(self.mode),
                  "scales": np.array(self.scales, dtype=np.int64), "hop": np.int64(self.hop),
                  "factor": np.float64(self.factor), "frame_samples": np.int64(self.frame_samples),
                  "length": np.int64(self.length), "mean": self.mean, "std": self.std,
                  "columns": np.array(self.columns, dtype=str), "gaps": self.gaps,
                  "sample_rate": np.float64(np.nan if self.sample_rate is None else self.sample_rate)}
        for s, (ids, miss) in enumerate(zip(self.ids, self.missing)):
            arrays[f"ids_{s}"], arrays[f"missing_{s}"] = ids, miss
        if self.motifs is not None:  # variable-length sequences: concatenated, with their lengths
            arrays["motif_symbols"] = np.concatenate(self.motifs) if self.motifs else np.zeros(0, dtype=np.int64)
            arrays["motif_lengths"] = np.array([len(m) for m in self.motifs], dtype=np.int64)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: str | Path | BinaryIO, where: str | None = None) -> "Tokens":
        """Read and check an .npz written by save; ContainerError naming what is wrong."""
        where = where or str(path)
        try:
            with zipfile.ZipFile(path) as zf:  # what the archive claims, before inflating any of it
                claimed = sum(i.file_size for i in zf.infolist())
            if claimed > MAX_NPZ_BYTES:
                raise ContainerError(f"{where}: tokens .npz claims {claimed} bytes uncompressed (at most "
                                     f"{MAX_NPZ_BYTES} are read)")
            if hasattr(path, "seek"):
                path.seek(0)
            with np.load(path, allow_pickle=False) as z:
                a = {k: z[k] for k in z.files}
        except (ValueError, OSError, EOFError, zipfile.BadZipFile, zlib.error, NotImplementedError,
                RuntimeError) as e:  # damaged or unusual archives: zipfile says so in these
            raise ContainerError(f"{where}: not a tokens .npz ({e})") from None
        missing_keys = [k for k in _SCALARS + ("scales", "mean", "std", "columns", "gaps") if k not in a]
        if missing_keys:
            raise ContainerError(f"{where}: not a tokens .npz (no {', '.join(missing_keys)})")
        if int(a["version"]) != NPZ_VERSION:
            raise ContainerError(f"{where}: tokens .npz version {int(a['version'])} (this build reads {NPZ_VERSION})")
        scales = tuple(int(s) for s in a["scales"])
        rate = float(a["sample_rate"])
        try:
            tok = cls(ids=[np.asarray(a[f"ids_{s}"]) for s in range(len(scales))],
                      missing=[np.asarray(a[f"missing_{s}"]) for s in range(len(scales))],
                      model_id=str(a["model_id"]), mode=str(a["mode"]), scales=scales, hop=int(a["hop"]),
                      factor=float(a["factor"]), frame_samples=int(a["frame_samples"]), length=int(a["length"]),
                      mean=np.asarray(a["mean"], dtype=np.float64), std=np.asarray(a["std"], dtype=np.float64),
                      columns=[str(c) for c in a["columns"]], sample_rate=None if np.isnan(rate) else rate,
                      gaps=np.asarray(a["gaps"]))
            if "motif_symbols" in a:
                lengths, symbols = a["motif_lengths"], a["motif_symbols"]
                if lengths.ndim != 1 or lengths.min(initial=0) < 0 or lengths.sum() != symbols.size:
                    raise ContainerError(f"{where}: motif lengths do not add up to the symbols")
                tok.motifs = np.split(symbols.astype(np.int64), np.cumsum(lengths)[:-1]) if lengths.size else []
        except KeyError as e:
            raise ContainerError(f"{where}: not a tokens .npz (no {e.args[0]})") from None
        tok.check(where)
        return tok

    def check(self, where: str = "tokens") -> None:
        """Shapes, kinds and ranges that hang together; ContainerError naming the first that does not."""
        def bad(what: str) -> ContainerError:
            return ContainerError(f"{where}: {what}")

        if self.mode not in ("independent", "joint") or self.hop < 1 or self.length < 1 or self.frame_samples < 1:
            raise bad(f"mode {self.mode!r}, hop {self.hop}, length {self.length}, frames of {self.frame_samples}")
        try:
            resample.sixteenths(self.factor)
        except ValueError as e:
            raise bad(str(e)) from None
        if not self.scales or any(s < 1 or max(self.scales) % s for s in self.scales):
            raise bad(f"scales {self.scales}")
        if self.frame_samples > MAX_FRAME_SAMPLES or len(self.ids) != len(self.scales) or any(
                ids.ndim != 2 or ids.shape[1] < self.n_frames for ids in self.ids):  # each frame has tokens
            raise bad(f"{self.n_frames} frames of {self.frame_samples} samples for tokens of shapes "
                      f"{[ids.shape for ids in self.ids]}")
        c = self.channels
        if c < 1 or self.std.shape != (c,) or not (np.isfinite(self.mean).all() and np.isfinite(self.std).all()):
            raise bad("statistics (one finite mean and std per channel)")
        if self.columns and len(self.columns) != c:
            raise bad(f"{len(self.columns)} column names for {c} channels")
        rows = c if self.mode == "independent" else 1
        for s in range(len(self.scales)):
            want = (rows, sum(self.frame_tokens(s)))
            ids, miss = self.ids[s], self.missing[s]
            if ids.shape != want or miss.shape != want or ids.dtype.kind not in "iu" or miss.dtype != bool:
                raise bad(f"scale {s}: ids {ids.shape} {ids.dtype}, missing {miss.shape} {miss.dtype}; expected "
                          f"{want} integers and booleans")
            if ids.size and (ids.min() < 0):
                raise bad(f"scale {s}: negative token {ids.min()}")
        g = self.gaps
        if g.ndim != 2 or g.shape[1] != 3 or g.dtype.kind not in "iu" or (
                g.size and (g[:, 0].min() < 0 or g[:, 0].max() >= c or (g[:, 1] >= g[:, 2]).any()
                            or g[:, 1].min() < 0 or g[:, 2].max() > self.length)):
            raise bad("gaps must be (channel, start, stop) runs inside the recording")


# --- a recording ---------------------------------------------------------------------------

def tokenize(codec: "Codec", source, factor: float = 1, frame_samples: int | None = None,
             sample_rate: float | None = None, progress: bool = False) -> Tokens:
    """A Source (stampcodec.streams) -> its Tokens: scanned for statistics, then coded frame by
    frame, as Codec.encode_to does with resample=factor."""
    from tqdm import tqdm

    from stampcodec.codec import normalized_filled
    from stampcodec.streams import scan

    resample.sixteenths(factor)  # ValueError for a factor the format cannot hold
    s = scan(source, progress=progress)
    h = codec._make_header(source, s, frame_samples, sample_rate)
    cfg, layout = codec.config, codec.config.layout
    mean = h.mean if h.mean is not None else np.zeros(h.channels)
    std = h.std if h.std is not None else np.ones(h.channels)
    per_scale: list[list[np.ndarray]] = [[] for _ in cfg.scales]
    missing: list[list[np.ndarray]] = [[] for _ in cfg.scales]
    gaps, at = [], 0
    with tqdm(total=h.length, unit="sample", unit_scale=True, desc="tokenizing", disable=not progress,
              delay=1.0) as bar:
        for chunk, _ in source.chunks(h.frame_samples):
            signal = normalized_filled(h, chunk)
            tokens = codec._encode_rows(layout.to_rows(pad_blocks(resample.decimate(signal, factor), h.block)))
            seen = ~np.isnan(chunk).T  # (C, m)
            seen_rows = seen if h.mode == "independent" else seen.any(axis=0, keepdims=True)
            for k, (p, tok) in enumerate(zip(cfg.scales, tokens)):
                per_scale[k].append(tok)
                missing[k].append(~_cells_seen(seen_rows, tok.shape[1], cfg.hop * p * factor))
            gaps += [(c, at + a, at + b) for c in range(h.channels) for a, b in _runs(~seen[c])]
            at += len(chunk)
            bar.update(len(chunk))
    return Tokens(ids=[np.concatenate(t, axis=1) for t in per_scale], missing=[np.concatenate(m, axis=1) for m in missing],
                  model_id=codec.model_id, mode=cfg.mode, scales=tuple(cfg.scales), hop=cfg.hop, factor=float(factor),
                  frame_samples=h.frame_samples, length=h.length, mean=np.asarray(mean, dtype=np.float64),
                  std=np.asarray(std, dtype=np.float64), columns=list(source.columns), sample_rate=h.sample_rate,
                  gaps=np.array(gaps, dtype=np.int64).reshape(-1, 3))


def _cells_seen(seen: np.ndarray, n: int, cell: float) -> np.ndarray:
    """(rows, m) observed samples -> (rows, n) whether cell j = [j cell, (j+1) cell) holds one."""
    m = seen.shape[1]
    edges = np.minimum(np.ceil(np.arange(n + 1) * cell).astype(np.int64), m)
    counts = np.concatenate([np.zeros((len(seen), 1), dtype=np.int64), np.cumsum(seen, axis=1)], axis=1)
    return counts[:, edges[1:]] > counts[:, edges[:-1]]


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, stop) runs of True."""
    d = np.diff(np.concatenate([[0], flags.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


def detokenize(codec: "Codec", tok: Tokens, scales: int | None = None) -> np.ndarray:
    """Tokens -> (T, C) float64 in the signal's units, NaN in the gaps; `scales` keeps only the
    coarsest ones (a smoother preview), as decode --scales does."""
    from stampcodec.runtime.decoder import NumpyDecoder

    cfg = codec.config
    if tok.model_id != codec.model_id:
        raise ConfigError(f"these tokens come from model {tok.model_id}, not {codec.model_id} (load that bundle)")
    if tok.mode != cfg.mode or tuple(tok.scales) != tuple(cfg.scales) or tok.hop != cfg.hop:
        raise ConfigError("these tokens' layout is not the model's")
    tok.check()
    for s, ids in enumerate(tok.ids):
        if ids.size and ids.max() >= cfg.codebook_size:
            raise ConfigError(f"scale {s}: token {ids.max()} outside the codebook of {cfg.codebook_size}")
    decoder = NumpyDecoder(codec.bundle)
    out = np.empty((tok.length, tok.channels))
    starts = [np.concatenate([[0], np.cumsum(tok.frame_tokens(s))]) for s in range(len(tok.scales))]
    for f in range(tok.n_frames):
        a = f * tok.frame_samples
        m = min(tok.frame_samples, tok.length - a)
        n = resample.coded_length(m, tok.factor)
        per_scale = [tok.ids[s][:, starts[s][f]:starts[s][f + 1]] for s in range(len(tok.scales))]
        y = resample.interpolate(decoder.decode_rows(per_scale, n, scales).astype(np.float64), m, tok.factor)
        out[a:a + m] = y.reshape(tok.channels, m).T
    out = out * np.where(tok.std > 0, tok.std, 0.0) + tok.mean if cfg.normalization == "zscore" else out
    for c, a, b in tok.gaps.tolist():
        out[a:b, c] = np.nan
    return out


# --- windows for datasets ------------------------------------------------------------------

@dataclass
class WindowTokens:
    """(N, C, T) windows' tokens: per scale (N, rows, n_s), and the statistics each window was
    z-scored with (N, C)."""
    ids: list[np.ndarray]
    mean: np.ndarray
    std: np.ndarray
    length: int
    model_id: str = ""


def tokenize_windows(codec: "Codec", x: np.ndarray, normalize: str = "window", batch: int = 256) -> WindowTokens:
    """(N, C, T) windows (NaN = missing, filled before coding) -> their tokens, each window one
    frame. normalize: "window" (z-score each window's channels), "none" (the model's own units:
    for data normalized already)."""
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 3:
        raise ConfigError(f"windows must be (N, C, T), got shape {x.shape}")
    if normalize not in ("window", "none"):
        raise ConfigError(f"normalize must be 'window' or 'none', got {normalize!r}")
    cfg, layout = codec.config, codec.config.layout
    if cfg.mode == "joint" and x.shape[1] != cfg.channels:
        raise ConfigError(f"this joint model codes exactly {cfg.channels} channels, the windows have {x.shape[1]}")
    if normalize == "window":
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.nan_to_num(np.nanmean(x, axis=2))
            std = np.nan_to_num(np.nanstd(x, axis=2))
    else:
        mean, std = np.zeros(x.shape[:2]), np.ones(x.shape[:2])
    parts: list[list[np.ndarray]] = [[] for _ in cfg.scales]
    for i in range(0, len(x), batch):
        w = x[i:i + batch]
        z = (w - mean[i:i + batch, :, None]) / np.where(std[i:i + batch] > 0, std[i:i + batch], 1.0)[:, :, None]
        tokens = codec._encode_rows(layout.to_rows(pad_blocks(fill_missing(z), cfg.block)))
        rows = x.shape[1] if cfg.mode == "independent" else 1
        for s, t in enumerate(tokens):
            parts[s].append(t.reshape(len(w), rows, -1))
    return WindowTokens([np.concatenate(p) for p in parts], mean, std, x.shape[2], codec.model_id)


def detokenize_windows(codec: "Codec", wt: WindowTokens, scales: int | None = None) -> np.ndarray:
    """WindowTokens -> (N, C, T) windows in their own units."""
    from stampcodec.runtime.decoder import NumpyDecoder

    cfg = codec.config
    if wt.model_id and wt.model_id != codec.model_id:
        raise ConfigError(f"these tokens come from model {wt.model_id}, not {codec.model_id} (load that bundle)")
    if any(t.size and (t.min() < 0 or t.max() >= cfg.codebook_size) for t in wt.ids):
        raise ConfigError(f"tokens outside the codebook of {cfg.codebook_size}")
    n, c = wt.mean.shape
    flat = [t.reshape(-1, t.shape[-1]) for t in wt.ids]
    y = NumpyDecoder(codec.bundle).decode_rows(flat, wt.length, scales).astype(np.float64)
    return y.reshape(n, c, wt.length) * np.where(wt.std > 0, wt.std, 0.0)[:, :, None] + wt.mean[:, :, None]

