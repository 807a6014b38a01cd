"""stampcodec as a numcodecs codec, for zarr (v2 and v3), xarray and Dask.

    >>> import numcodecs, zarr
    >>> from stampcodec.numcodecs import Stamp, StampZarr
    >>> codec = Stamp(max_error=0.01)               # or bpt=0.5, or neither: the token layer
    >>> y = codec.decode(codec.encode(x))           # x's shape and dtype; |y - x| <= 0.01
    >>> z = zarr.create_array(store, shape=x.shape, chunks=(65536, 8), dtype="f4", fill_value=float("nan"),
    ...                       serializer=StampZarr(max_error=0.01))     # zarr v3

A chunk is coded along `axis` (time; default 0) with every other axis flattened into channels,
as one token file (docs/FORMAT.md) behind a 4-byte magic, the chunk's rank, time axis and shape:
the token file keeps its own dtype, so any real dtype comes back as it went in. Knobs mirror the
command line: `max_error` (a bound for every sample, one number or one per channel), `bpt` (bits
per sample, file bytes), `resample`; `model` names the bundle ("default" or a path), whose id the
configuration keeps so a store names the model it needs.

Chunking: chunks long in time (>= 16,384 samples per channel for the token layer, which codes
frames of that length; any length for max_error) and a few channels wide; NaN is a missing sample,
so `fill_value=nan` makes a partial chunk's padding free (zero padding is coded like data).
Registered with numcodecs (entry point `numcodecs.codecs`) and with zarr v3 (`zarr.codecs`),
so opening a store needs only stampcodec installed. `to_zarr(x, store, max_error=...)` writes a
numpy, Dask or xarray array with these defaults, in parallel on Dask's scheduler.
"""

from __future__ import annotations

import functools
import struct
import threading
from typing import Any, Callable

import numpy as np
from numcodecs.abc import Codec as _NumCodec
from numcodecs.compat import ensure_contiguous_ndarray_like, ndarray_copy

from stampcodec.errors import ConfigError, ContainerError

MAGIC = b"STZ1"
_HEAD = struct.Struct("<4sBB")


@functools.lru_cache(maxsize=8)
def _bundle(model: str):
    """"default" is the bundled default model; "default@<id>" an earlier one (stampcodec.released)."""
    from stampcodec import bundle, released

    if model.startswith("default@"):
        path = released.released_path(model[len("default@"):])
        if path is None:
            raise ConfigError(f"no released default model has id {model[len('default@'):]}")
        return bundle.load(path)
    return bundle.load(released.DEFAULT_MODEL if model == "default" else model)


_local = threading.local()


def _codec(model: str):
    """This thread's Codec for the model: zarr and Dask decode chunks on several threads, and a
    Codec's decoder (the C library's state) serves one caller at a time."""
    from stampcodec.codec import Codec

    cache = _local.__dict__.setdefault("codecs", {})
    if model not in cache:
        cache[model] = Codec(_bundle(model), model)
    return cache[model]


class Stamp(_NumCodec):
    """numcodecs codec: stampcodec's token layer, error-bounded layer or rate target."""

    codec_id = "stampcodec"

    def __init__(self, model: str = "default", max_error: float | list[float] | None = None,
                 bpt: float | None = None, axis: int = 0, resample: str | float = "auto",
                 model_id: str | None = None) -> None:
        if max_error is not None and bpt is not None:
            raise ConfigError("give max_error or bpt, not both")
        self.model = str(model)
        self.max_error = list(max_error) if isinstance(max_error, (list, tuple)) else max_error
        self.bpt = bpt
        self.axis = int(axis)
        self.resample = resample
        self._key = self.model
        found = _codec(self._key).model_id
        if model_id is not None and model_id != found and self.model == "default":
            from stampcodec import released

            if released.released_path(model_id) is not None:
                # a store written with an earlier default keeps its model: the header names it
                self._key = f"default@{model_id}"
                found = model_id
        if model_id is not None and model_id != found:
            raise ConfigError(f"this store was written with model {model_id}; {self.model} is {found}")
        self.model_id = found

    def get_config(self) -> dict[str, Any]:
        return {"id": self.codec_id, "model": self.model, "max_error": self.max_error, "bpt": self.bpt,
                "axis": self.axis, "resample": self.resample, "model_id": self.model_id}

    def encode(self, buf: Any) -> bytes:
        x = np.asarray(buf) if isinstance(buf, np.ndarray) else np.asarray(ensure_contiguous_ndarray_like(buf, flatten=False))
        if not np.issubdtype(x.dtype, np.number) or np.issubdtype(x.dtype, np.complexfloating):
            raise ConfigError(f"stampcodec codes real numbers, not {x.dtype}")
        shape = x.shape if x.ndim else (1,)
        axis = self.axis % len(shape)
        head = _HEAD.pack(MAGIC, len(shape), axis) + struct.pack(f"<{len(shape)}Q", *shape)
        if x.size == 0:
            return head
        t = np.moveaxis(x.reshape(shape), axis, 0)
        rows = t.reshape(shape[axis], -1)
        kw: dict[str, Any] = {}
        if self.max_error is not None:
            kw["max_error"] = self.max_error
        elif self.bpt is not None:
            kw["bpt"] = self.bpt
        else:
            kw["resample"] = self.resample
        blob = _codec(self._key).encode(rows if rows.shape[1] > 1 else rows[:, 0], time_axis=0, **kw)
        return head + blob

    def decode(self, buf: Any, out: Any = None) -> np.ndarray:
        raw = bytes(ensure_contiguous_ndarray_like(buf))
        if len(raw) < _HEAD.size or raw[:4] != MAGIC:
            raise ContainerError("not a stampcodec chunk (bad magic)")
        _, ndim, axis = _HEAD.unpack_from(raw)
        if not 1 <= ndim <= 32 or axis >= ndim or len(raw) < _HEAD.size + 8 * ndim:
            raise ContainerError("corrupt stampcodec chunk header")
        shape = struct.unpack_from(f"<{ndim}Q", raw, _HEAD.size)
        blob = raw[_HEAD.size + 8 * ndim:]
        if not blob:
            y = np.empty(shape)
        else:
            flat = _codec(self._key).decode(blob)
            moved = (shape[axis],) + tuple(s for i, s in enumerate(shape) if i != axis)
            if flat.size != int(np.prod(moved)):
                raise ContainerError(f"chunk of {flat.size} samples, but its header says shape {shape}")
            y = np.moveaxis(flat.reshape(moved), 0, axis)
        if out is None:
            return y
        if isinstance(out, np.ndarray) and out.shape == y.shape:  # whatever its memory order
            out[...] = y
            return out
        return ndarray_copy(np.ascontiguousarray(y), out)  # a flat buffer, in C order


def _register() -> None:
    import numcodecs

    numcodecs.register_codec(Stamp)


_register()


def _zarr_codec():
    """The zarr v3 array -> bytes codec, when zarr 3 is installed."""
    from dataclasses import dataclass

    from zarr.abc.codec import ArrayBytesCodec
    from zarr.core.common import parse_named_configuration

    @dataclass(frozen=True)
    class StampZarr(ArrayBytesCodec):
        """zarr v3 serializer: Stamp's configuration, in the array's metadata as "stampcodec"."""

        configuration: dict

        is_fixed_size = False

        def __init__(self, **configuration: Any) -> None:
            configuration.pop("id", None)
            object.__setattr__(self, "configuration", Stamp(**configuration).get_config())

        @functools.cached_property
        def _stamp(self) -> Stamp:
            cfg = dict(self.configuration)
            cfg.pop("id", None)
            return Stamp(**cfg)

        @classmethod
        def from_dict(cls, data: dict) -> "StampZarr":
            _, cfg = parse_named_configuration(data, "stampcodec")
            return cls(**(cfg or {}))

        def to_dict(self) -> dict:
            cfg = dict(self.configuration)
            cfg.pop("id", None)
            return {"name": "stampcodec", "configuration": cfg}

        async def _decode_single(self, chunk_bytes, chunk_spec):
            import asyncio

            y = await asyncio.to_thread(self._stamp.decode, chunk_bytes.to_bytes())
            y = y.astype(chunk_spec.dtype.to_native_dtype(), copy=False).reshape(chunk_spec.shape)
            return chunk_spec.prototype.nd_buffer.from_ndarray_like(y)

        async def _encode_single(self, chunk_array, chunk_spec):
            import asyncio

            blob = await asyncio.to_thread(self._stamp.encode, chunk_array.as_ndarray_like())
            return chunk_spec.prototype.buffer.from_bytes(blob)

        def compute_encoded_size(self, input_byte_length: int, chunk_spec) -> int:
            raise NotImplementedError  # variable-size output

    StampZarr.__qualname__ = StampZarr.__name__
    StampZarr.__module__ = __name__
    return StampZarr


TIME_CHUNK = 262_144  # samples per channel in a chunk by default: 16 token frames, one bounded frame
CHANNEL_CHUNK = 8


def to_zarr(x: Any, store: Any, *, name: str | None = None, max_error: float | list[float] | None = None,
            bpt: float | None = None, model: str = "default", time_dim: str | int = 0,
            chunks: tuple[int, ...] | None = None, compute: bool = True, **to_zarr_kwargs: Any) -> Any:
    """Write an array to a zarr v3 store through StampZarr, in parallel on Dask's current
    scheduler (a distributed Client's workers when one is active).

    x: a numpy or Dask array (time along axis `time_dim`), an xarray DataArray or Dataset (time
    the dimension named `time_dim`, or its first). Numpy arrays are chunked first: `chunks`, else
    TIME_CHUNK samples along time and CHANNEL_CHUNK along each other axis (long in time, a few
    channels wide: docs in the module). The fill value is NaN for floats (a partial chunk's
    padding is then free). Knobs as Stamp's. Returns what dask/xarray's to_zarr return (with
    compute=False, a delayed write)."""
    import dask.array as da

    def serializer(axis: int) -> Any:
        return _zarr_codec_registered()(model=model, max_error=max_error, bpt=bpt, axis=axis)

    if hasattr(x, "dims"):  # xarray
        return _xarray_to_zarr(x, store, serializer, name, time_dim, chunks, compute, to_zarr_kwargs)
    axis = int(time_dim)
    arr = x if isinstance(x, da.Array) else da.from_array(np.asarray(x), chunks=chunks or _chunks(np.shape(x), axis))
    return arr.to_zarr(store, component=name, zarr_format=3, serializer=serializer(axis % max(arr.ndim, 1)),
                       compressors=None,
                       fill_value=_fill(arr.dtype), compute=compute, **to_zarr_kwargs)


def _chunks(shape: tuple[int, ...], axis: int) -> tuple[int, ...]:
    return tuple(min(n, TIME_CHUNK if i == axis % len(shape) else CHANNEL_CHUNK) for i, n in enumerate(shape))


def _fill(dtype: Any) -> Any:
    return float("nan") if np.issubdtype(dtype, np.floating) else 0


def _xarray_to_zarr(x: Any, store: Any, serializer: Callable[[int], Any], name: str | None, time_dim: str | int,
                    chunks: tuple[int, ...] | None, compute: bool, kwargs: dict) -> Any:
    ds = x.to_dataset(name=name or x.name or "data") if not hasattr(x, "data_vars") else x
    encoding = {}
    for var, v in ds.data_vars.items():
        if not np.issubdtype(v.dtype, np.number) or v.ndim == 0:
            continue
        axis = v.dims.index(time_dim) if isinstance(time_dim, str) and time_dim in v.dims else 0
        if v.chunks is None:
            ds[var] = v.chunk(dict(zip(v.dims, chunks or _chunks(v.shape, axis))))
        encoding[var] = {"serializer": serializer(axis), "compressors": None, "fill_value": _fill(v.dtype)}
    return ds.to_zarr(store, zarr_format=3, encoding=encoding, compute=compute, **kwargs)


def _zarr_codec_registered():
    """StampZarr, built and registered with zarr on first use."""
    return globals().get("StampZarr") or __getattr__("StampZarr")


def __getattr__(name: str):
    if name == "StampZarr":  # built on first use, so numcodecs users need no zarr
        cls = _zarr_codec()
        from zarr.registry import register_codec

        register_codec("stampcodec", cls)
        globals()["StampZarr"] = cls
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

