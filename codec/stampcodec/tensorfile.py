"""Read and write the safetensors layout with numpy only (no pickle, no extra dependency):

    u64 little-endian N | N bytes of JSON header | raw little-endian tensor data

The header maps tensor names to {dtype, shape, data_offsets}; "__metadata__" maps strings to
strings. We add "data_sha256" so any corruption of the data section is detected on load.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import stat
import struct
from pathlib import Path

import numpy as np

from stampcodec.errors import BundleError

MAX_HEADER = 1 << 24  # headers are a few kB; refuse absurd lengths before allocating

_DTYPES = {"F32": np.dtype("<f4"), "F64": np.dtype("<f8"), "I64": np.dtype("<i8"), "I32": np.dtype("<i4"),
           "I16": np.dtype("<i2"), "U8": np.dtype("u1")}
_NAMES = {v: k for k, v in _DTYPES.items()}


def dumps(tensors: dict[str, np.ndarray], metadata: dict[str, str]) -> bytes:
    header: dict[str, object] = {}
    chunks: list[bytes] = []
    offset = 0
    for name in sorted(tensors):
        a = np.ascontiguousarray(tensors[name])
        dt = a.dtype.newbyteorder("<") if a.dtype.byteorder == ">" else a.dtype
        if dt not in _NAMES:
            raise BundleError(f"tensor {name!r}: dtype {a.dtype} cannot be stored")
        raw = a.astype(dt, copy=False).tobytes()
        header[name] = {"dtype": _NAMES[dt], "shape": list(a.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    data = b"".join(chunks)
    header["__metadata__"] = dict(metadata, data_sha256=hashlib.sha256(data).hexdigest())
    hb = json.dumps(header, sort_keys=True).encode()
    hb += b" " * (-len(hb) % 8)  # safetensors aligns the data section to 8 bytes
    return struct.pack("<Q", len(hb)) + hb + data


def loads(blob: bytes, where: str, expect_format: str) -> tuple[dict[str, str], dict[str, np.ndarray]]:
    """Parse and verify; every failure is a BundleError naming `where` and what is wrong."""
    if len(blob) < 8:
        raise BundleError(f"{where}: not a {expect_format} file ({len(blob)} bytes: truncated or empty)")
    (n,) = struct.unpack("<Q", blob[:8])
    if n > MAX_HEADER or n == 0:
        raise BundleError(f"{where}: not a {expect_format} file (header length {n} is implausible)")
    if 8 + n > len(blob):
        raise BundleError(f"{where}: truncated file (header needs {n} bytes, {len(blob) - 8} present)")
    try:
        header = json.loads(blob[8:8 + n].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BundleError(f"{where}: corrupt header ({e.__class__.__name__}: {e})") from None
    except RecursionError:
        raise BundleError(f"{where}: corrupt header (JSON nested too deeply)") from None
    meta = header.pop("__metadata__", None) if isinstance(header, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != expect_format:
        raise BundleError(f"{where}: not a {expect_format} file (format field is missing or different)")
    for k, v in meta.items():
        if not isinstance(v, str):
            raise BundleError(f"{where}: corrupt metadata: field {k!r} is a {type(v).__name__}, not a string")
    data = memoryview(blob)[8 + n:]
    if hashlib.sha256(data).hexdigest() != meta.get("data_sha256"):
        raise BundleError(f"{where}: corrupt file (data checksum mismatch: truncated or modified)")
    tensors: dict[str, np.ndarray] = {}
    for name, spec in header.items():
        if not isinstance(spec, dict):
            raise BundleError(f"{where}: corrupt header entry for tensor {name!r} (not an object)")
        if spec.get("dtype") not in _DTYPES:
            raise BundleError(f"{where}: tensor {name!r}: field 'dtype' is {spec.get('dtype')!r}, not one of {', '.join(_DTYPES)}")
        dt = _DTYPES[spec["dtype"]]
        shape = _ints(spec.get("shape"), None, f"{where}: tensor {name!r}: field 'shape'")
        b, e = _ints(spec.get("data_offsets"), 2, f"{where}: tensor {name!r}: field 'data_offsets'")
        count = math.prod(shape)  # Python integers: a huge shape cannot wrap around to a small size
        if not (b <= e <= len(data)) or e - b != count * dt.itemsize:
            raise BundleError(f"{where}: tensor {name!r} lies outside the data section or has the wrong size "
                              f"(shape {list(shape)}, bytes {b}..{e} of {len(data)})")
        tensors[name] = np.frombuffer(data[b:e], dtype=dt).reshape(shape).copy()
    return meta, tensors


def _ints(value: object, length: int | None, what: str) -> tuple[int, ...]:
    """A JSON list of non-negative integers (not floats, not booleans), of the given length."""
    if (not isinstance(value, list) or (length is not None and len(value) != length) or len(value) > 8
            or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)):
        raise BundleError(f"{what} must be a list of {length or 'at most 8'} non-negative integers, got {value!r:.80}")
    return tuple(value)


def read_file(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """A whole file of at most `limit` bytes, read once; BundleError naming what is wrong (missing,
    a folder or a device, too large to be `what`)."""
    p = Path(path)
    try:
        with open(p, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise BundleError(f"{p}: not a regular file (a {what} is read whole)")
            if st.st_size > limit:
                raise BundleError(f"{p}: {st.st_size} bytes is larger than any {what} (limit {limit >> 20} MiB)")
            return f.read(limit + 1)
    except FileNotFoundError:
        raise BundleError(f"{p}: {what} not found") from None
    except IsADirectoryError:
        raise BundleError(f"{p}: is a directory, not a {what}") from None
