"""Tests for vmdpy package."""
