"""Installing as users do: without any compiler, pip still installs a working package (numpy
decodes), and the Raspberry Pi benchmark line runs in it; with one, the C decoder is built (the
rest of the suite)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_install_without_compilers_gives_the_numpy_package(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    env = {**os.environ, "CC": "/nonexistent/cc", "CXX": "/nonexistent/c++", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    r = subprocess.run([str(py), "-m", "pip", "install", "-q", str(ROOT)], capture_output=True, text=True, env=env,
                       timeout=900)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    check = ("from stampcodec.runtime import native; import stampcodec, numpy as np\n"
             "assert not native.available()\n"
             "c = stampcodec.Codec.load(); x = np.sin(np.arange(3000) / 9.0)\n"
             "print(stampcodec.verify(x, c.decode(c.encode(x))).nmse)\n")
    r = subprocess.run([str(py), "-c", check], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert float(r.stdout) < 0.1
    r = subprocess.run([str(venv / "bin" / "stampcodec"), "--version"], capture_output=True, text=True)
    assert "C decoder not built" in r.stdout
    # the Raspberry Pi line in this runtime-only install: pytest and pytest-benchmark, nothing else
    # of the test extras (no hypothesis, torch, scipy, zarr ...): every module collects, and the
    # benchmarks whose backend is present run
    r = subprocess.run([str(py), "-m", "pip", "install", "-q", "pytest", "pytest-benchmark"], capture_output=True,
                       text=True, env=env, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    r = subprocess.run([str(py), "-m", "pytest", "--benchmark-only", "-q", "-p", "no:cacheprovider"], cwd=ROOT,
                       capture_output=True, text=True, env={**env, "CI": ""}, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert " passed" in r.stdout.splitlines()[-1] and "error" not in r.stdout.splitlines()[-1]
