"""Prior files (.stamp): a token prior's integer weights in the safetensors layout, checksummed,
never unpickled. Metadata: format name and version, the configuration, each tensor's binary
point, the codec model the prior was trained on (its tokens are what it predicts), the prior's
id and training provenance.

The prior id is the first 16 hex digits of SHA-256 over the configuration, the model id and
every tensor with its binary point; token files coded with a prior name it in their header.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from stampcodec import tensorfile
from stampcodec.atomic import write_atomic
from stampcodec.errors import BundleError, ConfigError
from stampcodec.prior.exact import WEIGHT_BITS
from stampcodec.prior.model import (
    PriorConfig,
    PriorNet,
    frequencies,
    is_matrix,
    tensor_shapes,
)

FORMAT_NAME = "stampcodec-prior"
FORMAT_VERSION = 1
MAX_PRIOR_BYTES = 1 << 28
MAX_VALUE = 1e4  # trained weights are O(1); far beyond is damage


@dataclass
class TokenPrior:
    config: PriorConfig
    model_id: str  # the codec model whose tokens it predicts
    ints: dict[str, tuple[np.ndarray, int]]  # name -> (int32 integers, binary point)
    info: dict[str, object] = field(default_factory=dict)
    # what computes the coder's tables: None for the numpy reference, or an exported graph
    # (stampcodec.prior.onnx_tables) that gives the same tables
    runner: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = field(default=None, repr=False,
                                                                                       compare=False)

    def tables(self, kind: np.ndarray, keyed: np.ndarray, rel: np.ndarray) -> np.ndarray:
        """Frequency tables (Q, V) of queries of kinds (Q,) with slots (Q, K) (stampcodec.prior.model)."""
        if self.runner is not None:
            return self.runner(kind, keyed, rel)
        return frequencies(self.net.logits(kind, keyed, rel))

    def require_model(self, model_id: str) -> None:
        """ConfigError unless this prior predicts the tokens of model `model_id`."""
        if self.model_id != model_id:
            raise ConfigError(f"the prior {self.prior_id} predicts the tokens of model {self.model_id}, not of "
                              f"{model_id} (give the model it was trained for: --model)")

    def with_runner(self, runner) -> TokenPrior:
        return replace(self, runner=runner)

    @functools.cached_property
    def prior_id(self) -> str:
        h = hashlib.sha256()
        h.update(json.dumps({"config": self.config.to_dict(), "model_id": self.model_id}, sort_keys=True).encode())
        for name in sorted(self.ints):
            a, bits = self.ints[name]
            h.update(f"{name}|{bits}|{a.shape}".encode())
            h.update(np.ascontiguousarray(a, dtype="<i4").tobytes())
        return h.hexdigest()[:16]

    @functools.cached_property
    def net(self) -> PriorNet:
        return PriorNet(self.config, self.ints)


def check(p: TokenPrior, where: str) -> None:
    try:
        p.config.check()
    except ConfigError as e:
        raise BundleError(f"{where}: {e}") from None
    shapes = tensor_shapes(p.config)
    if set(shapes) != set(p.ints):
        missing, extra = sorted(set(shapes) - set(p.ints)), sorted(set(p.ints) - set(shapes))
        raise BundleError(f"{where}: prior tensors do not match its configuration (missing {missing[:4]}, "
                          f"unexpected {extra[:4]})")
    for name, (a, bits) in p.ints.items():
        if a.shape != shapes[name] or a.dtype != np.int32:
            raise BundleError(f"{where}: tensor {name!r} is {a.dtype} {a.shape}, expected int32 {shapes[name]}")
        if not isinstance(bits, int) or not 0 <= bits <= 40:
            raise BundleError(f"{where}: tensor {name!r} has binary point {bits!r} (0 to 40)")
        top = int(np.abs(a.astype(np.int64)).max()) if a.size else 0
        # the products of matrices must stay exact (stampcodec.prior.exact)
        if is_matrix(name) and top >= 1 << WEIGHT_BITS:
            raise BundleError(f"{where}: matrix {name!r} holds integers up to {top} (limit 2^{WEIGHT_BITS})")
        if top * 2.0 ** -bits > MAX_VALUE:
            raise BundleError(f"{where}: tensor {name!r} holds values up to {top * 2.0 ** -bits:.3g}: damaged")


def to_bytes(p: TokenPrior) -> bytes:
    check(p, "prior")
    return tensorfile.dumps({k: a for k, (a, _) in p.ints.items()}, {
        "format": FORMAT_NAME, "format_version": str(FORMAT_VERSION), "prior_id": p.prior_id,
        "model_id": p.model_id, "config": json.dumps(p.config.to_dict(), sort_keys=True),
        "bits": json.dumps({k: b for k, (_, b) in p.ints.items()}, sort_keys=True),
        "info": json.dumps(p.info, sort_keys=True, default=str)})


def from_bytes(blob: bytes, where: str = "prior") -> TokenPrior:
    meta, tensors = tensorfile.loads(blob, where, FORMAT_NAME)
    if meta.get("format_version") != str(FORMAT_VERSION):
        raise BundleError(f"{where}: prior format version {meta.get('format_version')} is not supported "
                          f"(this build reads {FORMAT_VERSION})")
    try:
        config = PriorConfig.from_dict(json.loads(meta["config"]))
        bits = json.loads(meta["bits"])
        info = json.loads(meta.get("info", "{}"))
        model_id = meta["model_id"]
    except (KeyError, ValueError, TypeError, RecursionError, ConfigError) as e:
        raise BundleError(f"{where}: corrupt prior metadata ({e})") from None
    if not isinstance(bits, dict) or not isinstance(info, dict) or len(model_id) != 16:
        raise BundleError(f"{where}: corrupt prior metadata")
    if set(bits) != set(tensors):
        raise BundleError(f"{where}: corrupt prior metadata (binary points do not match the tensors)")
    p = TokenPrior(config, model_id, {k: (a, bits[k]) for k, a in tensors.items()}, info)
    check(p, where)
    if p.prior_id != meta.get("prior_id"):
        raise BundleError(f"{where}: prior id mismatch (header {meta.get('prior_id')}, content {p.prior_id})")
    return p


def save(p: TokenPrior, path: str | os.PathLike[str]) -> None:
    write_atomic(path, to_bytes(p))


def load(path: str | os.PathLike[str]) -> TokenPrior:
    return from_bytes(tensorfile.read_file(path, MAX_PRIOR_BYTES, "prior file"), str(path))
