"""The token file: layout, bit packing, masks, rate, and rejection of every kind of damage."""

import io

import numpy as np
import pytest
pytest.importorskip("hypothesis", reason="property tests need the [test] extra (hypothesis)")
from hypothesis import given, strategies as st  # noqa: E402

from stampcodec import bitpack, container, nanmask
from stampcodec.container import ContainerError

from helpers import CHANNELS, FLAGS, FRAME_SAMPLES, VERSION, random_bundle, reseal_header


def walk(t, c, seed=0):
    g = np.random.default_rng(seed)
    return np.cumsum(g.normal(size=(t, c)), axis=0) * 2.0 + 50.0


@given(bits=st.integers(1, 16), data=st.data())
def test_bitpack_roundtrip(bits, data):
    vals = np.array(data.draw(st.lists(st.integers(0, 2 ** bits - 1), max_size=200)), dtype=np.int64)
    blob = bitpack.pack(vals, bits)
    assert len(blob) == bitpack.packed_size(len(vals), bits)
    assert np.array_equal(bitpack.unpack(blob, len(vals), bits), vals)


def test_bitpack_is_msb_first():
    assert bitpack.pack(np.array([1, 0, 3]), 2) == bytes([0b01001100])


@given(st.integers(0, 2 ** 63))
def test_varint_roundtrip(n):
    assert bitpack.read_varint(bitpack.write_varint(n), 0) == (n, len(bitpack.write_varint(n)))


@given(st.lists(st.lists(st.booleans(), min_size=50, max_size=50), min_size=1, max_size=3))
def test_nanmask_roundtrip(cols):
    m = np.array(cols).T
    assert np.array_equal(nanmask.decode(nanmask.encode(m), *m.shape), m)


def test_header_roundtrip_with_everything(rand_codec):
    x = walk(300, 3)
    blob = rand_codec.encode(x, columns=["a", "b,c", "é"], sample_rate=200.0)
    h = container.read_header(io.BytesIO(blob), "t")
    assert (h.length, h.channels, h.columns, h.sample_rate, h.model_id) == (300, 3, ["a", "b,c", "é"], 200.0, rand_codec.model_id)
    assert np.allclose(h.mean, x.mean(0), rtol=1e-6) and np.allclose(h.std, x.std(0), rtol=1e-5)
    assert h.to_bytes() == blob[:len(h.to_bytes())]


def test_token_order_is_block_row_scale_time(rand_codec):
    h = container.read_header(io.BytesIO(rand_codec.encode(walk(256, 2))), "t")
    order = h.layout.token_order(2, h.rows)  # 2 blocks, 2 rows, scales 4,2,1 -> 1+2+4 = 7 per block-row
    assert order[0].tolist() == [[0, 14], [7, 21]]
    assert order[1].tolist() == [[1, 2, 15, 16], [8, 9, 22, 23]]
    assert order[2][0].tolist() == [3, 4, 5, 6, 17, 18, 19, 20]


@pytest.mark.parametrize("t,c", [(100_000, 1), (10_000, 6), (30_000, 3)])
def test_real_rate_close_to_nominal(rand_codec, t, c):
    """Version 1 (bit-packed): the overheads on the nominal rate stay small. (Version 2's rate
    depends on the signal; see test_format_v2.py.)"""
    blob = rand_codec.encode(walk(t, c), version=1)
    real = 8 * len(blob) / (t * c)
    assert real / rand_codec.config.layout.nominal_bpt <= 1.05


def test_real_rate_overhead_at_one_channel_ten_thousand_samples(rand_codec):
    """Documented, not hidden: a 1-channel 10k-sample file pays ~13% for its 52-byte header,
    frame CRC and last-block padding (docs/FORMAT.md, Rate)."""
    blob = rand_codec.encode(walk(10_000, 1), version=1)
    assert 1.05 < 8 * len(blob) / 10_000 / rand_codec.config.layout.nominal_bpt < 1.15


@pytest.fixture
def small_file(rand_codec):
    x = walk(700, 2)
    x[10:20, 1] = np.nan
    return rand_codec.encode(x, frame_samples=256)  # 3 frames, the first with a missing-sample mask


def test_every_truncation_is_rejected(rand_codec, small_file):
    for n in range(len(small_file)):
        with pytest.raises(ContainerError, match="truncated|bad magic|not a stampcodec"):
            rand_codec.decode(small_file[:n])


def test_every_bit_flip_is_rejected(rand_codec, small_file):
    for i in range(len(small_file)):
        for bit in (0, 3, 7):
            bad = bytearray(small_file)
            bad[i] ^= 1 << bit
            with pytest.raises(ContainerError):
                rand_codec.decode(bytes(bad))


def test_trailing_bytes_rejected(rand_codec, small_file):
    with pytest.raises(ContainerError, match="after the last frame"):
        rand_codec.decode(small_file + b"\0")


def _with_header_byte(blob: bytes, offset: int, value: int) -> bytes:
    """Change one header byte and fix the header CRC, as a writer of another version would."""
    return reseal_header(blob, lambda head: head.__setitem__(offset, value))


def test_other_version_rejected(rand_codec, small_file):
    with pytest.raises(ContainerError, match="version 3 is not supported"):
        rand_codec.decode(_with_header_byte(small_file, VERSION, 3))


def test_reserved_flags_rejected(rand_codec, small_file):
    with pytest.raises(ContainerError, match="scale skipping"):
        rand_codec.decode(_with_header_byte(small_file, FLAGS, small_file[FLAGS] | container.FLAG_SCALE_SKIP))
    # a prior flag without its 8-byte id: the header's fields no longer add up
    with pytest.raises(ContainerError, match="corrupt header"):
        rand_codec.decode(_with_header_byte(small_file, FLAGS, small_file[FLAGS] | container.FLAG_PRIOR))


def test_other_model_rejected(rand_codec, small_file):
    from stampcodec.codec import Codec

    other = Codec(random_bundle(seed=1))
    with pytest.raises(ContainerError, match="encoded with model .* but the model given is"):
        other.decode(small_file)


def test_oversized_frame_header_rejected(rand_codec, small_file):
    bad = _with_header_byte(_with_header_byte(small_file, CHANNELS, 0xFF), CHANNELS + 1, 0xFF)  # 65535 channels
    bad = _with_header_byte(bad, FRAME_SAMPLES + 3, 0x7F)  # huge frames
    with pytest.raises(ContainerError):
        rand_codec.decode(bad)


def test_not_a_token_file(rand_codec):
    with pytest.raises(ContainerError, match="not a stampcodec token file"):
        rand_codec.decode(b"time,x\n1,2\n")


def test_gaps_shared_by_all_channels_are_stored_once(rand_codec):
    g = np.random.default_rng(3)
    x = g.normal(size=(3000, 4))
    x[g.random(3000) < 0.15] = np.nan  # whole time steps lost
    shared = rand_codec.encode(x)
    y = rand_codec.decode(shared)
    assert np.array_equal(np.isnan(y), np.isnan(x))
    h, frames = container.split(shared, "t")
    assert frames[0][0] == container.FRAME_MASK | container.FRAME_MASK_SHARED
    x2 = x.copy()
    x2[5, 2] = np.nan  # one extra gap on one channel: runs per channel again
    per_channel = rand_codec.encode(x2)
    assert container.split(per_channel, "t")[1][0][0] == container.FRAME_MASK
    assert np.array_equal(np.isnan(rand_codec.decode(per_channel)), np.isnan(x2))
    bare = len(rand_codec.encode(x, keep_gaps=False))
    assert len(per_channel) - bare > 3.5 * (len(shared) - bare)  # 4 channels' runs vs one set


def test_shared_flag_without_a_mask_is_rejected(rand_codec):
    blob = bytearray(rand_codec.encode(np.zeros((300, 2))))
    h = container.read_header(io.BytesIO(bytes(blob)), "t")
    start = len(h.raw)
    assert blob[start] == 0
    blob[start] = container.FRAME_MASK_SHARED
    with pytest.raises(ContainerError, match="unknown frame flags 0x04"):
        rand_codec.decode(bytes(blob))
