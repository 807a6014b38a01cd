"""Exact time stamps (`encode --keep-time`, stampcodec.timestamps): parsing, the frame field,
round trips through CSV, both readers' checks."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import numpy as np
import pytest
pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from helpers import cli, random_bundle, reseal_first_frame
from stampcodec import container, timestamps, truncate
from stampcodec.codec import Codec
from stampcodec.csvio import CsvReader
from stampcodec.errors import ConfigError, ContainerError, DataError
from stampcodec.runtime import native

needs_native = pytest.mark.skipif(not native.available(), reason="stampcodec._native is not built")


@pytest.fixture(scope="module")
def rand() -> Codec:
    return Codec(random_bundle(), backend="numpy")


def _encode_text(codec: Codec, text: str, **kw) -> bytes:
    reader = CsvReader(lambda: io.StringIO(text), "in.csv")
    buf = io.BytesIO()
    codec.encode_to(reader, buf, keep_time=True, **kw)
    return buf.getvalue()


def _cells(lines: list[str], sep: str = ",") -> list[str]:
    return [line.split(sep)[0] for line in lines]


def _decoded_csv(codec: Codec, blob: bytes) -> list[str]:
    from stampcodec.csvio import CsvSink

    out = io.BytesIO()
    h, frames = codec.decode_stamped_from(io.BytesIO(blob))
    sink = CsvSink(out, h)
    for y, ticks in frames:
        sink.write(y, ticks)
    return out.getvalue().decode().splitlines()


# --- parsing ------------------------------------------------------------------------------

def test_cells_are_read_exactly():
    assert timestamps.parse_number("1714564800.123456789") == (1714564800, 123456789 * 10 ** 9, 9)
    assert timestamps.parse_number("-1.25") == (-2, 75 * 10 ** 16, 2)
    assert timestamps.parse_number("1.7e9") == (1_700_000_000, 0, 0)
    assert timestamps.parse_number("1.50") == (1, 5 * 10 ** 17, 2)  # the digits as written
    assert timestamps.parse_number("nan") is None and timestamps.parse_number("x1") is None
    assert timestamps.parse_date("1970-01-01T00:00:01.000000001Z") == (1, 10 ** 9, 9)
    assert timestamps.parse_date("1970-01-01 02:00:00.5+02:00") == (0, 5 * 10 ** 17, 1)
    assert timestamps.parse_date("1969-12-31") == (-86400, 0, 0)
    assert timestamps.parse_date("12:00") is None


@given(st.lists(st.integers(-(1 << 61), (1 << 61) - 1), min_size=1, max_size=300), st.integers(0, 3))
@settings(max_examples=150, deadline=None)
def test_frame_field_round_trips_any_ticks(values, sort):
    t = np.array(sorted(values) if sort else values, dtype=np.int64)
    field = timestamps.encode_field(t)
    n, pos = container.bitpack.read_varint(field, 0)
    assert pos + n == len(field) and n <= timestamps.field_limit(len(t))
    assert np.array_equal(timestamps.decode_field(field[pos:], len(t)), t)


def test_evenly_spaced_stamps_cost_a_few_bytes_and_jitter_its_entropy():
    even = 1_714_564_800_000 + 10 * np.arange(16384, dtype=np.int64)
    assert len(timestamps.encode_field(even)) < 40
    g = np.random.default_rng(1)
    jitter = 1_714_564_800_000 + np.cumsum(g.integers(9, 12, 16384))  # steps 9, 10 or 11: log2(3) bits
    bits = 8 * len(timestamps.encode_field(jitter)) / 16384
    assert np.log2(3) <= bits < np.log2(3) + 0.1


def test_damaged_fields_are_errors():
    t = np.cumsum(np.full(100, 7, dtype=np.int64))
    field = timestamps.encode_field(t)
    _, pos = container.bitpack.read_varint(field, 0)
    with pytest.raises(ValueError):
        timestamps.decode_field(field[pos:] + b"\0", 100)  # bytes left over
    with pytest.raises(ValueError):
        timestamps.decode_field(field[pos:-2], 100)  # bytes missing


# --- through the codec --------------------------------------------------------------------

def test_jittered_epoch_milliseconds_round_trip_exactly(tmp_path):
    g = np.random.default_rng(0)
    t = 1_714_564_800_000 + np.cumsum(g.integers(9, 12, 3000))
    rows = ["timestamp_ms;acc"] + [f"{a};{np.sin(i / 20):.5f}" for i, a in enumerate(t)]
    (tmp_path / "in.csv").write_text("\n".join(rows) + "\n")
    r = cli("encode", tmp_path / "in.csv", "-o", tmp_path / "t.tok", "--keep-time")
    assert r.returncode == 0 and "not evenly spaced" not in r.stderr, r.stderr
    assert cli("decode", tmp_path / "t.tok", "-o", tmp_path / "out.csv").returncode == 0
    out = (tmp_path / "out.csv").read_text().splitlines()
    assert _cells(out, ";") == _cells(rows, ";")
    r = cli("decode", tmp_path / "t.tok", "-o", tmp_path / "out.npy")
    assert r.returncode == 0 and "a .npy has no time column" in r.stderr
    info = json.loads(cli("info", tmp_path / "t.tok", "--json").stdout)
    assert info["kept_time"]["digits"] == 0 and info["kept_time"]["bits_per_stamp"] < 1.7
    # without --keep-time the stamps become a grid, and the encoder says so
    r = cli("encode", tmp_path / "in.csv", "-o", tmp_path / "grid.tok")
    assert "not evenly spaced" in r.stderr and "--keep-time" in r.stderr


def test_iso_dates_with_nanoseconds_and_offsets(rand):
    base = np.datetime64("2024-05-01T23:59:59", "ns")
    steps = np.array([0, 10_000_001, 9_999_999, 3_600_000_000_000, 1, 10_000_000] * 50).cumsum()
    iso = [str(base + np.timedelta64(int(s), "ns")) for s in steps]
    text = "time,x\n" + "".join(f"{d}Z,{i % 17}\n" for i, d in enumerate(iso))
    out = _decoded_csv(rand, _encode_text(rand, text, frame_samples=128))
    assert _cells(out[1:]) == [f"{d}Z" for d in iso]  # 9 digits, T, Z, across midnight and 2 frames
    # an offset is taken to UTC, the instant kept
    text = "time,x\n" + "".join(f"2024-05-01T10:00:00.{i:03d}+02:00,{i}\n" for i in range(200))
    blob = _encode_text(rand, text)
    kept = timestamps.read_kept_times(blob)
    assert kept is not None and kept.kind == container.TIME_DATE_UTC
    expect = np.datetime64("2024-05-01T08:00:00", "ms") + np.arange(200).astype("timedelta64[ms]")
    assert np.array_equal(kept.datetime64(), expect)
    assert _cells(_decoded_csv(rand, blob))[1] == "2024-05-01T08:00:00.000+00:00"


def test_repeats_gaps_and_backwards_steps_are_kept(rand):
    t = ["0.5", "0.125", "0.125", "3600", "-2.25", "1e-3", "7"] * 40
    text = "t,x\n" + "".join(f"{v},{i % 5}\n" for i, v in enumerate(t))
    blob = _encode_text(rand, text, frame_samples=128)
    h = container.read_header(io.BytesIO(blob), "x")
    assert h.sample_rate is None and h.kept_time == container.KeptTime(3, container.TIME_NUMBER)
    out = _cells(_decoded_csv(rand, blob)[1:])
    assert [Decimal(a) for a in out] == [Decimal(v) for v in t]  # one format: 3 digits on every row
    assert out[:3] == ["0.500", "0.125", "0.125"]


@needs_native
def test_other_readers_skip_the_stamps(rand, tmp_path):
    text = "time,a,b\n" + "".join(f"{i * 0.01 + (i % 3) * 1e-4:.4f},{np.sin(i / 9):.4f},{i % 4}\n"
                                  for i in range(5000))
    blob = _encode_text(rand, text, frame_samples=1024)
    assert _encode_text(rand, text, frame_samples=1024) == blob  # deterministic
    assert np.abs(Codec(rand.bundle, backend="native").decode(blob) - rand.decode(blob)).max() < 1e-5  # float32 C
    # truncate keeps the stamps (they ride in the frame's head); bounded files keep them too
    f, cut = io.BytesIO(blob), io.BytesIO()
    truncate.truncate(f, container.read_header(f, "x"), 1, cut, "x")
    cut = cut.getvalue()
    assert len(cut) < len(blob)
    assert np.array_equal(timestamps.read_kept_times(cut).ticks, timestamps.read_kept_times(blob).ticks)
    bounded = _encode_text(rand, text, max_error=0.01)
    assert np.abs(Codec(rand.bundle, backend="native").decode(bounded) - rand.decode(bounded)).max() == 0
    assert _cells(_decoded_csv(rand, bounded)) == _cells(text.splitlines())


def test_damaged_time_fields_are_refused_by_both_readers(rand):
    text = "time,a\n" + "".join(f"{i * 0.5 + (i % 2) * 0.25},{i % 9}\n" for i in range(600))
    blob = _encode_text(rand, text, frame_samples=256)

    def too_long(b: bytearray) -> None:  # the field's length past 10 m + 16 bytes
        b[1:2] = container.bitpack.write_varint(10 * 256 + 17)

    def garbled(b: bytearray) -> None:  # inside the range-coded residuals: CRC-valid, wrong bytes
        for i in range(4, 8):
            b[i] ^= 0x5A

    for edit, readers in ((too_long, ("python", "c")), (garbled, ("python",))):
        damaged = reseal_first_frame(blob, edit)
        with pytest.raises(ContainerError):
            timestamps.read_kept_times(damaged)
        if "c" in readers and native.available():
            nd = native.NativeDecoder(rand.bundle)
            nd.open(container.read_header(io.BytesIO(damaged), "x").raw)
            with pytest.raises(ValueError):
                nd.frame(damaged[len(container.read_header(io.BytesIO(damaged), "x").raw):])


def test_header_block_checked_by_both_readers(rand):
    from helpers import both_readers_refuse_header

    blob = _encode_text(rand, "time,a\n" + "".join(f"{i},{i % 3}\n" for i in range(300)))

    def bad_digits(head: bytearray) -> None:
        head[-2] = timestamps.MAX_DIGITS + 1

    both_readers_refuse_header(rand, blob, bad_digits)


def test_misuse_is_a_clear_error(rand, tmp_path):
    with pytest.raises(ConfigError, match="time column"):
        rand.encode_to(__import__("stampcodec.streams", fromlist=["ArraySource"]).ArraySource(np.zeros((300, 1))),
                       io.BytesIO(), keep_time=True)
    with pytest.raises(ConfigError, match="bpt"):
        _encode_text(rand, "time,a\n" + "".join(f"{i},{i}\n" for i in range(300)), bpt=1.0)
    with pytest.raises(DataError, match="row 4.*'soon' is not a number"):
        _encode_text(rand, "time,a\n0,1\n1,2\nsoon,3\n3,4\n")
    with pytest.raises(DataError, match="19 digits"):
        _encode_text(rand, "time,a\n0.1234567890123456789,1\n1,2\n")
    (tmp_path / "x.npy").write_bytes(b"")
    np.save(tmp_path / "x.npy", np.zeros((300, 2)))
    r = cli("encode", tmp_path / "x.npy", "-o", tmp_path / "x.tok", "--keep-time")
    assert r.returncode != 0 and "time column" in r.stderr and not (tmp_path / "x.tok").exists()
