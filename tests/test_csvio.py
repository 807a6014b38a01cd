"""The CSV reader's three paths: the extension's C parser on plain numeric lines (numpy's reader
where the extension is not built), the row parser on anything else. All must give the same
samples, times, chunk sizes and error messages."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from stampcodec import csvio
from stampcodec.csvio import CsvReader
from stampcodec.errors import DataError

C_PARSER = csvio._csv_numbers

CASES = {
    "plain": "t,a,b\n" + "".join(f"{i / 10},{i * 0.5},{-i}\n" for i in range(50)),
    "crlf, no final newline": "a;b\r\n" + "".join(f"{i};{i * 2.5}\r\n" for i in range(40)) + "7;8",
    "blank lines and empty rows": "a,b\n" + "1,2\n\n,\n3,4\n  \n5,6\n" * 8,
    "missing cells mid-file": "a,b\n" + "".join(f"{i},{'' if i % 7 == 3 else i}\n" for i in range(60)),
    "NA and null": "a,b\n" + "".join(f"{i},{'NA' if i == 5 else 'null' if i == 9 else i}\n" for i in range(30)),
    "text column excluded": "t,label,x\n" + "".join(f"{i},walk,{i * 1.5}\n" for i in range(45)),
    "ISO time column": "time,x\n" + "".join(f"2024-05-01T12:00:{i:02d}Z,{i}\n" for i in range(50)),
    "quoted header": '"1.5",b\n' + "".join(f"{i},{i}\n" for i in range(33)),
    "quotes in a data row": "a,b\n" + "".join(f"{i},{i}\n" for i in range(20)) + '"21","22"\n' + "23,24\n",
    "underscores Python reads": "a,b\n" + "".join(f"{i},1_000\n" for i in range(25)),
    "tabs": "a\tb\n" + "".join(f"{i}\t{i / 3}\n" for i in range(30)),
}
BAD = {
    "ragged row": ("a,b\n1,2\n3,4,5\n6,7\n", "row 3 has 3 columns"),
    "text cell": ("a,b\n1,2\n\n3,x\n", "row 4, column 2"),
    "infinity": ("a,b\n1,2\n3,inf\n", "row 3, column 2 ('b'): infinite value"),
}


def _read(text: str, fast: bool | str, rows: int = 7, **kw):
    """fast: True or "c" (the C parser first), "numpy" (numpy's reader first), False (rows only)."""
    csvio._csv_numbers = C_PARSER if fast in (True, "c") else None
    try:
        r = CsvReader(lambda: io.StringIO(text, newline=""), "in.csv", **kw)
        r._fast = r._fast and bool(fast)
        return r, [(d, t) for d, t in r.chunks(rows)]
    finally:
        csvio._csv_numbers = C_PARSER


def test_the_c_parser_is_built():
    assert C_PARSER is not None  # stampcodec._native: tests/test_native.py says it must be


@pytest.mark.parametrize("parser", ["c", "numpy"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_fast_path_equals_the_row_parser(case, parser):
    kw = {"exclude": ["label"]} if "excluded" in case else {}
    r, fast = _read(CASES[case], parser, **kw)
    _, slow = _read(CASES[case], False, **kw)
    assert [len(d) for d, _ in fast] == [len(d) for d, _ in slow]
    assert all(len(d) == 7 for d, _ in fast[:-1])  # chunks are frames: exactly `rows` but the last
    for (a, ta), (b, tb) in zip(fast, slow):
        assert np.array_equal(a, b, equal_nan=True)
        assert (ta is None and tb is None) or np.array_equal(ta, tb, equal_nan=True)


@pytest.mark.parametrize("case", sorted(BAD))
def test_errors_name_the_same_row_on_both_paths(case):
    text, message = BAD[case]
    for fast in ("c", "numpy", False):
        with pytest.raises(DataError, match=re.escape(message)):
            _read(text, fast)


@given(st.lists(st.lists(st.one_of(st.floats(allow_nan=False, allow_infinity=False, width=32),
                                   st.sampled_from(["", "nan", "NA", " 1.5 ", "1e-300", "-0"])),
                         min_size=3, max_size=3), min_size=1, max_size=60),
       st.sampled_from([",", ";", "\t"]), st.integers(1, 9))
@settings(max_examples=120, deadline=None)
def test_any_numeric_table_reads_alike(rows, sep, chunk):
    text = f"a{sep}b{sep}c\n" + "".join(sep.join(str(v) for v in r) + "\n" for r in rows)
    try:
        _, slow = _read(text, False, chunk)
    except DataError as e:
        with pytest.raises(DataError, match=re.escape(str(e))):
            _read(text, True, chunk)
        return
    for parser in ("c", "numpy"):
        _, fast = _read(text, parser, chunk)
        assert len(fast) == len(slow)
        for (a, _), (b, _) in zip(fast, slow):
            assert np.array_equal(a, b, equal_nan=True)


def _python_cell(cell: str) -> float | None:
    """What the row parser makes of a cell: a number, NaN (missing), or None (an error)."""
    v = csvio._number(cell)
    return None if v is None or np.isinf(v) else v


@given(st.one_of(st.floats(allow_nan=False, width=64).map(repr), st.floats(width=32).map(str),
                 st.text(alphabet="0123456789.eE+- _xinfaNA/\t", max_size=12),
                 st.sampled_from(["+1", "+-1", "-+1", "1e999", "-1e999", "1e-400", "4e-320", ".5", "5.", "-.5e-3",
                                  "1.5e", "0x10", "1_0", "\u0661", " 2 ", "null", "NONE", "n/a", "-nan", "infinity"])))
@settings(max_examples=600, deadline=None)
def test_c_parser_reads_a_cell_as_python_does_or_hands_it_back(cell):
    """A cell the C parser reads is Python's float() of it, to the bit (or a missing marker's NaN);
    anything else (underscores, inf, hex, out of range, errors) goes back to Python whole."""
    got = C_PARSER(f"{cell},1\n", ",", 2, [0], 1)
    want = _python_cell(cell)
    if got is None:  # the row parser decides: a value it reads, or the error it names
        return
    assert want is not None, cell
    v = got[0][0, 0]
    assert (np.isnan(v) and np.isnan(want)) or (v == want and np.signbit(v) == np.signbit(want)), cell
    assert got[1].tolist() == [1] and got[2] == 1


def test_c_parser_rounds_as_float_does():
    """Clinger's exact fast path and std::from_chars past it: float()'s bits, on the edges of the
    fast path (2^53, 10^22, 19 digits, leading and trailing zeros, -0) and on random decimals."""
    edge = ["9007199254740992", "9007199254740993", "1e22", "1e23", "4.35e22", "123456789012345678",
            "0.1", "-0.0", "0e5", "00001.5000", "1.0000000000000000000001", "2.2250738585072014e-308",
            "1.7976931348623157e308", "0.30000000000000004", "5e-324", "123.456e-7", "-.5", "5."]
    rng = np.random.default_rng(4)
    rand = [f"{m}e{x}" for m, x in zip(rng.integers(-10**15, 10**15, 300), rng.integers(-30, 30, 300))]
    rand += [f"{v:.{d}f}" for v, d in zip(rng.normal(size=300) * 10.0 ** rng.integers(-5, 9, 300), rng.integers(0, 12, 300))]
    cells = edge + rand
    got = C_PARSER("\n".join(cells) + "\n", ",", 1, [0], 1)
    assert got is not None and got[0].shape == (len(cells), 1)
    want = np.array([float(c) for c in cells])
    assert np.array_equal(got[0][:, 0].view(np.int64), want.view(np.int64))  # bit for bit, signs included


def test_c_parser_hands_back_what_python_must_see():
    """Quotes, a row of another width, and cells float() reads but the C parser does not try."""
    for text in ('"1",2\n', "1,2\n3\n", "1_000,2\n", "inf,2\n", "nan(1),2\n", "0x10,2\n", "\u0661,2\n",
                 "1e999,2\n", "+-1,2\n"):
        assert C_PARSER(text, ",", 2, [0, 1], 1) is None, text
    got = C_PARSER("\n 1.5 ;-2e-3\r\n;\n\t;NA\n7;8", ";", 2, [1, 0], 5)
    assert got[0].tolist()[:1] == [[-0.002, 1.5]] and np.isnan(got[0][1]).all() and got[0][2].tolist() == [8, 7]
    assert got[1].tolist() == [6, 8, 9] and got[2] == 5  # blank lines counted, not returned


@pytest.mark.parametrize("case", sorted(CASES))
def test_text_read_in_small_pieces_splits_rows_alike(case, monkeypatch):
    """Reads that end inside a row, inside \\r\\n, or on a line end: the same rows."""
    from stampcodec import csvio

    kw = {"exclude": ["label"]} if "excluded" in case else {}
    _, whole = _read(CASES[case], True, **kw)
    monkeypatch.setattr(csvio, "READ_TEXT", 7)
    _, pieces = _read(CASES[case], True, **kw)
    assert len(whole) == len(pieces)
    for (a, ta), (b, tb) in zip(whole, pieces):
        assert np.array_equal(a, b, equal_nan=True)
        assert (ta is None and tb is None) or np.array_equal(ta, tb, equal_nan=True)


def test_form_feeds_and_old_mac_line_ends():
    text = "a,b\n1,2\n3,\x0c4\n5,6\n"  # a form feed inside a cell is not a line end (float() skips it)
    for fast in (True, False):
        assert _read(text, fast)[1][0][0].tolist() == [[1, 2], [3, 4], [5, 6]]
    mac = "a,b\r" + "".join(f"{i},{i * 2}\r" for i in range(20))
    r, fast = _read(mac, True)
    assert not r._fast and sum(len(d) for d, _ in fast) == 20
