"""Tests for clustering compositors."""
