import numpy as np
import pytest

from stampcodec import DataError
from stampcodec.csvio import read_csv
from stampcodec.datasets.sources import load_windows


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_csv_header_time_column_and_missing(tmp_path):
    p = write(tmp_path, "a.csv", "time,ax,ay\n0.00,1,2\n0.02,,4\n0.04,NaN,6\n")
    s = read_csv(p)
    assert s.columns == ["ax", "ay"] and s.time_column == "time"
    np.testing.assert_array_equal(np.isnan(s.data), [[0, 0], [1, 0], [1, 0]])


def test_csv_without_header_and_iso_dates(tmp_path):
    s = read_csv(write(tmp_path, "b.csv", "1,2\n3,4\n"))
    assert s.columns == ["ch0", "ch1"] and s.data.shape == (2, 2)
    s = read_csv(write(tmp_path, "c.csv", "2024-01-01T00:00,5\n2024-01-01T00:01,6\n"))
    assert s.time_column == "ch0" and s.data[:, 0].tolist() == [5, 6]


@pytest.mark.parametrize("text,msg", [
    ("", "empty file"),
    ("a,b\n", "header only"),
    ("a,b\n1,2\n3\n", "row 3 has 1 columns, expected 2"),
    ("a,b\n1,2\n3,x\n", r"row 3, column 2 \('b'\): not a number: 'x'"),
    ("a,b\n1,inf\n", r"row 2, column 2 \('b'\): infinite value"),
])
def test_csv_errors_name_file_row_column(tmp_path, text, msg):
    p = write(tmp_path, "bad.csv", text)
    with pytest.raises(DataError, match=msg) as e:
        read_csv(p)
    assert str(p) in str(e.value)


def test_npy_object_and_high_rank_rejected(tmp_path):
    np.save(tmp_path / "o.npy", np.array([{"a": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(DataError, match="o.npy"):
        load_windows(str(tmp_path / "o.npy"))
    np.save(tmp_path / "h.npy", np.zeros((2, 2, 2, 2)))
    with pytest.raises(DataError, match="4-D"):
        load_windows(str(tmp_path / "h.npy"))


def test_windows_from_folder_and_zscore(tmp_path, rng):
    np.save(tmp_path / "r1.npy", rng.normal(5, 3, size=(700, 2)))
    (tmp_path / "r2.csv").write_text("x,y\n" + "\n".join(f"{i},{-i}" for i in range(600)))
    w = load_windows(str(tmp_path), length=256)
    assert w.x.shape == (2 + 2, 2, 256)
    assert abs(float(w.x[:2].mean())) < 0.3
    with pytest.raises(DataError, match="as long as one window"):
        load_windows(str(tmp_path / "r2.csv"), length=1024)
    with pytest.raises(DataError, match="not found"):
        load_windows(str(tmp_path / "nope.csv"))


def test_fill_missing_interpolates_and_clamps_ends():
    from stampcodec.missing import fill_missing

    x = np.array([[[np.nan, 1.0, np.nan, 3.0, np.nan]], [[np.nan] * 5]], dtype=np.float32)
    np.testing.assert_array_equal(fill_missing(x), [[[1, 1, 2, 3, 3]], [[0, 0, 0, 0, 0]]])
    assert np.isnan(x).sum() == 8  # input untouched
