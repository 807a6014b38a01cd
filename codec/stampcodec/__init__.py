"""stampcodec: learned multi-scale tokens for multichannel sensor time series (STAMP).

The runtime side of this package needs only numpy. Everything that needs PyTorch lives in
`stampcodec.train` and is imported lazily, so `import stampcodec` never pulls torch in.
"""

from stampcodec.config import StampConfig
from stampcodec.errors import StampError, BundleError, DataError, ConfigError
from stampcodec.codec import Codec, Verification, verify

__version__ = "0.1.0"

__all__ = ["Codec", "Verification", "verify", "StampConfig", "StampError", "BundleError", "DataError", "ConfigError", "__version__"]
