"""sktime - the package for AI with time series.

See https://www.sktime.net/ for documentation and tutorials.
"""

__version__ = "1.2.0"

__all__ = ["show_versions"]

from sktime.utils._maint._show_versions import show_versions
