"""stampcodec.numcodecs: the numcodecs codec and the zarr v3 serializer, through real zarr,
xarray and Dask (no mocks)."""

from __future__ import annotations

import subprocess
import sys
import warnings
from importlib.metadata import entry_points

import numpy as np
import pytest

numcodecs = pytest.importorskip("numcodecs", reason="pip install '.[storage]' (numcodecs, zarr, xarray, dask)")

from stampcodec.errors import ConfigError, ContainerError  # noqa: E402
from stampcodec.numcodecs import Stamp  # noqa: E402


def _walk(shape, seed=0, dtype=np.float64):
    return np.cumsum(np.random.default_rng(seed).standard_normal(shape), axis=0).astype(dtype)


@pytest.mark.parametrize("shape,axis", [((3000,), 0), ((3000, 4), 0), ((4, 3000), 1), ((2000, 3, 2), 0)])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_round_trip_keeps_shape_dtype_and_bound(shape, axis, dtype):
    x = _walk(shape, dtype=dtype) if axis == 0 else np.moveaxis(_walk(shape[::-1], dtype=dtype), 0, 1)
    codec = Stamp(max_error=0.02, axis=axis)
    y = codec.decode(codec.encode(x))
    assert y.shape == x.shape and y.dtype == x.dtype
    assert np.abs(y.astype(np.float64) - x).max() <= 0.02 + (1e-6 if dtype == np.float32 else 0)
    out = np.empty_like(x)
    codec.decode(codec.encode(x), out=out)
    assert np.array_equal(out, y)


def test_integers_tokens_rate_and_empty_chunks():
    ints = (100 * np.sin(np.arange(4000) / 30)).astype(np.int16)
    c = Stamp(max_error=0.49)
    assert np.array_equal(c.decode(c.encode(ints)), ints)
    x = _walk((20000, 2))
    tokens = Stamp()
    assert len(tokens.encode(x)) < x.nbytes / 50  # the token layer: a fraction of a bit per sample
    rated = Stamp(bpt=1.0)
    assert 8 * len(rated.encode(x)) <= 1.0 * x.size + 8 * 30  # the token file within 1 bpt, plus the chunk's head
    empty = np.zeros((0, 3))
    assert Stamp(max_error=0.1).decode(Stamp(max_error=0.1).encode(empty)).shape == (0, 3)


def test_configuration_names_the_model_and_round_trips():
    c = Stamp(max_error=[0.1, 0.2])
    cfg = c.get_config()
    assert cfg["id"] == "stampcodec" and cfg["model"] == "default" and len(cfg["model_id"]) == 16
    again = numcodecs.get_codec(cfg)
    assert isinstance(again, Stamp) and again.get_config() == cfg
    x = _walk((3000, 2))
    assert np.array_equal(again.decode(c.encode(x)), c.decode(c.encode(x)))
    with pytest.raises(ConfigError, match="written with model"):
        Stamp(model_id="0123456789abcdef")
    with pytest.raises(ConfigError, match="max_error or bpt"):
        Stamp(max_error=0.1, bpt=1.0)
    with pytest.raises(ConfigError, match="real numbers"):
        c.encode(np.zeros(10, dtype=complex))
    with pytest.raises(ContainerError, match="bad magic"):
        c.decode(b"nope" * 4)
    blob = bytearray(c.encode(x))
    blob[-3] ^= 0xFF
    with pytest.raises(ContainerError):
        c.decode(bytes(blob))


def test_registered_through_entry_points():
    names = {e.name: e.value for e in entry_points(group="numcodecs.codecs")}
    assert names.get("stampcodec") == "stampcodec.numcodecs:Stamp"
    assert {e.name for e in entry_points(group="zarr.codecs")} >= {"stampcodec"}


def test_zarr_v3_through_xarray_and_dask(tmp_path):
    """A Dask-backed xarray variable written to a zarr v3 store with the serializer and read back:
    a partial last chunk and a gap (NaN fill), the bound on every observed sample."""
    xr = pytest.importorskip("xarray")
    da = pytest.importorskip("dask.array")
    pytest.importorskip("zarr")
    from stampcodec.numcodecs import StampZarr

    x = _walk((50000, 4), seed=3)
    x[1000:1200, 1] = np.nan
    ds = xr.Dataset({"v": (("time", "ch"), da.from_array(x, chunks=(16384, 4)))},
                    coords={"time": np.arange(len(x)) / 100.0})
    store = tmp_path / "s.zarr"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zarr's note that third-party codecs are not in the v3 spec
        ds.to_zarr(store, zarr_format=3, mode="w",
                   encoding={"v": {"serializer": StampZarr(max_error=0.05), "compressors": None, "fill_value": np.nan}})
        back = xr.open_zarr(store)
        assert isinstance(back.v.data, da.Array)
        y = back.v.values
    assert np.array_equal(np.isnan(y), np.isnan(x))
    assert np.nanmax(np.abs(y - x)) <= 0.05
    size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file() and "v" in p.parts)
    assert size < x.nbytes / 3


def test_a_fresh_process_opens_the_store_by_entry_point(tmp_path):
    """zarr finds the codec by its entry point: reading needs no import of stampcodec."""
    zarr = pytest.importorskip("zarr")
    from stampcodec.numcodecs import StampZarr

    x = _walk((9000, 2), seed=4).astype(np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = zarr.create_array(tmp_path / "a.zarr", shape=x.shape, chunks=(4096, 2), dtype="f4",
                              fill_value=float("nan"), serializer=StampZarr(max_error=0.01), compressors=None)
        a[:] = x
    code = ("import sys, zarr, numpy as np, warnings; warnings.simplefilter('ignore'); "
            f"y = zarr.open_array({str(tmp_path / 'a.zarr')!r})[:]; "
            "np.save(sys.argv[1], y)")
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "y.npy")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert np.abs(np.load(tmp_path / "y.npy") - x).max() <= 0.01 + 1e-6


def test_threads_decode_chunks_concurrently():
    """zarr and Dask call one codec object from several threads at once."""
    from concurrent.futures import ThreadPoolExecutor

    c = Stamp(max_error=0.01)
    xs = [_walk((6000, 2), seed=s) for s in range(8)]
    blobs = [c.encode(x) for x in xs]
    with ThreadPoolExecutor(4) as pool:
        ys = list(pool.map(c.decode, blobs * 3))
    for i, y in enumerate(ys):
        assert np.abs(y - xs[i % 8]).max() <= 0.01


def test_to_zarr_writes_numpy_dask_and_xarray_in_parallel(tmp_path):
    """The helper: defaults (time-major chunks, NaN fill, the serializer), any time axis, an
    xarray Dataset with a non-numeric variable left alone; read back by plain zarr and xarray."""
    xr = pytest.importorskip("xarray")
    da = pytest.importorskip("dask.array")
    zarr = pytest.importorskip("zarr")
    import dask

    from stampcodec import numcodecs as sn

    x = _walk((40000, 3), seed=4)
    x[:50, 2] = np.nan
    with warnings.catch_warnings(), dask.config.set(scheduler="threads", num_workers=2):
        warnings.simplefilter("ignore")
        sn.to_zarr(x, tmp_path / "a.zarr", max_error=0.02)
        a = zarr.open_array(tmp_path / "a.zarr")
        assert a.chunks == (40000, 3) and np.nanmax(np.abs(a[:] - x)) <= 0.02
        sn.to_zarr(da.from_array(x.T.copy(), chunks=(3, 10000)), tmp_path / "b.zarr", max_error=0.02, time_dim=1)
        b = zarr.open_array(tmp_path / "b.zarr")
        assert b.chunks == (3, 10000) and np.nanmax(np.abs(b[:] - x.T)) <= 0.02
        assert b.metadata.to_dict()["codecs"][0]["configuration"]["axis"] == 1  # coded along time
        ds = xr.Dataset({"v": (("ch", "time"), x.T), "label": ("ch", np.array(["a", "b", "c"]))})
        sn.to_zarr(ds, tmp_path / "c.zarr", max_error=0.02, time_dim="time")
        back = xr.open_zarr(tmp_path / "c.zarr")
        assert np.nanmax(np.abs(back.v.values - x.T)) <= 0.02 and list(back.label.values) == ["a", "b", "c"]
    assert np.array_equal(np.isnan(back.v.values), np.isnan(x.T))
