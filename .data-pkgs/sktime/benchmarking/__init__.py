"""Benchmarking module."""

from sktime.benchmarking.benchmarks import BenchmarkingResults

__all__ = ["BenchmarkingResults"]
