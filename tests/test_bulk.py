"""Bulk encoding (`stampcodec encode FOLDER -o OUTDIR`): in this process, on a local Dask cluster,
and on a scheduler and worker started as separate processes, as on many machines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from stampcodec import Codec, bulk
from stampcodec.cli import main
from stampcodec.errors import StampError


def _recordings(folder: Path, n: int = 4) -> list[np.ndarray]:
    folder.mkdir()
    xs = []
    for i in range(n):
        t = np.arange(3000)
        x = np.c_[np.sin(t / (20 + i)), np.cos(t / 50) * (i + 1)]
        np.savetxt(folder / f"r{i}.csv", np.c_[t / 100, x], delimiter=",", header="time,a,b", comments="")
        xs.append(x)
    (folder / "bad.csv").write_text("time,a\n0,1\n1,x\n")
    (folder / "notes.md").write_text("not a recording")
    return xs


def _check(out: Path, xs: list[np.ndarray], bound: float) -> None:
    codec = Codec.load()
    for i, x in enumerate(xs):
        y = codec.decode((out / f"r{i}.tok").read_bytes())
        assert np.abs(y - x).max() <= bound
    assert sorted(p.name for p in out.iterdir()) == [f"r{i}.tok" for i in range(len(xs))]  # no partial files


def test_a_folder_in_this_process_reports_bad_files_and_reruns_what_is_left(tmp_path, capsys):
    xs = _recordings(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["encode", str(tmp_path / "in"), "-o", str(out), "--max-error", "0.01", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "bad.csv: row 3, column 2" in err and "4 encoded" in err and "1 failed" in err
    _check(out, xs, 0.01)
    first = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    (out / "r2.tok").unlink()
    assert main(["encode", str(tmp_path / "in"), "-o", str(out), "--max-error", "0.01", "--quiet"]) == 1
    assert "1 encoded" in capsys.readouterr().err
    assert all(first[n] == (out / n).stat().st_mtime_ns for n in first if n != "r2.tok")  # skipped, not redone
    _check(out, xs, 0.01)


def test_plan_names_outputs_and_refuses_collisions(tmp_path):
    _recordings(tmp_path / "in")
    jobs = bulk.plan(str(tmp_path / "in" / "r*.csv"), tmp_path / "o")
    assert [Path(j.output).name for j in jobs] == [f"r{i}.tok" for i in range(4)]
    np.save(tmp_path / "in" / "r1.npy", np.zeros(10))
    with pytest.raises(StampError, match="would both write"):
        bulk.plan(str(tmp_path / "in"), tmp_path / "o")
    with pytest.raises(StampError, match="no recordings"):
        bulk.plan(str(tmp_path / "nothing-*.csv"), tmp_path / "o")


def test_a_local_dask_cluster_writes_the_same_files(tmp_path):
    pytest.importorskip("distributed", reason="pip install '.[storage]'")
    xs = _recordings(tmp_path / "in")
    assert main(["encode", str(tmp_path / "in"), "-o", str(tmp_path / "seq"), "--quiet"]) == 1
    assert main(["encode", str(tmp_path / "in"), "-o", str(tmp_path / "par"), "--quiet", "--workers", "2"]) == 1
    for i in range(len(xs)):
        assert (tmp_path / "seq" / f"r{i}.tok").read_bytes() == (tmp_path / "par" / f"r{i}.tok").read_bytes()


@pytest.mark.slow
def test_a_separately_started_scheduler_and_worker(tmp_path):
    """What a multi-machine run does: `dask scheduler` and `dask worker ADDRESS --no-nanny` (as the
    README advises) as their own processes (here on localhost), and encode pointed at the scheduler."""
    pytest.importorskip("distributed", reason="pip install '.[storage]'")
    xs = _recordings(tmp_path / "in")
    dask = Path(sys.executable).parent / "dask"
    info = tmp_path / "scheduler.json"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    sched = subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                              "--scheduler-file", str(info)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    worker = None
    try:
        for _ in range(300):
            if info.exists() and info.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        worker = subprocess.Popen([str(dask), "worker", address, "--no-nanny", "--nthreads", "1", "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        r = subprocess.run([sys.executable, "-m", "stampcodec", "encode", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                            "--max-error", "0.02", "--scheduler", address], capture_output=True, text=True, timeout=300)
        assert r.returncode == 1, r.stderr  # the bad file
        assert "4 encoded" in r.stderr and "bad.csv" in r.stderr
        _check(tmp_path / "out", xs, 0.02)
    finally:
        for p in (worker, sched):
            if p is not None:
                p.terminate()
                p.wait(timeout=30)


def test_cluster_options_need_many_files(tmp_path, capsys):
    x = tmp_path / "one.csv"
    np.savetxt(x, np.c_[np.arange(100.0), np.sin(np.arange(100.0))], delimiter=",")
    assert main(["encode", str(x), "-o", str(tmp_path / "one.tok"), "--workers", "2"]) == 1
    assert "for many files" in capsys.readouterr().err
    _recordings(tmp_path / "in")
    (tmp_path / "afile").write_text("x")
    assert main(["encode", str(tmp_path / "in"), "-o", str(tmp_path / "afile")]) == 1
    assert "output folder" in capsys.readouterr().err
    assert main(["encode", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "--workers", "1", "--scheduler", "x"]) == 1
    assert "not both" in capsys.readouterr().err and not (tmp_path / "o").exists()
