"""Read and write the safetensors layout with numpy only (no pickle, no extra dependency):

    u64 little-endian N | N bytes of JSON header | raw little-endian tensor data

The header maps tensor names to {dtype, shape, data_offsets}; "__metadata__" maps strings to
strings. We add "data_sha256" so any corruption of the data section is detected on load.
"""

from __future__ import annotations

import hashlib
import json
import struct

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
    meta = header.pop("__metadata__", None) if isinstance(header, dict) else None
    if not isinstance(meta, dict) or meta.get("format") != expect_format:
        raise BundleError(f"{where}: not a {expect_format} file (format field is missing or different)")
    data = memoryview(blob)[8 + n:]
    if hashlib.sha256(data).hexdigest() != meta.get("data_sha256"):
        raise BundleError(f"{where}: corrupt file (data checksum mismatch: truncated or modified)")
    tensors: dict[str, np.ndarray] = {}
    for name, spec in header.items():
        try:
            dt = _DTYPES[spec["dtype"]]
            shape = tuple(int(s) for s in spec["shape"])
            b, e = (int(v) for v in spec["data_offsets"])
        except (KeyError, TypeError, ValueError):
            raise BundleError(f"{where}: corrupt header entry for tensor {name!r}") from None
        count = int(np.prod(shape)) if shape else 1
        if not (0 <= b <= e <= len(data)) or e - b != count * dt.itemsize:
            raise BundleError(f"{where}: tensor {name!r} lies outside the data section or has the wrong size")
        tensors[name] = np.frombuffer(data[b:e], dtype=dt).reshape(shape).copy()
    return meta, tensors
