"""Tests for classification tuners."""
