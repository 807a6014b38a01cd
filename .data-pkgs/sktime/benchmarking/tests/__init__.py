"""Tests for sktime.benchmarking module."""
