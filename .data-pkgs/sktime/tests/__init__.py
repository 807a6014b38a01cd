"""Tests for sktime module."""
