"""Training data: SeqComb, NPY, CSV or folders of them, cut into fixed-length windows.

Specs accepted by `load_windows` (and `stampcodec train --data`):
  seqcomb:VARIANT[:N]  generated SeqComb (single, mv, mvirreg, spikes), N samples (default 10000)
  file.npy             2-D (T, C) recording, or 3-D (N, C, T) windows (float; never unpickled)
  file.csv             (T, C) recording, see stampcodec.csvio
  folder/              every .npy and .csv inside (sorted), all with the same channel count
Recordings are z-scored per channel (when the model's normalization is "zscore", matching what
the runtime does per file) and cut into windows; missing samples stay NaN with a mask.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from stampcodec.datasets import seqcomb
from stampcodec.csvio import read_csv
from stampcodec.errors import DataError


@dataclass
class Windows:
    x: np.ndarray  # (N, C, T) float32, NaN = missing
    description: str

    @property
    def mask(self) -> np.ndarray:
        return ~np.isnan(self.x)


def load_npy(path: Path) -> np.ndarray:
    try:
        a = np.load(path, allow_pickle=False)
    except ValueError as e:
        raise DataError(f"{path}: cannot read as a numeric .npy ({e})") from None
    except OSError as e:
        raise DataError(f"{path}: not a valid .npy file ({e})") from None
    if a.dtype.kind not in "fiu" or a.dtype.kind == "c":
        raise DataError(f"{path}: dtype {a.dtype} is not a real number type")
    if a.ndim not in (1, 2, 3):
        raise DataError(f"{path}: expected 1-D, 2-D (T, C) or 3-D (N, C, T) array, got {a.ndim}-D {a.shape}")
    a = a.astype(np.float64)
    if np.isinf(a).any():
        raise DataError(f"{path}: holds infinite values")
    return a


def zscore(rec: np.ndarray) -> np.ndarray:
    """Per-channel standardization of a (C, T) recording; constant channels map to zero."""
    mean = np.nanmean(rec, axis=1, keepdims=True)
    std = np.nanstd(rec, axis=1, keepdims=True)
    return (rec - mean) / np.where(std > 0, std, 1.0)


def cut(rec: np.ndarray, length: int, hop: int) -> np.ndarray:
    """(C, T) -> (N, C, length) windows; a recording shorter than one window gives none."""
    c, t = rec.shape
    if t < length:
        return np.empty((0, c, length))
    starts = range(0, t - length + 1, hop)
    return np.stack([rec[:, s:s + length] for s in starts])


def recordings(path: Path) -> list[np.ndarray]:
    """(C, T) recordings of a .npy, a .csv or a folder of them ((N, C, T) arrays: each window)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".npy", ".csv"))
        if not files:
            raise DataError(f"{path}: folder holds no .npy or .csv files")
        return [r for f in files for r in recordings(f)]
    if not path.exists():
        raise DataError(f"{path}: file not found")
    suffix = path.suffix.lower()
    if suffix == ".npy":
        a = load_npy(path)
        if a.ndim == 1:
            return [a[None, :]]
        if a.ndim == 2:
            return [a.T]
        return [w for w in a]  # (N, C, T): already windows
    if suffix == ".csv":
        return [read_csv(path).data.T]
    raise DataError(f"{path}: unsupported file type {suffix!r} (expected .npy, .csv or a folder)")


@dataclass(frozen=True)
class DataSpec:
    """A parsed data spec: generated SeqComb (variant, n) or a path to recordings."""
    seqcomb: str | None = None  # variant
    n: int = 10_000
    path: Path | None = None


def parse_data_spec(spec: str) -> DataSpec:
    """seqcomb:VARIANT[:N] or a path (see module docstring); DataError naming what is wrong."""
    if not spec.startswith("seqcomb:"):
        return DataSpec(path=Path(spec))
    parts = spec.split(":")
    if len(parts) > 3 or not parts[1]:
        raise DataError(f"data spec {spec!r}: expected seqcomb:VARIANT[:N]")
    try:
        n = int(parts[2]) if len(parts) > 2 else 10_000
    except ValueError:
        raise DataError(f"data spec {spec!r}: N must be an integer, got {parts[2]!r}") from None
    if n < 1:
        raise DataError(f"data spec {spec!r}: N must be positive")
    return DataSpec(seqcomb=parts[1], n=n)


def load_windows(spec: str, length: int = 256, hop: int | None = None, normalize: bool = True,
                 split: str = "train", seed: int = 0) -> Windows:
    """Load training windows from a spec (see module docstring)."""
    ds_spec = parse_data_spec(spec)
    if ds_spec.seqcomb is not None:
        variant, n = ds_spec.seqcomb, ds_spec.n
        ds = seqcomb.generate(variant, n_samples=n, seed=seed)
        return Windows(ds.split(split).x, f"SeqComb-{variant} ({split}, n={n}, T={ds.length}, seed={seed})")
    recs = recordings(Path(spec))
    chans = {r.shape[0] for r in recs}
    if len(chans) != 1:
        raise DataError(f"{spec}: recordings have different channel counts {sorted(chans)}")
    hop = hop or length
    out = [cut(zscore(r) if normalize else r, length, hop) for r in recs]
    x = np.concatenate(out) if out else np.empty((0, chans.pop(), length))
    if len(x) == 0:
        raise DataError(f"{spec}: no recording is as long as one window ({length} samples)")
    return Windows(x.astype(np.float32), f"{spec} ({len(recs)} recordings, {len(x)} windows of {length})")
