# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Base classes for time series forests."""
