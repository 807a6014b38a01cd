"""The STAMP configuration: architecture, rate and training hyperparameters.

Defaults are Table 1 of the STAMP paper. The architectural part (everything that decoding
depends on) is hashed into the model id; training settings are stored for provenance only.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from stampcodec.errors import ConfigError
from stampcodec.layout import Layout

Mode = Literal["independent", "joint"]
Loss = Literal["mse", "hybrid"]
Normalization = Literal["none", "zscore"]

# Fields that define the decoder's arithmetic; the rest only affect training.
ARCH_FIELDS = (
    "mode",
    "channels",
    "atom_length",
    "n_atoms",
    "codebook_size",
    "scales",
    "encoder_hidden",
    "normalization",
)


@dataclass(frozen=True)
class StampConfig:
    # --- architecture (Table 1) ---
    mode: Mode = "independent"
    channels: int = 1  # joint mode: channels per atom; independent mode: ignored by the model (1)
    atom_length: int = 64  # L
    n_atoms: int = 128  # K
    codebook_size: int = 256  # V
    scales: tuple[int, ...] = (4, 2, 1)  # coarse to fine
    encoder_hidden: int = 64
    normalization: Normalization = "zscore"
    # --- objective ---
    loss: Loss = "hybrid"
    # lambda; the paper does not state it. 1.0 rather than 0.1 trades a little MSE for a lower
    # FID (docs/MODEL.md, "lambda", has the runs).
    sdtw_weight: float = 1.0
    sdtw_gamma: float = 0.1
    # Table 1 says commitment 0.25 and has no activation penalty; with those the straight-through
    # gap |z - zq| grows and training degrades after ~3 epochs (docs/MODEL.md has the runs).
    # StampConfig.paper() gives Table 1's objective exactly.
    commitment: float = 2.0
    activation_penalty: float = 0.1  # ridge on encoder activations z
    ema_decay: float = 0.99
    dead_code_fraction: float = 0.03  # restart a code whose EMA usage < this x the mean usage
    # --- optimisation (Table 1) ---
    learning_rate: float = 3e-4
    min_learning_rate: float = 1e-5
    weight_decay: float = 1e-4
    batch_size: int = 32
    grad_clip: float = 1.0
    epochs: int = 50
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scales", tuple(int(s) for s in self.scales))
        self.validate()

    # --- derived quantities -------------------------------------------------------------
    @property
    def layout(self) -> Layout:
        """The token layout this model writes (stampcodec.layout): what files must match."""
        return Layout(self.mode, self.codebook_size, self.atom_length, tuple(self.scales), self.atom_channels)

    @property
    def hop(self) -> int:
        return self.layout.hop

    @property
    def atom_channels(self) -> int:
        """Channels of one atom: C in joint mode, 1 in independent mode."""
        return self.channels if self.mode == "joint" else 1

    @property
    def block(self) -> int:
        return self.layout.block

    @property
    def bits_per_token(self) -> int:
        return self.layout.bits

    def validate(self) -> None:
        def need(cond: bool, msg: str) -> None:
            if not cond:
                raise ConfigError(f"invalid config: {msg}")

        need(self.mode in ("independent", "joint"), f"mode must be 'independent' or 'joint', got {self.mode!r}")
        need(self.loss in ("mse", "hybrid"), f"loss must be 'mse' or 'hybrid', got {self.loss!r}")
        need(self.normalization in ("none", "zscore"), f"normalization must be 'none' or 'zscore', got {self.normalization!r}")
        need(self.channels >= 1, f"channels must be >= 1, got {self.channels}")
        need(self.atom_length >= 4 and self.atom_length % 4 == 0, f"atom_length must be a multiple of 4, got {self.atom_length}")
        need(self.n_atoms >= 1, f"n_atoms must be >= 1, got {self.n_atoms}")
        need(2 <= self.codebook_size <= 65536, f"codebook_size must be in [2, 65536], got {self.codebook_size}")
        need(len(self.scales) >= 1, "scales must not be empty")
        need(all(s >= 1 for s in self.scales), f"scales must be positive, got {self.scales}")
        need(list(self.scales) == sorted(self.scales, reverse=True) and len(set(self.scales)) == len(self.scales),
             f"scales must be strictly decreasing (coarse to fine), got {self.scales}")
        need(all(max(self.scales) % s == 0 for s in self.scales), f"every scale must divide the coarsest, got {self.scales}")
        need(self.encoder_hidden >= 1, f"encoder_hidden must be >= 1, got {self.encoder_hidden}")
        need(0.0 < self.ema_decay < 1.0, f"ema_decay must be in (0, 1), got {self.ema_decay}")
        need(self.batch_size >= 1 and self.epochs >= 0, "batch_size must be >= 1 and epochs >= 0")
        need(self.sdtw_gamma > 0, f"sdtw_gamma must be > 0, got {self.sdtw_gamma}")
        need(self.activation_penalty >= 0, f"activation_penalty must be >= 0, got {self.activation_penalty}")
        for name, limit in _LIMITS.items():
            need(getattr(self, name) <= limit, f"{name} must be <= {limit}, got {getattr(self, name)}")
        need(all(s <= 255 for s in self.scales), f"scales must be <= 255, got {self.scales}")

    # --- serialisation ------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["scales"] = list(self.scales)
        return d

    def arch_dict(self) -> dict[str, Any]:
        d = self.to_dict()
        return {k: d[k] for k in ARCH_FIELDS}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "StampConfig":
        """A config from JSON-like data, every field type-checked (64.0 is not an atom length)."""
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(d) - set(fields))
        if unknown:
            raise ConfigError(f"invalid config: unknown field(s) {', '.join(unknown)}")
        for name, value in d.items():
            default = getattr(cls, name, None) if name != "extra" else {}
            if not _same_kind(value, default):
                raise ConfigError(f"invalid config: field {name!r} is {value!r:.60} ({type(value).__name__}), "
                                  f"expected {_kind_name(default)}")
        return cls(**d)

    @classmethod
    def from_json(cls, text: str) -> "StampConfig":
        try:
            d = json.loads(text)
        except json.JSONDecodeError as e:
            raise ConfigError(f"invalid config JSON: {e}") from None
        except RecursionError:
            raise ConfigError("invalid config JSON: nested too deeply") from None
        if not isinstance(d, dict):
            raise ConfigError("invalid config JSON: expected an object")
        return cls.from_dict(d)

    @classmethod
    def paper(cls, **changes: Any) -> "StampConfig":
        """Table 1 of the paper exactly, including its VQ objective (commitment 0.25, no ridge)."""
        return cls(**{"commitment": 0.25, "activation_penalty": 0.0, **changes})

    def replace(self, **changes: Any) -> "StampConfig":
        return dataclasses.replace(self, **changes)


# Bounds on sizes, so that a config from a file cannot ask for absurd tables (the C decoder
# takes these in 16-bit fields and 8-bit scales).
_LIMITS = {"channels": 4096, "atom_length": 4096, "n_atoms": 4096, "encoder_hidden": 4096, "epochs": 10**6,
           "batch_size": 10**6}


def _same_kind(value: object, default: object) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, tuple):
        return (isinstance(value, (list, tuple)) and len(value) <= 8
                and all(isinstance(v, int) and not isinstance(v, bool) for v in value))
    if isinstance(default, dict):
        return isinstance(value, dict)
    return True


def _kind_name(default: object) -> str:
    return {bool: "true or false", int: "an integer", float: "a number", str: "a string", tuple: "a list of integers",
            dict: "an object"}.get(type(default), type(default).__name__)
