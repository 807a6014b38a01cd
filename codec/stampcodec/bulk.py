"""Bulk encoding: a folder (or glob) of recordings, one token file each, in this process or on a
Dask cluster (a LocalCluster of N worker processes, or a scheduler's address for many machines).

Every file is encoded as `stampcodec encode` would (the same options, an atomic write: a worker
that dies leaves no partial output), errors are collected per file and never stop the others,
and an output that exists already is skipped, so a rerun after a failure does only what is left.
"""

from __future__ import annotations

import glob
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from stampcodec.errors import ConfigError, StampError

SUFFIXES = (".csv", ".npy", ".tsv", ".txt")  # what a folder contributes (a glob takes what it matches)


@dataclass(frozen=True)
class Job:
    source: str
    output: str


@dataclass(frozen=True)
class Outcome:
    job: Job
    bytes: int | None = None  # the token file's size when written
    samples: int = 0  # samples x channels encoded
    seconds: float = 0.0
    error: str | None = None
    skipped: bool = False  # the output existed (a rerun)


@dataclass(frozen=True)
class Options:
    """What `encode` takes besides the paths (Codec.encode_to's arguments, and the source's)."""
    model: str | None = None
    prior: str | None = None  # a token prior file (stampcodec.prior) to code tokens with
    threads: int | None = None  # the C encoder's per file (None: $STAMPCODEC_THREADS, 1 in Dask workers)
    encode: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)


def plan(pattern: str, out_dir: str | os.PathLike[str]) -> list[Job]:
    """The inputs a folder (its files with SUFFIXES, not recursing) or a glob names, each with its
    output OUT_DIR/<name>.tok, sorted; StampError when there are none or two share a name."""
    p = Path(pattern)
    if p.is_dir():
        sources = sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in SUFFIXES)
    else:
        sources = sorted(Path(q) for q in glob.glob(pattern, recursive=True) if Path(q).is_file())
    if not sources:
        raise StampError(f"{pattern}: no recordings found (a folder's {', '.join(SUFFIXES)} files, or a glob)")
    out, jobs = Path(out_dir), []
    seen: dict[str, Path] = {}
    for src in sources:
        name = src.stem + ".tok"
        if name in seen:
            raise StampError(f"{src} and {seen[name]} would both write {out / name}: rename one, or encode them apart")
        seen[name] = src
        jobs.append(Job(str(src), str(out / name)))
    return jobs


_codecs: dict[tuple[Any, ...], Any] = {}


def encode_one(job: Job, options: Options) -> Outcome:
    """One file, on whichever process runs it: its Outcome, never an exception for bad data."""
    from stampcodec.atomic import atomic_output
    from stampcodec.codec import Codec
    from stampcodec.streams import open_source

    start = time.perf_counter()
    try:
        key = (options.model, options.prior, options.threads)
        if key not in _codecs:  # one per worker process (each worker runs one task at a time)
            _codecs[key] = Codec.load(options.model, "numpy", prior=options.prior, threads=options.threads)
        source = open_source(job.source, **options.source)
        with atomic_output(Path(job.output)) as f:
            h = _codecs[key].encode_to(source, f, **options.encode)
        return Outcome(job, Path(job.output).stat().st_size, h.length * h.channels, time.perf_counter() - start)
    except (StampError, OSError) as e:
        return Outcome(job, error=str(e), seconds=time.perf_counter() - start)


def run(jobs: list[Job], options: Options, workers: int | None = None, scheduler: str | None = None,
        force: bool = False, done: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Encode every job whose output does not exist yet (all with force): here when neither
    workers nor scheduler is given, else on Dask (dask.distributed). done(outcome) hears of each
    file as it finishes (progress). Outcomes come back in the jobs' order."""
    check_cluster(workers, scheduler)
    todo = [j for j in jobs if force or not Path(j.output).exists()]
    results = {j: Outcome(j, bytes=Path(j.output).stat().st_size, skipped=True) for j in jobs if j not in todo}
    if workers is None and scheduler is None:
        for j in todo:
            results[j] = encode_one(j, options)
            if done:
                done(results[j])
    else:
        for outcome in _on_dask(todo, options, workers, scheduler):
            results[outcome.job] = outcome
            if done:
                done(outcome)
    return [results[j] for j in jobs]


def check_cluster(workers: int | None, scheduler: str | None) -> None:
    """ConfigError for cluster options that cannot work, before anything is written."""
    if workers is not None and scheduler is not None:
        raise ConfigError("give --workers (a cluster on this machine) or --scheduler (an existing one), not both")
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {workers}")


def local_cluster(workers: int):
    """A Dask LocalCluster of one-thread worker processes, started without the
    MALLOC_TRIM_THRESHOLD_ that Dask's nanny sets by default: setting it turns off glibc's
    adaptive mmap threshold, so every numpy temporary of 128 KiB or more is mapped and faulted in
    afresh, which measured 4-6x slower element-wise numpy (and 2.8x slower zarr writes) in a
    worker than in a plain process. Workers started by hand: `dask worker ADDRESS --no-nanny`,
    or the same environment setting (docs: README, "Large archives")."""
    import dask
    from dask.distributed import LocalCluster

    from stampcodec.parallel import THREADS_ENV

    env = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items()
           if k != "MALLOC_TRIM_THRESHOLD_"}
    env[THREADS_ENV] = "1"  # one core per worker process, as BLAS gets (OMP_NUM_THREADS=1)
    with dask.config.set({"distributed.nanny.pre-spawn-environ": env}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def _on_dask(jobs: list[Job], options: Options, workers: int | None, scheduler: str | None):
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise ConfigError("--workers and --scheduler need Dask: pip install 'stampcodec[storage]'") from None
    if scheduler is not None:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = local_cluster(workers or 1)
        client = Client(cluster)
    try:
        futures = client.map(encode_one, jobs, options=options, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if scheduler is None:
            cluster.close()
