"""Every default model ever bundled stays findable by its model id (stampcodec.released), so a
file written with an earlier default decodes after the default changes, with no --model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stampcodec import bundle, container, released
from stampcodec.codec import DEFAULT_MODEL, Codec
from stampcodec.errors import ConfigError, ContainerError

GOLDEN = Path(__file__).parent / "golden"
FIRST_DEFAULT = "0006d02cfc98bab5"  # the default model of format versions 1 and 2 until stop 25
OLD_FILES = [GOLDEN / "v1" / "readme-wrist-imu.tok", GOLDEN / "v2" / f"readme-wrist-imu.{FIRST_DEFAULT}.tok"]


def _model_id(blob: bytes) -> str:
    import io

    return container.read_header(io.BytesIO(blob), "file").model_id


def test_every_released_default_loads_under_its_own_id():
    ids = released.released_ids()
    assert FIRST_DEFAULT in ids
    current = bundle.load(DEFAULT_MODEL).model_id
    for mid in ids:
        assert bundle.load(released.released_path(mid)).model_id == mid
        assert mid != current  # the current default lives in models/default.stamp only
    assert released.released_path("not-an-id") is None and released.released_path("0" * 16) is None


@pytest.mark.parametrize("path", OLD_FILES, ids=["v1", "v2"])
def test_a_file_from_an_earlier_default_decodes_with_the_default(path):
    blob = path.read_bytes()
    assert _model_id(blob) == FIRST_DEFAULT
    via_default = Codec.load(backend="numpy").decode(blob)
    direct = Codec.load(released.released_path(FIRST_DEFAULT), backend="numpy").decode(blob)
    assert np.array_equal(via_default, direct)


def test_the_cli_decodes_an_old_file_without_model(tmp_path):
    r = subprocess.run([sys.executable, "-m", "stampcodec", "decode", str(OLD_FILES[1]), "-o", str(tmp_path / "out.csv"),
                        "--quiet"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.csv").stat().st_size > 0


def test_an_explicit_model_is_not_swapped():
    """--model names the bundle to use: a file of another model is an error naming both ids."""
    with pytest.raises(ContainerError, match=FIRST_DEFAULT):
        Codec.load(DEFAULT_MODEL, backend="numpy").decode(OLD_FILES[1].read_bytes())


def test_a_store_written_with_an_earlier_default_keeps_its_model():
    from stampcodec.numcodecs import Stamp

    old = Stamp(model="default", model_id=FIRST_DEFAULT)
    assert old.get_config()["model"] == "default" and old.get_config()["model_id"] == FIRST_DEFAULT
    x = np.sin(np.arange(3000) / 20.0)[:, None] * np.array([1.0, 2.0])
    chunk = old.encode(x)
    assert _model_id(chunk[4 + 2 + 16:]) == FIRST_DEFAULT
    y = Stamp(model="default", model_id=FIRST_DEFAULT).decode(chunk)
    assert np.array_equal(y, Codec.load(released.released_path(FIRST_DEFAULT)).decode(chunk[22:]).reshape(y.shape))
    assert Stamp().get_config()["model_id"] == bundle.load(DEFAULT_MODEL).model_id
    with pytest.raises(ConfigError, match="ffffffffffffffff"):
        Stamp(model="default", model_id="f" * 16)


def test_tokens_of_an_earlier_default_detokenize_with_the_default():
    first = Codec.load(released.released_path(FIRST_DEFAULT), backend="numpy")
    x = np.sin(np.arange(4000) / 15.0)[:, None]
    tok = first.tokenize(x)
    assert tok.model_id == FIRST_DEFAULT
    assert np.array_equal(Codec.load(backend="numpy").detokenize(tok), first.detokenize(tok))
