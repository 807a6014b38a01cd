# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Tests for tsfel transformers."""
