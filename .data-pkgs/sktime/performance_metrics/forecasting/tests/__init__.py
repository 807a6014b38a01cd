"""Tests for sktime performance metrics module."""
