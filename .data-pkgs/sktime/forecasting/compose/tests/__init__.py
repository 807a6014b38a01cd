"""Tests for composite forecasters."""
