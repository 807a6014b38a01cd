"""Tests for sklearn related utility functionality."""
