"""Writing a generated array to zarr v3 through StampZarr with Dask: throughput against workers.

    python scripts/zarr_scaling.py --gib 1 --json docs/results/zarr_scaling.json [--max-error 0.01]
    python scripts/zarr_scaling.py --gib 10 --work /tmp/z10 --json docs/results/zarr_scaling_10g.json

The array (T, 8) float64 is generated chunk by chunk (smooth sinusoids plus a random walk and
noise, seeded per chunk, so nothing is held whole in memory), chunks of 262,144 x 8, and written
with `dask.array.to_zarr` on: Dask's threads in this process (one thread: the single-process
reference), then a LocalCluster of 1 and 2 worker processes (one thread each). Wall time
includes the cluster's start; the store's bytes and the workers' peak RSS are recorded. Workers
start without Dask's MALLOC_TRIM_THRESHOLD_ (stampcodec.bulk.local_cluster says why).
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
import warnings
from pathlib import Path

import numpy as np

CHUNK, CHANNELS = 262_144, 8


def block(block_info=None) -> np.ndarray:
    (start, stop), _ = block_info[None]["array-location"]
    t = np.arange(start, stop, dtype=np.float64)[:, None]
    g = np.random.default_rng(start)
    walk = np.cumsum(g.normal(0, 0.01, (stop - start, CHANNELS)), axis=0)
    return np.sin(t / (50 + 10 * np.arange(CHANNELS))) + walk + g.normal(0, 1e-3, (stop - start, CHANNELS))


def _peak_rss() -> int:
    """A worker's peak resident memory so far (Linux reports kilobytes)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def main() -> None:
    import dask.array as da
    from dask.distributed import Client

    from stampcodec.bulk import local_cluster

    from stampcodec.numcodecs import StampZarr

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gib", type=float, default=1.0, help="array size in GiB (float64)")
    ap.add_argument("--max-error", type=float, default=0.01)
    ap.add_argument("--work", type=Path, default=Path("runs/zarr"))
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    n = int(a.gib * 2**30 / 8 / CHANNELS) // CHUNK * CHUNK
    x = da.map_blocks(block, chunks=((CHUNK,) * (n // CHUNK), (CHANNELS,)), dtype=np.float64)
    rows = []
    for mode in ("threads=1", "workers=1", "workers=2"):
        store = a.work / f"{mode}.zarr"
        shutil.rmtree(store, ignore_errors=True)
        start = time.perf_counter()
        client = cluster = None
        if mode.startswith("workers"):
            cluster = local_cluster(int(mode[-1]))  # without Dask's MALLOC_TRIM_THRESHOLD_ (stampcodec.bulk)
            client = Client(cluster)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kw = dict(zarr_format=3, serializer=StampZarr(max_error=a.max_error), compressors=None,
                      fill_value=float("nan"))
            if client is None:
                import dask

                with dask.config.set(scheduler="threads", num_workers=1):
                    x.to_zarr(str(store), **kw)
            else:
                x.to_zarr(str(store), **kw)
        seconds = time.perf_counter() - start
        peak = []
        if client is not None:
            peak = sorted(client.run(_peak_rss).values())
            client.close()
            cluster.close()
        size = sum(p.stat().st_size for p in store.rglob("*") if p.is_file())
        rows.append({"mode": mode, "samples": n * CHANNELS, "seconds": seconds, "samples_per_s": n * CHANNELS / seconds,
                     "store_bytes": size, "bpt": 8 * size / (n * CHANNELS), "worker_rss_bytes": peak})
        print(f"{mode:10s} {seconds:7.1f} s {n * CHANNELS / seconds / 1e6:6.2f} M samples/s  store {size / 2**20:.1f} MiB "
              f"({8 * size / (n * CHANNELS):.3f} bpt)  worker RSS {[round(v / 2**20) for v in peak]} MiB", flush=True)
    if a.json:
        a.json.write_text(json.dumps({"gib": a.gib, "max_error": a.max_error, "rows": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
