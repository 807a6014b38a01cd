"""Tests for numba utils."""

__author__ = ["TonyBagnall"]
