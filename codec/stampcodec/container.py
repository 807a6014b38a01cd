"""The token file format, versions 1 and 2 (docs/FORMAT.md is the specification; this is its reference).

    file   = header frame*
    header = fixed part, per-channel normalization, [v2: per-channel resampling factors],
             optional sample rate and names, CRC32
    frame  = flags u8, [varint mask length, NaN runs (one channel's when shared)], tokens, CRC32
    tokens = v1: bit-packed, block by block
             v2: one segment per coded scale, coarse first: varint (bytes << 1 | entropy coded), bytes

All integers little-endian. A frame holds `frame_samples` samples of every channel (the last
frame fewer), encoded as an independent signal: decoding needs only the header and that frame,
so memory is bounded on both sides and a damaged frame is caught by its CRC alone.
Version 1 orders a frame's tokens block by block (block = max(scales) * L/2 samples), then row,
then scale, then time. Version 2 orders them scale by scale (coarse first), then row, then time,
so that cutting a frame after its first N segments leaves a valid file at a lower rate, and each
segment is range coded (stampcodec.entropy) when that is shorter than bit packing. Version 2
also codes each channel at its own time scale (stampcodec.resample): every r-th sample of a
low-passed copy, interpolated back by the decoder.
"""

from __future__ import annotations

import io
import math
import struct
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Callable

import numpy as np

from stampcodec import bitpack, bounded, entropy, nanmask, resample, timestamps
from stampcodec.config import StampConfig
from stampcodec.errors import ContainerError
from stampcodec.layout import MODES, Layout

if TYPE_CHECKING:
    from stampcodec.prior.bundle import TokenPrior

MAGIC = b"STMP"
VERSION = 2  # what the encoder writes
VERSIONS = (1, 2)  # what this reader reads

# header flags
FLAG_PRIOR = 0x01  # version 2: entropy-coded segments use the token prior the header names (stampcodec.prior)
FLAG_SCALE_SKIP = 0x02  # reserved: per-block scale skipping
FLAG_RATE = 0x04  # sample rate (Hz) and time origin present
FLAG_NAMES = 0x08  # time-column name and channel names present
FLAG_MEAN64 = 0x10  # per-channel mean as float64 (float32 in the first files of version 1)
FLAG_STYLE = 0x20  # version 2: how the input looked (array dtype and shape; CSV delimiter and time style)
FLAG_BOUND = 0x40  # version 2: an error-bounded layer (stampcodec.bounded): per-channel bound and lattice
FLAG_TIME = 0x80  # version 2: every frame keeps its exact time stamps (stampcodec.timestamps)
# how the time column is written back (with FLAG_RATE)
TIME_NUMBER = 0  # plain numbers (seconds, or whatever unit the file used)
TIME_DATE = 1  # ISO 8601 dates without an offset (read and written as UTC)
TIME_DATE_UTC = 2  # ISO 8601 dates with an offset (written back in UTC)
TIME_IRREGULAR = 0x80  # the original times were not evenly spaced: decoded times are a uniform grid
KNOWN_FLAGS = FLAG_RATE | FLAG_NAMES | FLAG_MEAN64
KNOWN_FLAGS_V2 = KNOWN_FLAGS | FLAG_STYLE | FLAG_BOUND | FLAG_TIME | FLAG_PRIOR
BOUNDS = np.dtype([("bound", "<f8"), ("origin", "<f8"), ("unit", "<f8")])
# frame flags
FRAME_MASK = 0x01  # NaN runs present
FRAME_SKIP = 0x02  # version 2: tokens may be skipped: segments code V + 1 symbols, symbol V adds nothing
FRAME_MASK_SHARED = 0x04  # with FRAME_MASK: one channel's runs, the same for every channel
KNOWN_FRAME_FLAGS = FRAME_MASK | FRAME_SKIP | FRAME_MASK_SHARED

# Per-channel statistics: the mean in float64, so that an offset of 1e9 keeps a ripple of 1e-3
# (float32 would round it to 64); the std in float32, whose relative rounding costs nothing
# because the encoder normalizes with exactly the stored value.
STATS64 = np.dtype([("mean", "<f8"), ("std", "<f4")])
STATS32 = np.dtype([("mean", "<f4"), ("std", "<f4")])
_FIXED = struct.Struct("<4sBBH8sBBHHHIQB")  # magic .. normalization: 37 bytes
_CODED = struct.Struct("<B")  # version 2: the number of scales the frames carry, after the fixed part
NORMS = ("none", "zscore")

# Limits (docs/FORMAT.md, "Limits"). The encoder, this reader and the C reader enforce the same
# numbers (native/include/stampdec.h repeats them), so whatever one accepts the others decode, and
# a decoder's memory is bounded by them whatever a header claims: one frame holds at most
# MAX_FRAME_VALUES samples (16 MiB as float64).
MAX_FRAME_SAMPLES = 1 << 20  # samples per channel in one frame
MAX_FRAME_VALUES = 1 << 21  # samples of all channels in one frame (frame_samples x channels)
MAX_FRAMES = (1 << 32) - 1  # frames in one file
MAX_ABS_VALUE = 1e38  # |sample|: larger values are refused at encode time (the std is stored as float32)
READ_CHUNK = 1 << 20  # bytes read at a time, so a length field alone never allocates


DTYPES = ("float64", "float32", "float16", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")
SHAPES = ("TC", "T", "CT")  # (T, C), (T,) one channel, (C, T)
DELIMITERS = ",;\t |"
TIME_UNITS = (1, 1_000, 1_000_000, 1_000_000_000)  # numeric times per second: s, ms, us, ns
TIME_ZONES = ("", "Z", "+00:00")
VARIABLE_DIGITS = 15


@dataclass(frozen=True)
class Style:
    """How the input looked, so that decoding gives it back in kind (version 2, FLAG_STYLE):
    an array's dtype and shape; a CSV file's delimiter, and its time column's unit (numbers) or
    date style (separator, zone suffix) and digits after the decimal point."""
    dtype: str = "float64"
    shape: str = "TC"
    delimiter: str = ","
    time_sep: str = " "  # between date and time: " " or "T"
    time_zone: str = ""  # suffix of dates with an offset, written in UTC: "", "Z" or "+00:00"
    time_digits: int = VARIABLE_DIGITS  # fraction digits of times, 0-9 (15: as many as needed)
    time_unit: int = 1  # numeric times: ticks per second (1, 1e3, 1e6, 1e9)

    def to_bytes(self) -> bytes:
        flags = (self.time_sep == "T") | TIME_ZONES.index(self.time_zone) << 1 | self.time_digits << 3
        return struct.pack("<BBBBB", DTYPES.index(self.dtype), SHAPES.index(self.shape), ord(self.delimiter), flags,
                           TIME_UNITS.index(self.time_unit))

    @classmethod
    def from_bytes(cls, raw: bytes) -> "Style":
        dt, shape, delim, flags, unit = raw
        zone, digits = (flags >> 1) & 3, flags >> 3
        if (dt >= len(DTYPES) or shape >= len(SHAPES) or chr(delim) not in DELIMITERS or zone >= len(TIME_ZONES)
                or not (digits <= 9 or digits == VARIABLE_DIGITS) or flags >> 7 or unit >= len(TIME_UNITS)):
            raise ValueError(f"style fields {list(raw)}")
        return cls(DTYPES[dt], SHAPES[shape], chr(delim), "T" if flags & 1 else " ", TIME_ZONES[zone], digits,
                   TIME_UNITS[unit])


@dataclass(frozen=True)
class KeptTime:
    """How a file's exact time stamps are counted (version 2, FLAG_TIME): ticks of 10^-digits of
    the column's unit (kind TIME_NUMBER) or of a second (dates), and how they are written."""
    digits: int
    kind: int  # TIME_NUMBER, TIME_DATE or TIME_DATE_UTC

    def to_bytes(self) -> bytes:
        return struct.pack("<BB", self.digits, self.kind)

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KeptTime":
        if raw[0] > timestamps.MAX_DIGITS or raw[1] > TIME_DATE_UTC:
            raise ValueError(f"time stamp fields {list(raw)}")
        return cls(raw[0], raw[1])


@dataclass
class Header:
    model_id: str  # 16 hex digits
    mode: str
    codebook_size: int
    atom_length: int
    scales: tuple[int, ...]
    channels: int
    frame_samples: int
    length: int  # samples per channel in the original signal
    normalization: str = "none"
    mean: np.ndarray | None = None  # (C,) float64, zscore only
    std: np.ndarray | None = None
    sample_rate: float | None = None  # Hz
    time_origin: float = 0.0  # value of the time column at the first sample (seconds)
    time_kind: int = 0  # TIME_NUMBER, TIME_DATE or TIME_DATE_UTC, | TIME_IRREGULAR
    time_column: str | None = None
    columns: list[str] | None = None
    coded_scales: int | None = None  # version 2: scales the frames carry (None: all)
    factors: tuple[float, ...] | None = None  # version 2: per-channel resampling factor, multiples of 1/16 (None: all 1)
    style: Style | None = None  # version 2: how the input looked (None: a (T, C) float64 array or plain CSV)
    bounds: list[bounded.Lattice] | None = None  # version 2: the error-bounded layer's lattice per channel
    kept_time: KeptTime | None = None  # version 2: frames carry the exact time stamps
    prior_id: str | None = None  # version 2: entropy-coded segments use this token prior (16 hex digits)
    version: int = VERSION
    flags: int = field(default=0)
    raw: bytes = field(default=b"", repr=False)  # the header's bytes as read (for the native decoder)

    # --- derived layout (stampcodec.layout) -----------------------------------------------
    @property
    def layout(self) -> Layout:
        return Layout(self.mode, self.codebook_size, self.atom_length, tuple(self.scales),
                      self.channels if self.mode == "joint" else 1)

    @property
    def block(self) -> int:
        return self.layout.block

    @property
    def bits(self) -> int:
        return self.layout.bits

    @property
    def rows(self) -> int:
        """Token streams: one per channel (independent) or one for all (joint)."""
        return self.layout.rows(self.channels)

    @property
    def n_frames(self) -> int:
        return -(-self.length // self.frame_samples)

    def frame_length(self, index: int) -> int:
        return min(self.frame_samples, self.length - index * self.frame_samples)

    def frame_blocks(self, index: int) -> int:
        return self.layout.blocks(self.frame_length(index))

    def payload_bytes(self, index: int) -> int:
        """Version 1: the bit-packed tokens of frame `index`."""
        return self.layout.payload_bytes(self.frame_length(index), self.channels)

    @property
    def n_coded(self) -> int:
        """Scales every frame carries (the first n_coded, coarse first)."""
        return len(self.scales) if self.coded_scales is None else self.coded_scales

    @property
    def row_factors(self) -> tuple[float, ...]:
        """The resampling factor of each token row (a joint row's channels share one)."""
        f = self.factors or (1,) * self.channels
        return f if self.mode == "independent" else f[:1]

    def row_lengths(self, index: int) -> list[int]:
        """Coded samples of each row in frame `index` (before padding to whole blocks)."""
        m = self.frame_length(index)
        return [resample.coded_length(m, r) for r in self.row_factors]

    def segment_tokens(self, index: int) -> list[list[int]]:
        """Version 2: tokens of each row in each scale's segment of frame `index` ([scale][row])."""
        q = self.layout.tokens_per_block
        blocks = [self.layout.blocks(n) for n in self.row_lengths(index)]
        return [[b * q[s] for b in blocks] for s in range(self.n_coded)]

    def alphabet(self, skip: bool = False) -> int:
        """Symbols a segment codes: V, or V + 1 in a frame with FRAME_SKIP (symbol V: no token)."""
        return self.codebook_size + int(skip)

    def symbol_bits(self, skip: bool = False) -> int:
        """Bits of a bit-packed symbol: b = ceil(log2 V), or ceil(log2 (V + 1)) in a FRAME_SKIP frame."""
        return max(1, (self.alphabet(skip) - 1).bit_length())

    def segment_raw_bytes(self, index: int, skip: bool = False) -> list[int]:
        """Version 2: bytes of each segment when bit-packed (an entropy-coded one is shorter)."""
        return [bitpack.packed_size(sum(n), self.symbol_bits(skip)) for n in self.segment_tokens(index)]

    # --- serialisation ------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        check_layout(self.frame_samples, self.channels, self.length, self.block, "token file")
        flags = (FLAG_RATE if self.sample_rate else 0) | (FLAG_NAMES if self.columns is not None else 0)
        if self.version == 2 and self.style is not None and self.style != Style():
            flags |= FLAG_STYLE
        body = bytearray()
        if self.version == 2:
            check_coding(self, "token file")
            body += _CODED.pack(self.n_coded)
        body += struct.pack(f"<{len(self.scales)}B", *self.scales)
        if self.normalization == "zscore":
            assert self.mean is not None and self.std is not None
            flags |= FLAG_MEAN64
            stats = np.empty(self.channels, dtype=STATS64)
            stats["mean"], stats["std"] = self.mean, self.std
            if not _stats_ok(stats["mean"], stats["std"]):
                raise ContainerError("normalization statistics must be finite (and the standard deviation >= 0)")
            body += stats.tobytes()
        if self.version == 2:
            body += struct.pack(f"<{self.channels}H", *(resample.sixteenths(r) for r in self.factors or (1,) * self.channels))
        if flags & FLAG_RATE:
            body += struct.pack("<ddB", self.sample_rate, self.time_origin, self.time_kind)
        if flags & FLAG_NAMES:
            assert self.columns is not None and len(self.columns) == self.channels
            for name in [self.time_column or ""] + list(self.columns):
                raw = _clip_utf8(name, 255)
                body += struct.pack("<B", len(raw)) + raw
        if flags & FLAG_STYLE:
            assert self.style is not None
            body += self.style.to_bytes()
        if self.bounds is not None:
            flags |= FLAG_BOUND
            body += _bounds_bytes(self.bounds, self.channels)
        if self.kept_time is not None:
            if self.version != 2 or not self.time_column or self.columns is None:
                raise ContainerError("exact time stamps need format version 2 and a named time column")
            flags |= FLAG_TIME
            body += self.kept_time.to_bytes()
        if self.prior_id is not None:
            if self.version != 2 or self.bounds is not None:
                raise ContainerError("coding tokens with a prior needs format version 2 and a token file")
            flags |= FLAG_PRIOR
            body += bytes.fromhex(self.prior_id)
        total = _FIXED.size + len(body) + 4
        if total > 0xFFFF:
            raise ContainerError(f"header would be {total} bytes (limit 65535): too many channels or long names")
        fixed = _FIXED.pack(MAGIC, self.version, flags, total, bytes.fromhex(self.model_id), MODES.index(self.mode),
                            len(self.scales), self.codebook_size - 1, self.atom_length, self.channels,
                            self.frame_samples, self.length, NORMS.index(self.normalization))
        head = fixed + bytes(body)
        return head + struct.pack("<I", zlib.crc32(head))

    def check_model(self, cfg: StampConfig, model_id: str, where: str) -> None:
        if self.model_id != model_id:
            raise ContainerError(f"{where}: encoded with model {self.model_id}, but the model given is {model_id} "
                                 f"(pass the bundle it was encoded with: --model)")
        if self.layout != cfg.layout:
            raise ContainerError(f"{where}: the file's token layout {self.layout} is not the model's {cfg.layout}")


def check_coding(h: Header, where: str) -> None:
    """Version 2's fields: 1 <= coded scales <= scales (0 in an error-bounded file: its layer
    predicts from decoded samples alone); factors multiples of 1/16 from 1 to MAX_FACTOR, one per
    channel, equal in joint mode (its one row carries every channel)."""
    if h.bounds is not None and h.n_coded != 0:
        raise ContainerError(f"{where}: an error-bounded file carries no token scales ({h.n_coded})")
    if h.bounds is None and not 1 <= h.n_coded <= len(h.scales):
        raise ContainerError(f"{where}: {h.n_coded} coded scales (1 to {len(h.scales)})")
    f = h.factors or (1,) * h.channels
    try:
        ok = len(f) == h.channels and all(resample.sixteenths(r) for r in f)
    except ValueError:
        ok = False
    if not ok:
        raise ContainerError(f"{where}: resampling factors {list(f)[:8]} (one per channel, multiples of "
                             f"1/{resample.STEP} from 1 to {resample.MAX_FACTOR})")
    if h.mode == "joint" and len(set(f)) != 1:
        raise ContainerError(f"{where}: a joint stream codes its channels at one time scale, factors {sorted(set(f))}")


def _bounds_bytes(lattices: list[bounded.Lattice], channels: int) -> bytes:
    if len(lattices) != channels or not all(lat.ok() for lat in lattices):
        raise ContainerError(f"error bounds {lattices[:4]} (one per channel, finite and positive)")
    b = np.empty(channels, dtype=BOUNDS)
    b["bound"], b["origin"], b["unit"] = ([lat.bound for lat in lattices], [lat.origin for lat in lattices],
                                          [lat.unit for lat in lattices])
    return b.tobytes()


def _stats_ok(mean: np.ndarray, std: np.ndarray) -> bool:
    return bool(np.all(np.isfinite(mean)) and np.all(np.isfinite(std)) and np.all(std >= 0))


def check_layout(frame_samples: int, channels: int, length: int, block: int, where: str) -> None:
    """The limits on frame size, channels and frame count; ContainerError naming the one broken."""
    if not 1 <= channels <= 0xFFFF:
        raise ContainerError(f"{where}: {channels} channels (1 to 65535)")
    if frame_samples < block or frame_samples % block:
        raise ContainerError(f"{where}: frame of {frame_samples} samples is not a positive multiple of the block ({block})")
    if frame_samples > MAX_FRAME_SAMPLES:
        raise ContainerError(f"{where}: frame of {frame_samples} samples exceeds the limit of {MAX_FRAME_SAMPLES}")
    if frame_samples * channels > MAX_FRAME_VALUES:
        raise ContainerError(f"{where}: frame of {frame_samples} samples x {channels} channels exceeds the limit of "
                             f"{MAX_FRAME_VALUES} samples per frame")
    if length < 1 or -(-length // frame_samples) > MAX_FRAMES:
        raise ContainerError(f"{where}: {length} samples per channel in frames of {frame_samples} is outside "
                             f"1 to {MAX_FRAMES} frames")


def check_times(h: "Header") -> None:
    """The time column a decoder will rebuild must be writable: finite, and inside the years
    1-9999 of ISO 8601 dates when the times are dates."""
    if not h.sample_rate:
        return
    first, last = h.time_origin, h.time_origin + (h.length - 1) / h.sample_rate
    if not (math.isfinite(first) and math.isfinite(last)):
        raise ContainerError(f"time stamps from {first} at {h.sample_rate} Hz are not finite numbers")
    if h.time_kind & 0x7F != TIME_NUMBER:
        lo, hi = _DATE_RANGE
        if not (lo <= first <= hi and lo <= last <= hi):
            raise ContainerError(f"time stamps from {first:.6g} to {last:.6g} s (at {h.sample_rate:.6g} Hz) leave the "
                                 "years 1-9999 that ISO 8601 dates can write (check --sample-rate)")


# POSIX seconds of 0001-01-01 and 9999-12-31T23:59:59 (with a day's margin for time zones)
_DATE_RANGE = (-62135596800.0 + 86400, 253402300799.0 - 86400)


def max_frame_samples(channels: int, block: int, wanted: int) -> int:
    """The largest frame size <= wanted that the limits allow for this many channels."""
    cap = min(wanted, MAX_FRAME_SAMPLES, MAX_FRAME_VALUES // max(channels, 1))
    return max(block, cap // block * block)


def _clip_utf8(s: str, limit: int) -> bytes:
    raw = s.encode("utf-8")
    if len(raw) <= limit:
        return raw
    return raw[:limit].decode("utf-8", errors="ignore").encode("utf-8")


def _read_exact(f: BinaryIO, n: int, what: str, where: str) -> bytes:
    """n bytes, read in chunks: a damaged length costs at most the bytes really present."""
    parts, got = [], 0
    while got < n:
        part = f.read(min(READ_CHUNK, n - got))
        if not part:
            raise ContainerError(f"{where}: truncated {what} (expected {n} bytes, got {got})")
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def read_header(f: BinaryIO, where: str) -> Header:
    start = f.read(8)
    if len(start) < 4 or start[:4] != MAGIC:
        raise ContainerError(f"{where}: not a stampcodec token file (bad magic {start[:4]!r})")
    if len(start) < 8:
        raise ContainerError(f"{where}: truncated header")
    version, flags, total = start[4], start[5], struct.unpack("<H", start[6:8])[0]
    if version not in VERSIONS:
        raise ContainerError(f"{where}: token format version {version} is not supported (this build reads "
                             f"{' and '.join(map(str, VERSIONS))})")
    if total < _FIXED.size + 4:
        raise ContainerError(f"{where}: corrupt header (length {total})")
    head = start + _read_exact(f, total - 8, "header", where)
    if zlib.crc32(head[:-4]) != struct.unpack("<I", head[-4:])[0]:
        raise ContainerError(f"{where}: header CRC mismatch (the file is damaged)")
    if flags & FLAG_SCALE_SKIP:
        raise ContainerError(f"{where}: uses scale skipping (flags 0x{flags:02x}), which this version cannot decode")
    if flags & ~(KNOWN_FLAGS_V2 if version == 2 else KNOWN_FLAGS) or (flags & FLAG_MEAN64 and head[36] != NORMS.index("zscore")):
        raise ContainerError(f"{where}: unknown header flags 0x{flags:02x}")
    (_, _, _, _, mid, mode, n_scales, v1, atom_length, channels, frame_samples, length, norm) = _FIXED.unpack(head[:_FIXED.size])
    pos = _FIXED.size
    body_end = total - 4

    def take(n: int) -> bytes:
        nonlocal pos
        if pos + n > body_end:
            raise ContainerError(f"{where}: corrupt header (fields overrun its length)")
        pos += n
        return head[pos - n:pos]

    if mode >= len(MODES) or norm >= len(NORMS):
        raise ContainerError(f"{where}: corrupt header (mode {mode}, normalization {norm})")
    coded = take(1)[0] if version == 2 else None
    least = 0 if flags & FLAG_BOUND else 1  # check_coding below says exactly 0
    scales = tuple(take(n_scales))
    if (not scales or any(s < 1 for s in scales) or list(scales) != sorted(set(scales), reverse=True)
            or any(scales[0] % s for s in scales)):
        raise ContainerError(f"{where}: corrupt header (scales {scales})")
    if atom_length < 4 or atom_length % 4 or channels < 1 or length < 1:
        raise ContainerError(f"{where}: corrupt header (L={atom_length}, channels={channels}, length={length})")
    h = Header(model_id=mid.hex(), mode=MODES[mode], codebook_size=v1 + 1, atom_length=atom_length, scales=scales,
               channels=channels, frame_samples=frame_samples, length=length, normalization=NORMS[norm],
               coded_scales=coded, version=version, flags=flags, raw=bytes(head))
    try:
        check_layout(frame_samples, channels, length, h.block, where)
    except ContainerError as e:
        raise ContainerError(f"corrupt header: {e}") from None
    if coded is not None and not least <= coded <= n_scales:
        raise ContainerError(f"{where}: corrupt header ({coded} coded scales of {n_scales})")
    if h.normalization == "zscore":
        dt = STATS64 if flags & FLAG_MEAN64 else STATS32
        stats = np.frombuffer(take(dt.itemsize * channels), dtype=dt)
        h.mean, h.std = stats["mean"].astype(np.float64), stats["std"].astype(np.float64)
        if not _stats_ok(h.mean, h.std):
            raise ContainerError(f"{where}: corrupt header (normalization statistics)")
    if version == 2:
        h.factors = tuple(f / resample.STEP for f in struct.unpack(f"<{channels}H", take(2 * channels)))
    if flags & FLAG_RATE:
        h.sample_rate, h.time_origin, h.time_kind = struct.unpack("<ddB", take(17))
        if (not (math.isfinite(h.sample_rate) and h.sample_rate > 0 and math.isfinite(h.time_origin))
                or h.time_kind & 0x7F > TIME_DATE_UTC):
            raise ContainerError(f"{where}: corrupt header (sample rate {h.sample_rate})")
    if flags & FLAG_NAMES:
        names = []
        for _ in range(channels + 1):
            n = take(1)[0]
            try:
                names.append(take(n).decode("utf-8"))
            except UnicodeDecodeError:
                raise ContainerError(f"{where}: corrupt header (column name is not UTF-8)") from None
        h.time_column = names[0] or None
        h.columns = names[1:]
    if flags & FLAG_STYLE:
        try:
            h.style = Style.from_bytes(take(5))
        except ValueError as e:
            raise ContainerError(f"{where}: corrupt header ({e})") from None
    if flags & FLAG_BOUND:
        b = np.frombuffer(take(BOUNDS.itemsize * channels), dtype=BOUNDS)
        h.bounds = [bounded.Lattice(float(v["bound"]), float(v["origin"]), float(v["unit"])) for v in b]
        if not all(lat.ok() for lat in h.bounds):
            raise ContainerError(f"{where}: corrupt header (error bounds)")
    if flags & FLAG_TIME:
        try:
            h.kept_time = KeptTime.from_bytes(take(2))
        except ValueError as e:
            raise ContainerError(f"{where}: corrupt header ({e})") from None
        if not h.time_column:
            raise ContainerError(f"{where}: corrupt header (time stamps kept, but no time column named)")
    if flags & FLAG_PRIOR:
        h.prior_id = take(8).hex()
        if flags & FLAG_BOUND:
            raise ContainerError(f"{where}: corrupt header (a token prior named in an error-bounded file)")
    if version == 2:
        try:
            check_coding(h, where)
        except ContainerError as e:
            raise ContainerError(f"corrupt header: {e}") from None
    if pos != body_end:
        raise ContainerError(f"{where}: corrupt header ({body_end - pos} unexplained bytes)")
    return h


# --- frames -------------------------------------------------------------------------------

def encode_mask(missing: np.ndarray | None) -> bytes:
    """missing (T_frame, C) boolean or None -> the frame's flags byte and optional mask field."""
    if missing is None or not missing.any():
        return b"\x00"
    # A lost packet takes every channel at once: then one set of runs serves them all.
    shared = missing.shape[1] > 1 and bool((missing == missing[:, :1]).all())
    runs = nanmask.encode(missing[:, :1] if shared else missing)
    return bytes([FRAME_MASK | (FRAME_MASK_SHARED if shared else 0)]) + bitpack.write_varint(len(runs)) + runs


def write_frame(h: Header, tokens: list[np.ndarray] | list[list[np.ndarray]], missing: np.ndarray | None,
                entropy_coding: bool = True, fields: bytes = b"", time_field: bytes = b"",
                prior: "TokenPrior | None" = None) -> bytes:
    """Frame bytes from tokens per scale -- (rows, n_s) arrays, or per scale a list of each row's
    tokens when rows differ in length (version 2, resampled channels) -- and missing (T_frame, C)
    boolean or None. Version 2 writes the time stamps' field when the header keeps them
    (stampcodec.timestamps.encode_field), the header's coded scales, each segment entropy coded
    when that is shorter (and entropy_coding), then the error-bounded layer's fields when the
    header has one (stampcodec.bounded.encode_fields). A header naming a token prior needs that
    prior: entropy-coded segments are then coded with it (stampcodec.prior.coding)."""
    if (h.kept_time is not None) != bool(time_field):
        raise ValueError("a time stamp field goes exactly in the frames of files that keep time stamps")
    out = bytearray(encode_mask(missing)) + time_field
    skip = h.version == 2 and any(int(np.max(t, initial=0)) >= h.codebook_size
                                  for per_scale in tokens[:h.n_coded] for t in per_scale)
    if skip:  # skipped tokens (budget.skip_symbol: V): the frame's segments code V + 1 symbols
        if h.prior_id is not None:
            raise ValueError("skipped tokens cannot be coded with a token prior")
        out[0] |= FRAME_SKIP
    if h.version == 1:
        blocks = tokens[0].shape[1] // h.layout.tokens_per_block[0]
        flat = np.empty(h.layout.token_count(blocks * h.block, h.channels), dtype=np.int64)
        for tok, pos in zip(tokens, h.layout.token_order(blocks, h.rows)):
            flat[pos] = tok
        out += bitpack.pack(flat, h.bits)
    else:
        check_prior(h, prior, "token file")
        for s, per_row in enumerate(tokens[:h.n_coded]):
            coder = None
            if h.prior_id is not None:
                from stampcodec.prior import coding

                rows = [[np.ravel(tokens[t][r]) for t in range(s + 1)] for r in range(len(per_row))]
                coder = lambda rows=rows, s=s: coding.encode_segment(prior, rows, s)  # noqa: E731
            out += encode_segment(np.concatenate([np.ravel(t) for t in per_row]), h, entropy_coding, coder, skip)
    if (h.bounds is not None) != bool(fields):
        raise ValueError("error-bounded fields go exactly in files whose header has bounds")
    out += fields
    return bytes(out) + struct.pack("<I", zlib.crc32(out))


def check_prior(h: Header, prior: "TokenPrior | None", where: str) -> None:
    """The prior a file's header names is the one given (ContainerError otherwise)."""
    if h.prior_id is None:
        return
    if prior is None:
        raise ContainerError(f"{where}: tokens coded with token prior {h.prior_id}: decoding needs that prior "
                             "(--prior FILE; Codec.load(..., prior=...))")
    if prior.prior_id != h.prior_id:
        raise ContainerError(f"{where}: tokens coded with token prior {h.prior_id}, but the prior given is "
                             f"{prior.prior_id}")


def encode_segment(flat: np.ndarray, h: Header, entropy_coding: bool = True,
                   coder: "Callable[[], bytes] | None" = None, skip: bool = False) -> bytes:
    """One scale's tokens (every row, in order) -> varint (bytes << 1 | coded) + bytes. The
    range-coded bytes come from coder() when given (a prior's), else from the adaptive model.
    skip: the frame has FRAME_SKIP (V + 1 symbols)."""
    data, coded = bitpack.pack(flat, h.symbol_bits(skip)), 0
    if entropy_coding and h.alphabet(skip) <= entropy.MAX_SYMBOLS and len(data) > 4:
        packed = coder() if coder is not None else entropy.encode(flat, h.alphabet(skip))
        if len(packed) < len(data):
            data, coded = packed, 1
    return bitpack.write_varint(len(data) << 1 | coded) + data


def _read_varint_from(f: BinaryIO, what: str, where: str) -> tuple[int, bytes]:
    lead = bytearray()
    while True:  # byte by byte: a varint says its own length
        b = _read_exact(f, 1, what, where)
        lead += b
        if not b[0] & 0x80 or len(lead) > 9:
            break
    try:
        n, _ = bitpack.read_varint(bytes(lead), 0)
    except ValueError:
        raise ContainerError(f"{where}: {what}: corrupt length field") from None
    return n, bytes(lead)


def read_frame_bytes(f: BinaryIO, h: Header, index: int, where: str) -> bytes:
    """The raw bytes of frame `index` (flags to CRC), length- and CRC-checked."""
    what = f"frame {index + 1} of {h.n_frames}"
    flags = _read_exact(f, 1, what, where)
    buf = bytearray(flags)
    if flags[0] & ~KNOWN_FRAME_FLAGS or (flags[0] & FRAME_MASK_SHARED and not flags[0] & FRAME_MASK):
        raise ContainerError(f"{where}: {what}: unknown frame flags 0x{flags[0]:02x} (damaged file?)")
    skip = bool(flags[0] & FRAME_SKIP)
    if skip and (h.version == 1 or h.bounds is not None or h.prior_id is not None):
        raise ContainerError(f"{where}: {what}: skipped tokens (frame flag 0x02) in a "
                             f"{'version 1' if h.version == 1 else 'error-bounded' if h.bounds is not None else 'prior-coded'}"
                             " file (damaged file?)")
    if flags[0] & FRAME_MASK:
        n, lead = _read_varint_from(f, what, where)
        if n > mask_limit(h, index):
            raise ContainerError(f"{where}: {what}: mask of {n} bytes is impossible (damaged file?)")
        buf += lead + _read_exact(f, n, what, where)
    if h.kept_time is not None:
        n, lead = _read_varint_from(f, what, where)
        if not 1 <= n <= timestamps.field_limit(h.frame_length(index)):
            raise ContainerError(f"{where}: {what}: time stamp field of {n} bytes is impossible (damaged file?)")
        buf += lead + _read_exact(f, n, what, where)
    if h.version == 1:
        buf += _read_exact(f, h.payload_bytes(index), what, where)
    else:
        for s, raw_bytes in enumerate(h.segment_raw_bytes(index, skip)):
            field, lead = _read_varint_from(f, what, where)
            n, coded = field >> 1, field & 1
            if not segment_length_ok(n, coded, raw_bytes):
                raise ContainerError(f"{where}: {what}: scale {s + 1} segment of {n} bytes is impossible "
                                     f"(bit-packed it takes {raw_bytes}; damaged file?)")
            buf += lead + _read_exact(f, n, what, where)
    for c in range(h.channels if h.bounds is not None else 0):
        field, lead = _read_varint_from(f, what, where)
        n, flags = field >> bounded.FIELD_SHIFT, field & ((1 << bounded.FIELD_SHIFT) - 1)
        if (not bounded.field_least(flags) <= n <= bounded.field_limit(h.frame_length(index))
                or flags & bounded.REFINE and (flags & 3 < 2 or flags & bounded.GRID)):
            raise ContainerError(f"{where}: {what}: channel {c + 1}'s error-bounded field of {n} bytes is impossible "
                                 "(damaged file?)")
        buf += lead + _read_exact(f, n, what, where)
    crc = struct.unpack("<I", _read_exact(f, 4, what, where))[0]
    if zlib.crc32(buf) != crc:
        raise ContainerError(f"{where}: {what}: CRC mismatch (the file is damaged)")
    return bytes(buf) + struct.pack("<I", crc)


def segment_length_ok(n: int, coded: int, raw_bytes: int) -> bool:
    """A bit-packed segment has exactly its packed size; an entropy-coded one is shorter (else
    the encoder packs it) and at least the coder's 4 bytes."""
    return n == raw_bytes if not coded else 4 <= n < raw_bytes


def mask_limit(h: Header, index: int) -> int:
    """The most bytes a frame's mask can take: per channel a count and one run (two varints of
    at most 3 bytes each, frames being <= 2^20 samples) per sample."""
    return h.channels * (3 + 6 * h.frame_length(index))


@dataclass
class FrameParts:
    """A checked frame cut into its fields (version 2): flags, mask and time stamps, then each segment with
    its length field (what `truncate` copies), the error-bounded layer's fields, then the CRC."""
    head: bytes
    segments: list[bytes]
    fields: bytes = b""

    def join(self, keep: int | None = None) -> bytes:
        body = self.head + b"".join(self.segments[:keep])
        return body + struct.pack("<I", zlib.crc32(body))


def _head_fields(raw: bytes, h: Header) -> tuple[bytes, bytes, int]:
    """A checked frame's mask bytes (empty without FRAME_MASK), time stamp bytes (empty unless
    the file keeps them) and where its tokens start."""
    mask, pos = b"", 1
    if raw[0] & FRAME_MASK:
        n, pos = bitpack.read_varint(raw, 1)
        mask, pos = raw[pos:pos + n], pos + n
    if h.kept_time is None:
        return mask, b"", pos
    n, pos = bitpack.read_varint(raw, pos)
    return mask, raw[pos:pos + n], pos + n


def frame_times(raw: bytes, h: Header, index: int, where: str) -> np.ndarray | None:
    """A checked frame's exact time stamps (int64 ticks, h.kept_time says of what), or None."""
    if h.kept_time is None:
        return None
    try:
        return timestamps.decode_field(_head_fields(raw, h)[1], h.frame_length(index))
    except ValueError as e:
        raise ContainerError(f"{where}: frame {index + 1} of {h.n_frames}: time stamps: {e}") from None


def frame_parts(raw: bytes, h: Header) -> FrameParts:
    _, _, pos = _head_fields(raw, h)
    head, segments = raw[:pos], []
    for _ in range(h.n_coded):
        field, start = bitpack.read_varint(raw, pos)
        segments.append(raw[pos:start + (field >> 1)])
        pos = start + (field >> 1)
    return FrameParts(head, segments, raw[pos:len(raw) - 4])


def bounded_fields(raw: bytes, h: Header, index: int, where: str) -> list[tuple[int, bytes]]:
    """A checked frame of an error-bounded file -> (predictor, bytes) per channel."""
    what = f"{where}: frame {index + 1} of {h.n_frames}"
    data = frame_parts(raw, h).fields
    fields, end = bounded.read_fields(data, 0, h.frame_length(index), h.channels, what)
    if end != len(data):
        raise ContainerError(f"{what}: {len(data) - end} bytes after the error-bounded fields")
    return fields


def parse_frame_rows(raw: bytes, h: Header, index: int, where: str,
                     prior: "TokenPrior | None" = None) -> tuple[list[list[np.ndarray]], np.ndarray | None]:
    """Checked frame bytes -> (per coded scale, each row's tokens (int64), missing (T_frame, C)
    boolean or None). A file coded with a token prior needs that prior."""
    what = f"frame {index + 1} of {h.n_frames}"
    mask_bytes, _, pos = _head_fields(raw, h)
    skip = bool(raw[0] & FRAME_SKIP)
    if h.version == 1:
        blocks = h.frame_blocks(index)
        flat = bitpack.unpack(raw[pos:len(raw) - 4], h.layout.token_count(h.frame_length(index), h.channels), h.bits)
        _check_tokens(flat, h, where, what)
        rows = [list(flat[p]) for p in h.layout.token_order(blocks, h.rows)]
    else:
        rows: list[list[np.ndarray]] = []
        counts_0 = h.segment_tokens(index)[0] if h.n_coded else []
        for s, counts in enumerate(h.segment_tokens(index)):
            field, pos = bitpack.read_varint(raw, pos)
            data, pos = raw[pos:pos + (field >> 1)], pos + (field >> 1)
            if field & 1 and h.prior_id is not None:
                check_prior(h, prior, where)
                from stampcodec.prior import coding

                known = [[rows[t][r] for t in range(s)] for r in range(len(counts))]
                try:
                    rows.append(coding.decode_segment(prior, data, known, s, counts_0))
                except ValueError as e:
                    raise ContainerError(f"{where}: {what}: scale {s + 1}: {e}") from None
                continue
            if field & 1:
                try:
                    flat = entropy.decode(data, sum(counts), h.alphabet(skip))
                except ValueError as e:
                    raise ContainerError(f"{where}: {what}: scale {s + 1}: {e}") from None
            else:
                flat = bitpack.unpack(data, sum(counts), h.symbol_bits(skip))
                _check_tokens(flat, h, where, what, h.alphabet(skip))
            rows.append(np.split(flat, np.cumsum(counts)[:-1]))
    return rows, _parse_mask(raw[0], mask_bytes, h, index, where, what)


def _check_tokens(flat: np.ndarray, h: Header, where: str, what: str, alphabet: int | None = None) -> None:
    if flat.size and int(flat.max()) >= (alphabet or h.codebook_size):
        raise ContainerError(f"{where}: {what}: token {int(flat.max())} outside the codebook of {h.codebook_size}"
                             + (" and the skip symbol" if alphabet and alphabet > h.codebook_size else ""))


def _parse_mask(flags: int, mask_bytes: bytes, h: Header, index: int, where: str, what: str) -> np.ndarray | None:
    if not flags & FRAME_MASK:
        return None
    try:
        if flags & FRAME_MASK_SHARED:
            one = nanmask.decode(mask_bytes, h.frame_length(index), 1)
            return np.repeat(one, h.channels, axis=1)
        return nanmask.decode(mask_bytes, h.frame_length(index), h.channels)
    except ValueError as e:
        raise ContainerError(f"{where}: {what}: corrupt missing-sample mask ({e})") from None


def frame_missing(raw: bytes, h: Header, index: int, where: str) -> np.ndarray | None:
    """A checked frame's missing samples (T_frame, C) boolean, or None."""
    mask_bytes, _, _ = _head_fields(raw, h)
    return _parse_mask(raw[0], mask_bytes, h, index, where, f"frame {index + 1} of {h.n_frames}")


def parse_frame(raw: bytes, h: Header, index: int, where: str) -> tuple[list[np.ndarray], np.ndarray | None]:
    """Checked frame bytes -> (tokens per coded scale (rows, n_s) int64, missing (T_frame, C)
    boolean or None). Rows must have one length (every row at one resampling factor)."""
    rows, missing = parse_frame_rows(raw, h, index, where)
    if len(set(h.row_factors)) > 1:
        raise ValueError("rows of different lengths (channels resampled by different factors): use parse_frame_rows")
    return [np.stack(r) for r in rows], missing


def split(blob: bytes, where: str) -> tuple[Header, list[bytes]]:
    """A whole token file in memory -> its header and every frame's checked raw bytes."""
    f = io.BytesIO(blob)
    h = read_header(f, where)
    frames = [read_frame_bytes(f, h, i, where) for i in range(h.n_frames)]
    if f.read(1):
        raise ContainerError(f"{where}: unexpected bytes after the last frame ({h.n_frames} frames)")
    return h, frames


def describe(f: BinaryIO, where: str, size: int) -> dict:
    """Read a whole token file of `size` bytes, checking every frame's CRC, and say what it holds:
    the header's fields, missing samples, the real (file bytes), token and nominal rates, and
    (version 2) the bytes and bits per token of each scale's segments and the resampling factors,
    and an error-bounded file's bounds and bytes per channel."""
    h = read_header(f, where)
    header_bytes = f.tell()
    masked = kept_time_bytes = skip_frames = 0
    bounded_bytes, predictors = np.zeros(h.channels, dtype=np.int64), np.zeros((h.channels, 4), dtype=np.int64)
    grids, refined = np.zeros(h.channels, dtype=np.int64), np.zeros(h.channels, dtype=np.int64)
    n_coded = h.n_coded
    seg_bytes, seg_tokens, seg_coded = [0] * n_coded, [0] * n_coded, [0] * n_coded
    for i in range(h.n_frames):
        raw = read_frame_bytes(f, h, i, where)
        mask_bytes, time_bytes, _ = _head_fields(raw, h)
        missing = _parse_mask(raw[0], mask_bytes, h, i, where, f"frame {i + 1} of {h.n_frames}")
        kept_time_bytes += len(time_bytes)
        skip_frames += bool(raw[0] & FRAME_SKIP)
        masked += int(missing.sum()) if missing is not None else 0
        if h.version == 2:
            for s, (seg, counts) in enumerate(zip(frame_parts(raw, h).segments, h.segment_tokens(i))):
                field, start = bitpack.read_varint(seg, 0)
                seg_bytes[s] += len(seg) - start
                seg_tokens[s] += sum(counts)
                seg_coded[s] += field & 1
            if h.bounds is not None:
                for c, (p, data) in enumerate(bounded_fields(raw, h, i, where)):
                    bounded_bytes[c] += len(data)
                    predictors[c, p & 3] += 1
                    grids[c] += bool(p & bounded.GRID)
                    refined[c] += bool(p & bounded.REFINE)
    if f.read(1):
        raise ContainerError(f"{where}: unexpected bytes after the last frame ({h.n_frames} frames)")
    samples = h.length * h.channels
    if h.version == 1:
        token_bits = sum(h.layout.token_count(h.frame_length(i), h.channels) for i in range(h.n_frames)) * h.bits
    else:
        token_bits = 8 * sum(seg_bytes)
    out = {
        "path": where, "kind": "tokens", "format_version": h.version, "bytes": size, "header_bytes": header_bytes,
        "model_id": h.model_id, "mode": h.mode, "channels": h.channels, "length": h.length,
        "columns": h.columns, "time_column": h.time_column, "sample_rate": h.sample_rate,
        "time_irregular": bool(h.time_kind & TIME_IRREGULAR), "normalization": h.normalization,
        "codebook_size": h.codebook_size, "bits_per_token": h.bits, "atom_length": h.atom_length,
        "scales": list(h.scales), "coded_scales": n_coded, "frame_samples": h.frame_samples, "frames": h.n_frames,
        "frames_crc_ok": True, "missing_samples": masked, "real_bpt": 8 * size / samples,
        "nominal_bpt": h.layout.nominal_bpt, "token_bpt": token_bits / samples,
    }
    if h.version == 2:
        out["resample_factors"] = list(h.factors or (1,) * h.channels)
        out["segments"] = [{"scale": h.scales[s], "bytes": seg_bytes[s], "tokens": seg_tokens[s],
                            "bits_per_token": 8 * seg_bytes[s] / max(seg_tokens[s], 1),
                            "entropy_coded_frames": seg_coded[s]} for s in range(n_coded)]
        out["skip_frames"] = skip_frames
    if h.bounds is not None:
        out["max_error"] = [lat.bound for lat in h.bounds]
        out["bounded_bytes"] = int(bounded_bytes.sum())
        out["bounded_channels"] = [
            {"max_error": lat.bound, "bytes": int(b), "bpt": 8 * int(b) / h.length,
             "predictors": {name: int(n) for name, n in zip(bounded.PREDICTORS, row) if n}, "grid_frames": int(g),
             "refined_frames": int(r)}
            for lat, b, row, g, r in zip(h.bounds, bounded_bytes, predictors, grids, refined)]
    if h.prior_id is not None:
        out["prior_id"] = h.prior_id
    if h.kept_time is not None:
        out["kept_time"] = {"digits": h.kept_time.digits, "dates": h.kept_time.kind != TIME_NUMBER,
                            "bytes": kept_time_bytes, "bits_per_stamp": 8 * kept_time_bytes / h.length}
    return out


def read_frame(f: BinaryIO, h: Header, index: int, where: str) -> tuple[list[np.ndarray], np.ndarray | None]:
    """-> (tokens per scale (rows, n_s) int64, missing (T_frame, C) boolean or None)."""
    return parse_frame(read_frame_bytes(f, h, index, where), h, index, where)
