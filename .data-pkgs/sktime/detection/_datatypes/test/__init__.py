"""Tests for utilities for checks and conversions for detection outputs."""
