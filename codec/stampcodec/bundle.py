"""Model bundles: everything encoding and decoding need, in one safe, checksummed file.

The file uses the safetensors layout (see stampcodec.tensorfile), so standard tools can inspect
it, and nothing is ever unpickled. "__metadata__" carries: format name and version, the config
JSON, the model id, the SHA-256 of the data section and training provenance ("info").

Tensors: "dictionary" (K, atom_channels, L), "codebook" (V, K), and the encoder network's
weights as "encoder.*". Decoding needs only the first two and the config.

The model id is the first 16 hex digits of SHA-256 over the canonical architecture config and
every tensor (name, dtype, shape, bytes) in name order. Token files carry it so that decoding
with the wrong model is caught.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field

import numpy as np

from stampcodec import tensorfile
from stampcodec.atomic import write_atomic
from stampcodec.config import StampConfig
from stampcodec.errors import BundleError, ConfigError

FORMAT_NAME = "stampcodec-bundle"
FORMAT_VERSION = 1
REQUIRED = ("dictionary", "codebook")
# Trained weights are O(1) (the default model's largest is 2.6, its largest codeword waveform
# sample 6.3, in units of the normalized signal). Anything far beyond is a damaged or hostile
# bundle whose arithmetic would overflow float32 or decode to garbage.
MAX_WEIGHT = 1e4
MAX_BUNDLE_BYTES = 1 << 28  # the default model is 351 kB; a V=65536 codebook of K=1024 is 256 MiB


@dataclass
class Bundle:
    config: StampConfig
    tensors: dict[str, np.ndarray]
    info: dict[str, object] = field(default_factory=dict)  # provenance: data, epochs, metrics

    @functools.cached_property
    def model_id(self) -> str:
        """Computed once: a bundle's tensors are not changed after it is made (refit makes a new one)."""
        return compute_model_id(self.config, self.tensors)

    @property
    def dictionary(self) -> np.ndarray:
        """(K, atom_channels, L) atoms."""
        return self.tensors["dictionary"]

    @property
    def codebook(self) -> np.ndarray:
        """(V, K) codewords."""
        return self.tensors["codebook"]


def compute_model_id(config: StampConfig, tensors: dict[str, np.ndarray]) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(config.arch_dict(), sort_keys=True).encode())
    for name in sorted(tensors):
        a = np.ascontiguousarray(tensors[name])
        h.update(f"{name}|{a.dtype.str}|{a.shape}".encode())
        h.update(a.tobytes())
    return h.hexdigest()[:16]


def _check_tensors(config: StampConfig, tensors: dict[str, np.ndarray], where: str) -> None:
    for name in REQUIRED:
        if name not in tensors:
            raise BundleError(f"{where}: missing tensor {name!r}")
    k, ca, ln = config.n_atoms, config.atom_channels, config.atom_length
    if tensors["dictionary"].shape != (k, ca, ln):
        raise BundleError(f"{where}: dictionary has shape {tensors['dictionary'].shape}, config says {(k, ca, ln)}")
    if tensors["codebook"].shape != (config.codebook_size, k):
        raise BundleError(f"{where}: codebook has shape {tensors['codebook'].shape}, config says {(config.codebook_size, k)}")
    for name, a in tensors.items():
        if a.dtype.kind == "f" and not np.all(np.isfinite(a)):
            raise BundleError(f"{where}: tensor {name!r} holds non-finite values")
        if a.dtype.kind in "fiu" and a.size and float(np.abs(a).max()) > MAX_WEIGHT:
            raise BundleError(f"{where}: tensor {name!r} holds values up to {float(np.abs(a).max()):.3g} "
                              f"(limit {MAX_WEIGHT:.0e}): damaged or not a trained model")
    waves = np.einsum("vk,kcl->vcl", tensors["codebook"].astype(np.float64), tensors["dictionary"].astype(np.float64))
    if waves.size and float(np.abs(waves).max()) > MAX_WEIGHT:
        raise BundleError(f"{where}: codeword waveforms (codebook @ dictionary) reach {float(np.abs(waves).max()):.3g} "
                          f"(limit {MAX_WEIGHT:.0e}): damaged or not a trained model")


def to_bytes(bundle: Bundle) -> bytes:
    _check_tensors(bundle.config, bundle.tensors, "bundle")
    return tensorfile.dumps(bundle.tensors, {
        "format": FORMAT_NAME,
        "format_version": str(FORMAT_VERSION),
        "model_id": bundle.model_id,
        "config": bundle.config.to_json(),
        "info": json.dumps(bundle.info, sort_keys=True, default=str),
    })


def from_bytes(blob: bytes, where: str = "bundle") -> Bundle:
    meta, tensors = tensorfile.loads(blob, where, FORMAT_NAME)
    version = meta.get("format_version")
    if version != str(FORMAT_VERSION):
        raise BundleError(f"{where}: bundle format version {version} is not supported (this build reads {FORMAT_VERSION})")
    try:
        config = StampConfig.from_json(meta["config"])
    except (KeyError, ConfigError) as e:
        raise BundleError(f"{where}: bad config in bundle: {e}") from None
    try:
        info = json.loads(meta.get("info", "{}"))
    except (json.JSONDecodeError, RecursionError):
        raise BundleError(f"{where}: corrupt bundle metadata (field 'info' is not valid JSON)") from None
    if not isinstance(info, dict):
        raise BundleError(f"{where}: corrupt bundle metadata (field 'info' is a {type(info).__name__}, not an object)")
    _check_tensors(config, tensors, where)
    bundle = Bundle(config, tensors, info)
    if bundle.model_id != meta.get("model_id"):
        raise BundleError(f"{where}: model id mismatch (header {meta.get('model_id')}, content {bundle.model_id})")
    return bundle


def save(bundle: Bundle, path: str | os.PathLike[str]) -> None:
    write_atomic(path, to_bytes(bundle))


def load(path: str | os.PathLike[str]) -> Bundle:
    return from_bytes(tensorfile.read_file(path, MAX_BUNDLE_BYTES, "model bundle"), where=str(path))
