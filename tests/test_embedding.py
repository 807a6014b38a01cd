"""Firmware embedding from a pip install: the C sources, header and CMake package config ship
with the package (stampcodec.get_include/get_sources/get_cmake_dir), and the 30-line example of
docs/EMBEDDING.md builds both ways: one compiler call, and find_package(stampdec)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import stampcodec
from stampcodec.cli import main
from stampcodec.codec import Codec

from helpers import require_tools

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = ROOT / "firmware_examples" / "minimal"


@pytest.fixture(scope="module")
def model_and_tokens(tmp_path_factory):
    d = tmp_path_factory.mktemp("embed")
    assert main(["export", "--format", "c", "-o", str(d / "model.h")]) == 0
    x = 1e5 + np.c_[np.sin(np.arange(3000) / 9.0), np.cos(np.arange(3000) / 17.0)]
    codec = Codec.load(backend="numpy")
    blob = codec.encode(x, frame_samples=1024)
    (d / "t.bin").write_bytes(blob)
    return d, codec.decode(blob)


def _check_output(exe: Path, tokens: Path, want: np.ndarray) -> None:
    r = subprocess.run([str(exe)], stdin=tokens.open("rb"), capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    got = np.loadtxt(r.stdout.decode().splitlines(), delimiter=",")
    assert got.shape == want.shape and np.abs(got - want).max() / want.std(axis=0).min() < 1e-5


def test_sources_ship_with_the_package():
    assert (Path(stampcodec.get_include()) / "stampdec.h").is_file()
    assert [Path(p).name for p in stampcodec.get_sources()] == ["stampdec.c"]
    assert [Path(p).name for p in stampcodec.get_sources(encoder=True)] == ["stampdec.c", "stampenc.c"]
    assert (Path(stampcodec.get_include()) / "stampenc.h").is_file()
    assert (Path(stampcodec.get_sources()[0]).parent / "stampdec_synthesis.inc").is_file()  # stampdec.c includes it
    for inc in ("stampenc_kernels.inc", "stampenc_fixed.inc", "stampenc_erf.inc", "stampenc_panels.inc"):  # stampenc.c includes them
        assert (Path(stampcodec.get_sources(encoder=True)[1]).parent / inc).is_file()
    assert (Path(stampcodec.get_cmake_dir()) / "stampdecConfig.cmake").is_file()


def test_one_compiler_call_with_get_include_and_get_sources(model_and_tokens, tmp_path):
    require_tools("cc")
    d, want = model_and_tokens
    exe = tmp_path / "minimal"
    subprocess.run(["cc", "-std=c99", "-O2", "-I", stampcodec.get_include(), f'-DSTAMPDEC_MODEL_HEADER="{d / "model.h"}"',
                    str(MINIMAL / "main.c"), *stampcodec.get_sources(), "-lm", "-o", str(exe)], check=True)
    _check_output(exe, d / "t.bin", want)


def test_find_package_gives_the_namespaced_target(model_and_tokens, tmp_path):
    cmake = shutil.which("cmake") or str(Path(sys.executable).parent / "cmake")
    d, want = model_and_tokens
    build = tmp_path / "build"
    subprocess.run([cmake, "-S", str(MINIMAL), "-B", str(build), f"-Dstampdec_DIR={stampcodec.get_cmake_dir()}",
                    f"-DSTAMPDEC_MODEL_HEADER={d / 'model.h'}"], check=True, capture_output=True)
    subprocess.run([cmake, "--build", str(build)], check=True, capture_output=True)
    assert "CMAKE_BUILD_TYPE:STRING=Release" in (build / "CMakeCache.txt").read_text()
    _check_output(build / "stampdec_minimal", d / "t.bin", want)
