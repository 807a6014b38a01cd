"""Signals in and out as streams of frames: the data path between files and the codec.

    source (CSV, NPY, array) --scan--> length, channel statistics, sample rate
                             --chunks of one frame--> Codec.encode_to --> token file
    token file --> Codec.decode_from --> frames --> sink (csvio.CsvSink, NpySink, array)

A source can be read twice (once to scan, once to encode), so neither direction holds more than
one frame of samples.
"""

from __future__ import annotations

import contextlib
import math
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Protocol

import numpy as np
from tqdm import tqdm

from stampcodec import container
from stampcodec.csvio import CsvReader, select_columns
from stampcodec.errors import ConfigError, DataError

NPY_MAGIC = b"\x93NUMPY"


class Source(Protocol):
    where: str
    columns: list[str]
    named: bool  # whether the columns have real names worth storing (a header, or names given)
    time_column: str | None
    time_is_date: bool
    time_has_offset: bool
    style: container.Style  # how the input looked: what decoding gives back

    @property
    def channels(self) -> int: ...

    def chunks(self, rows: int) -> Iterator[tuple[np.ndarray, np.ndarray | None]]: ...


AMBIGUOUS_CHANNELS = 64  # more channels than this and than samples: ask which axis is time


class ArraySource:
    """A (T,) or (T, C) numeric array already in memory."""

    time_column = None
    time_is_date = time_has_offset = False

    def __init__(self, x: np.ndarray, columns: list[str] | None = None, where: str = "array",
                 keep: list[int] | None = None, time_axis: int | None = None) -> None:
        a = np.asarray(x)
        check_array(a, where)
        if a.ndim == 2:
            # a (C, T) recording given as (T, C) would become thousands of one-sample channels
            if time_axis is None and a.shape[1] > max(a.shape[0], AMBIGUOUS_CHANNELS):
                raise ConfigError(f"{where}: shape {a.shape} has more channels than samples: if it is (channels, time), "
                                  "pass time_axis=1 (encode --time-axis 1); if it is (time, channels), time_axis=0")
            if time_axis not in (None, 0, 1):
                raise ConfigError(f"{where}: time_axis must be 0 or 1, got {time_axis}")
            a = a.T if time_axis == 1 else a
        dtype = a.dtype.name if a.dtype.name in container.DTYPES else "float64"
        self.style = container.Style(dtype=dtype, shape="T" if a.ndim == 1 else "CT" if time_axis == 1 else "TC")
        self.x = a.reshape(len(a), -1) if a.ndim == 1 else a
        self.where = where
        self.named = columns is not None
        names = list(columns) if columns is not None else [f"ch{i}" for i in range(self.x.shape[1])]
        if len(names) != self.x.shape[1]:
            raise DataError(f"{where}: {len(names)} column names for {self.x.shape[1]} channels")
        self.keep = keep if keep is not None else list(range(self.x.shape[1]))  # chosen columns, per chunk
        self.columns = [names[j] for j in self.keep]

    @property
    def channels(self) -> int:
        return len(self.keep)

    def chunks(self, rows: int) -> Iterator[tuple[np.ndarray, np.ndarray | None]]:
        for i in range(0, len(self.x), rows):
            block = self.x[i:i + rows]
            if len(self.keep) != self.x.shape[1]:
                block = block[:, self.keep]
            chunk = np.asarray(block, dtype=np.float64)
            bad = np.isinf(chunk)
            if bad.any():
                r, c = np.argwhere(bad)[0]
                raise DataError(f"{self.where}: row {i + r + 1}, column {c + 1} ({self.columns[c]!r}): infinite value")
            yield chunk, None


def check_array(a: np.ndarray, where: str) -> None:
    if a.dtype.kind not in "fiu":
        raise DataError(f"{where}: dtype {a.dtype} is not a real number type")
    if a.ndim not in (1, 2):
        raise DataError(f"{where}: expected a 1-D (T,) or 2-D (T, C) array, got {a.ndim}-D {a.shape}")
    if a.shape[0] == 0 or a.size == 0:
        raise DataError(f"{where}: no samples (shape {a.shape})")
    if a.ndim == 2 and a.shape[1] > 0xFFFF:
        raise DataError(f"{where}: {a.shape[1]} channels (limit 65535); is the array transposed? expected (T, C)")


def open_npy(path: str | Path, columns: list[str] | None = None, exclude: list[str] | None = None,
             time_axis: int | None = None) -> ArraySource:
    """A .npy recording, memory-mapped (never unpickled); columns/exclude by 0-based index or chN."""
    p = Path(path)
    try:
        a = np.load(p, mmap_mode="r", allow_pickle=False)
    except FileNotFoundError:
        raise DataError(f"{p}: file not found") from None
    except ValueError as e:
        raise DataError(f"{p}: not a numeric .npy file ({e})") from None
    except OSError as e:
        raise DataError(f"{p}: not a valid .npy file ({e})") from None
    src = ArraySource(a, where=str(p), time_axis=time_axis)
    if columns or exclude:
        names = src.columns
        src.keep = select_columns(names, list(range(len(names))), columns, exclude, str(p))
        src.columns = [names[j] for j in src.keep]
    return src


def open_source(path: str | Path, time_column: str | int | None = None, columns: list[str] | None = None,
                exclude: list[str] | None = None, time_axis: int | None = None) -> Source:
    """A CSV or NPY file, told apart by content (NPY magic), not by name."""
    p = Path(path)
    try:
        with open(p, "rb") as f:
            magic = f.read(len(NPY_MAGIC))
    except FileNotFoundError:
        raise DataError(f"{p}: file not found") from None
    except IsADirectoryError:
        raise DataError(f"{p}: is a directory") from None
    if magic == NPY_MAGIC:
        return open_npy(p, columns, exclude, time_axis)
    if not magic:
        raise DataError(f"{p}: empty file")
    return CsvReader.open(p, time_column, columns, exclude)


@contextlib.contextmanager
def spooled(path: str | Path) -> Iterator[Path]:
    """A once-readable input (- for standard input) copied to a temporary file, so that it can be
    read twice. On Linux the copy has no name (unlinked on creation) and is read back through
    /proc/self/fd, so no crash, SIGKILL included, can leave it behind; elsewhere it is a named
    file removed when the command ends."""
    anonymous = Path("/proc/self/fd").is_dir()
    with contextlib.ExitStack() as stack:
        src = sys.stdin.buffer if str(path) == "-" else stack.enter_context(open(path, "rb"))
        if anonymous:
            f = stack.enter_context(tempfile.TemporaryFile(prefix="stampcodec-spool-"))
            name = Path(f"/proc/self/fd/{f.fileno()}")
        else:
            f = stack.enter_context(tempfile.NamedTemporaryFile(prefix="stampcodec-spool-"))
            name = Path(f.name)
        while block := src.read(1 << 20):
            f.write(block)
        f.flush()
        yield name


# --- scanning -----------------------------------------------------------------------------

@dataclass
class Scan:
    length: int
    mean: np.ndarray  # (C,) float64 over finite samples (0 for an all-missing channel)
    std: np.ndarray  # (C,) population std (0 for a constant or all-missing channel)
    sample_rate: float | None = None
    time_origin: float = 0.0
    time_irregular: bool = False
    time_problem: str | None = None  # why a time column gave no sample rate (duplicates, going backwards)
    time_digits: int | None = None  # stamps=True: the most digits after the point of any time stamp


SCAN_VALUES = 1 << 20  # samples read at a time while scanning (8 MiB as float64)


def scan(source: Source, rows: int | None = None, progress: bool = False,
         observe: Callable[[np.ndarray], None] | None = None, stamps: bool = False) -> Scan:
    """One pass: length, per-channel mean/std (Chan et al.'s pairwise merge: stable for large
    offsets), and the sample rate implied by a time column. Values beyond +-MAX_ABS_VALUE are
    refused (their squares would overflow the statistics). observe(chunk) sees every (rows, C)
    chunk as well (the encoder's choice of time scale). stamps: read the time stamps exactly too
    (a CSV source's stamped_chunks), checking every one and finding the digits they need."""
    c = source.channels
    rows = rows or max(1, SCAN_VALUES // c)
    n = np.zeros(c)
    mean = np.zeros(c)
    m2 = np.zeros(c)
    length = 0
    t_first = t_last = math.nan
    dt_min, dt_max = math.inf, -math.inf
    times_ok = True
    bar = tqdm(unit="row", unit_scale=True, desc="scanning", disable=not progress, delay=1.0, file=sys.stderr)
    time_digits = 0
    chunks = source.stamped_chunks(rows) if stamps else ((d, t, None) for d, t in source.chunks(rows))
    for data, t, st in chunks:
        bar.update(len(data))
        if st is not None:
            time_digits = max(time_digits, st.digits)
        _check_range(source, data, length)
        if observe is not None:
            observe(data)
        ok = np.isfinite(data)
        cn = ok.sum(axis=0).astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            cmean = np.where(cn > 0, np.nansum(data, axis=0) / np.maximum(cn, 1), 0.0)
            cm2 = np.nansum(np.where(ok, (data - cmean) ** 2, 0.0), axis=0)
        tot = n + cn
        delta = cmean - mean
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(tot > 0, mean + delta * cn / np.maximum(tot, 1), 0.0)
            m2 = m2 + cm2 + np.where(tot > 0, delta ** 2 * n * cn / np.maximum(tot, 1), 0.0)
        n = tot
        length += len(data)
        if t is not None and times_ok:
            if not np.all(np.isfinite(t)):
                times_ok = False
                continue
            seq = t if math.isnan(t_last) else np.concatenate([[t_last], t])
            if math.isnan(t_first):
                t_first = float(t[0])
            if len(seq) > 1:
                d = np.diff(seq)
                dt_min, dt_max = min(dt_min, float(d.min())), max(dt_max, float(d.max()))
            t_last = float(t[-1])
    bar.close()
    std = np.sqrt(np.maximum(m2 / np.maximum(n, 1), 0.0))
    s = Scan(length, mean, std, time_digits=time_digits if stamps else None)
    if times_ok and length > 1 and dt_min > 0 and t_last > t_first:
        s.sample_rate = (length - 1) / (t_last - t_first)
        s.time_origin = t_first
        s.time_irregular = (dt_max - dt_min) > 1e-3 * (t_last - t_first) / (length - 1)
    elif times_ok and not math.isnan(t_first):
        s.time_origin = t_first
        if length > 1:
            s.time_problem = ("repeats a time stamp" if dt_min == 0 else "goes backwards") if dt_min <= 0 else None
    elif not times_ok:
        s.time_problem = "has cells that are not times"
    return s


def _check_range(source: Source, data: np.ndarray, offset: int) -> None:
    with np.errstate(invalid="ignore"):
        big = np.abs(data) > container.MAX_ABS_VALUE
    if big.any():
        r, c = np.argwhere(big)[0]
        raise DataError(f"{source.where}: row {offset + r + 1}, column {c + 1} ({source.columns[c]!r}): value "
                        f"{data[r, c]:.6g} is beyond the codec's range of +-{container.MAX_ABS_VALUE:.0e}")


# --- sinks --------------------------------------------------------------------------------

def in_dtype(y: np.ndarray, dtype: np.dtype | str) -> np.ndarray:
    """Decoded float64 samples in an input's dtype: integers rounded and clipped to its range."""
    dt = np.dtype(dtype)
    if dt.kind in "iu":
        info = np.iinfo(dt)
        return np.clip(np.rint(y), info.min, info.max).astype(dt)
    return y.astype(dt)


def restore(h: container.Header, y: np.ndarray) -> np.ndarray:
    """(T, C) float64 decoded samples in the input's dtype and shape (version 2's style)."""
    if h.style is None:
        return y
    out = in_dtype(y, h.style.dtype)
    if h.style.shape == "T" and out.shape[1] == 1:
        return out[:, 0]
    return out.T if h.style.shape == "CT" else out

class NpySink:
    """Decoded frames as a .npy of the input's dtype and shape ((T, C) float64 when the token
    file does not say), written progressively: a (C, T) array is stored in Fortran order, whose
    bytes are the (T, C) rows the frames give."""

    def __init__(self, f: BinaryIO, h: container.Header) -> None:
        self.f = f
        style = h.style or container.Style()
        self.dtype = np.dtype(style.dtype).newbyteorder("<")
        shape = {"T": (h.length,), "TC": (h.length, h.channels), "CT": (h.channels, h.length)}[style.shape]
        if style.shape == "T" and h.channels != 1:
            shape = (h.length, h.channels)
        np.lib.format.write_array_header_1_0(f, {"descr": np.lib.format.dtype_to_descr(self.dtype),
                                                 "fortran_order": style.shape == "CT", "shape": shape})

    def write(self, frame: np.ndarray, ticks: np.ndarray | None = None) -> None:
        """A frame's rows (an array has no time column: ticks are not written)."""
        self.f.write(np.ascontiguousarray(in_dtype(frame, self.dtype)).tobytes())

    def close(self) -> None:
        pass
