"""Reading a CSV recording, against pandas.read_csv in the same run (issue 16: within 2x of pandas):
300,000 rows x 3 channels of six-decimal numbers (8.2 MB), the whole file into one float64 array,
through stampcodec's reader with its C parser, with numpy's reader (the path without the
extension), and through pandas' C reader.

    pytest tests/benchmarks/test_csv_read.py --benchmark-only --benchmark-columns=median,ops

Compare the medians as ratios within one run. pandas comes with the [test] extra (through xarray
and others); without it that case skips.
"""

from pathlib import Path

import numpy as np
import pytest

from stampcodec import csvio

ROWS, C = 300_000, 3


@pytest.fixture(scope="module")
def csv_file(tmp_path_factory) -> Path:
    x = np.cumsum(np.random.default_rng(0).normal(size=(ROWS, C)), axis=0)
    path = tmp_path_factory.mktemp("csv") / "walk.csv"
    np.savetxt(path, x, delimiter=",", header="a,b,c", comments="", fmt="%.6f")
    return path


@pytest.mark.benchmark(group="csv-read")
@pytest.mark.parametrize("reader", ["stampcodec", "stampcodec-numpy", "pandas"])
def test_csv_read(benchmark, csv_file, reader, monkeypatch):
    if reader == "pandas":
        pd = pytest.importorskip("pandas")

        def run() -> np.ndarray:
            return pd.read_csv(csv_file).to_numpy()
    else:
        if reader == "stampcodec" and csvio._csv_numbers is None:
            pytest.skip("stampcodec._native is not built (reinstall with a C++ compiler)")
        if reader == "stampcodec-numpy":
            monkeypatch.setattr(csvio, "_csv_numbers", None)

        def run() -> np.ndarray:
            return csvio.read_csv(csv_file).data
    x = run()
    assert x.shape == (ROWS, C)
    benchmark.extra_info.update(rows=ROWS, channels=C, bytes=csv_file.stat().st_size)
    benchmark.pedantic(run, rounds=5, iterations=1, warmup_rounds=1)
