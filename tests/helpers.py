"""Helpers shared by tests: random-weight bundles, token files built without encoding, headers
resealed after an edit, commands run in a child process with their peak memory measured."""

from __future__ import annotations

import os
import resource
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np

from stampcodec import container
from stampcodec.bundle import Bundle
from stampcodec.codec import Codec
from stampcodec.config import StampConfig

ROOT = Path(__file__).resolve().parents[1]
# Offsets in the fixed part of a token header (docs/FORMAT.md, "Header").
VERSION, FLAGS, HEADER_BYTES, CHANNELS, FRAME_SAMPLES, LENGTH, NORMALIZATION = 4, 5, 6, 22, 24, 28, 36


def random_bundle(seed: int = 0, **cfg_changes):
    """A bundle with random weights, built with numpy only: container, CLI and property tests
    need a model that encodes, not one that encodes well (and must not need torch)."""
    cfg = StampConfig(**{"normalization": "zscore", **cfg_changes})
    g = np.random.default_rng(seed)
    k, h, ca, ln = cfg.n_atoms, cfg.encoder_hidden, cfg.atom_channels, cfg.atom_length
    atoms = g.normal(size=(k, ca, ln)) * np.hanning(ln)
    atoms /= np.linalg.norm(atoms.reshape(k, -1), axis=1)[:, None, None] * 4
    t = {
        "dictionary": atoms, "codebook": g.normal(size=(cfg.codebook_size, k)) * 0.5,
        "encoder.net.0.weight": g.normal(size=(h, k, 3)) * 0.05, "encoder.net.0.bias": np.zeros(h),
        "encoder.net.2.weight": g.normal(size=(h, h, 3)) * 0.05, "encoder.net.2.bias": np.zeros(h),
        "encoder.net.4.weight": g.normal(size=(k, h, 1)) * 0.05, "encoder.net.4.bias": np.zeros(k),
    }
    return Bundle(cfg, {n: a.astype(np.float32) for n, a in t.items()})


def random_prior(bundle: Bundle, seed: int = 0, **cfg_changes):
    """A token prior with random integer weights for `bundle`'s tokens (no training, no torch):
    its tables are far from uniform, which is all coding and sampling tests need."""
    from stampcodec.prior import PriorConfig, TokenPrior
    from stampcodec.prior.model import is_matrix, tensor_shapes

    cfg = PriorConfig(tuple(bundle.config.scales), bundle.config.codebook_size,
                      **{"dim": 16, "heads": 2, "layers": 2, "hidden": 16, "window": 8, **cfg_changes})
    g = np.random.default_rng(seed)
    ints = {}
    for name, shape in tensor_shapes(cfg).items():
        if is_matrix(name):  # ~N(0, 1/fan_in) with 12 fractional bits
            ints[name] = (np.rint(g.normal(size=shape) / np.sqrt(shape[0]) * 4096).astype(np.int32), 12)
        elif name.endswith("norm") or name.rsplit(".", 1)[-1].startswith("norm"):
            ints[name] = (np.full(shape, 1 << 16, dtype=np.int32), 16)
        else:
            ints[name] = (np.rint(g.normal(size=shape) * 65536).astype(np.int32), 16)
    return TokenPrior(cfg, bundle.model_id, ints, {"made_by": "tests.helpers.random_prior", "seed": seed})


def cli(*args: object, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    """`stampcodec ARGS` in a child process (text output)."""
    return subprocess.run([sys.executable, "-m", "stampcodec", *map(str, args)], capture_output=True, text=True,
                          env=env, **kw)


def random_token_file(codec: Codec, length: int, channels: int, frame_samples: int, seed: int = 0,
                      mean: float = 0.0, std: float = 1.0, **header_fields) -> bytes:
    """A valid token file with random tokens: decoding work of any size without encoding it first."""
    cfg = codec.config
    h = container.Header(model_id=codec.model_id, mode=cfg.mode, codebook_size=cfg.codebook_size,
                         atom_length=cfg.atom_length, scales=tuple(cfg.scales), channels=channels,
                         frame_samples=frame_samples, length=length, normalization=cfg.normalization,
                         **header_fields)
    if cfg.normalization == "zscore":
        h.mean, h.std = np.full(channels, mean), np.full(channels, std)
    g = np.random.default_rng(seed)
    parts = [h.to_bytes()]
    for i in range(h.n_frames):
        blocks = h.frame_blocks(i)
        tokens = [g.integers(0, cfg.codebook_size, size=(h.rows, blocks * q)) for q in h.layout.tokens_per_block]
        parts.append(container.write_frame(h, tokens, None))
    return b"".join(parts)


def reseal_header(blob: bytes, edit) -> bytes:
    """Apply edit(bytearray of the header without its CRC) and recompute the CRC."""
    n = int.from_bytes(blob[HEADER_BYTES:HEADER_BYTES + 2], "little")
    head = bytearray(blob[:n - 4])
    edit(head)
    struct.pack_into("<H", head, HEADER_BYTES, len(head) + 4)
    return bytes(head) + struct.pack("<I", zlib.crc32(head)) + blob[n:]


def reseal_first_frame(blob: bytes, edit) -> bytes:
    """Apply edit(bytearray of the first frame without its CRC) and recompute the CRC: a frame
    that passes the CRC and must be refused by what checks its fields."""
    import io

    h = container.read_header(io.BytesIO(blob), "x")
    start = len(h.raw)
    raw = container.read_frame_bytes(io.BytesIO(blob[start:]), h, 0, "x")
    body = bytearray(raw[:-4])
    edit(body)
    return blob[:start] + bytes(body) + struct.pack("<I", zlib.crc32(body)) + blob[start + len(raw):]


def both_readers_refuse_header(codec: Codec, blob: bytes, edit) -> None:
    """A header edited by edit(bytearray) and resealed is refused by the Python reader ("corrupt
    header") and by the C reader (when built), which still opens the original."""
    import pytest

    from stampcodec.errors import ContainerError
    from stampcodec.runtime import native

    damaged = reseal_header(blob, edit)
    with pytest.raises(ContainerError, match="corrupt header"):
        codec.decode(damaged)
    if native.available():
        nd = native.NativeDecoder(codec.bundle)
        with pytest.raises(ValueError):
            nd.open(damaged)
        nd.open(blob)


def peak_rss_mb(args: list[str], address_space_mb: int | None = None, **kw) -> tuple[float, subprocess.CompletedProcess]:
    """Run a command in a fresh child and return its peak resident memory (MB) and result.
    address_space_mb caps its virtual memory (prlimit), so a runaway allocation fails instead
    of swapping the machine."""
    code = ("import resource, subprocess, sys\n"
            "limit = int(sys.argv[1])\n"
            "def cap():\n"
            "    if limit: resource.setrlimit(resource.RLIMIT_AS, (limit << 20, limit << 20))\n"
            "r = subprocess.run(sys.argv[2:], preexec_fn=cap, stdin=sys.stdin, capture_output=True, text=True)\n"
            "sys.stderr.write(r.stderr); sys.stdout.write(r.stdout)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(r.returncode)\n")
    r = subprocess.run([sys.executable, "-c", code, str(address_space_mb or 0), *args], capture_output=True, **kw)
    r.stdout, r.stderr = (b.decode("utf-8", "replace") for b in (r.stdout, r.stderr))
    lines = r.stderr.strip().splitlines()
    return int(lines[-1]) / 1024, subprocess.CompletedProcess(r.args, r.returncode, r.stdout, "\n".join(lines[:-1]))


def leftovers(folder: Path) -> list[str]:
    """Temporary files a command may have left in a folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or "stampcodec-" in p.name)


def require_tools(*tools: str) -> None:
    """Tests that need system toolchains: skip, naming the install script, when one is missing;
    fail instead under CI=true, where they are required."""
    import pytest

    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    why = f"needs {', '.join(missing)}: run scripts/install_toolchains.sh"
    if os.environ.get("CI") == "true":
        pytest.fail(why + " (required under CI=true)")
    pytest.skip(why)


def limit_file_size(nbytes: int):
    """preexec_fn: files the child writes stop growing at nbytes (EFBIG: a full disk, for real)."""
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))
    return apply
