"""Tests for subsequence similarity search."""
