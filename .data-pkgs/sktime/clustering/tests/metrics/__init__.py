"""Tests for clustering metric."""
