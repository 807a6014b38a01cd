"""Tests for sktime.dist_kernels module."""
