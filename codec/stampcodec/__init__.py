"""stampcodec: learned multi-scale tokens for multichannel sensor time series (STAMP).

The runtime side of this package needs only numpy. Everything that needs PyTorch lives in
`stampcodec.train` and is imported lazily, so `import stampcodec` never pulls torch in. The
public names below load on first use too, so that the command line can install its signal
handlers before numpy is imported (a Ctrl-C during start-up then exits cleanly as well).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from stampcodec.errors import BundleError, ConfigError, ContainerError, DataError, StampError

if TYPE_CHECKING:
    from stampcodec.codec import Codec, Verification, verify
    from stampcodec.config import StampConfig
    from stampcodec.embedding import get_cmake_dir, get_include, get_sources

__version__ = "0.1.0"

__all__ = ["Codec", "Verification", "verify", "StampConfig", "StampError", "BundleError", "ContainerError", "DataError",
           "ConfigError", "get_include", "get_sources", "get_cmake_dir", "__version__"]

_LAZY = {"Codec": "stampcodec.codec", "Verification": "stampcodec.codec", "verify": "stampcodec.codec",
         "StampConfig": "stampcodec.config", "get_include": "stampcodec.embedding",
         "get_sources": "stampcodec.embedding", "get_cmake_dir": "stampcodec.embedding"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'stampcodec' has no attribute {name!r}")
