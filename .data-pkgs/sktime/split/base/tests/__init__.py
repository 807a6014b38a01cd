"""Tests for the splitter base module."""

# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
