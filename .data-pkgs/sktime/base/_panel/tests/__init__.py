"""Tests for shared panel estimator base classes."""
