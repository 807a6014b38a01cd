"""Tests for detection metrics."""
