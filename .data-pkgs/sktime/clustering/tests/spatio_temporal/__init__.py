"""Tests for spatio-temporal clustering."""
