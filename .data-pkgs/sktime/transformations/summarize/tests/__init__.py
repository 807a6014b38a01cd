"""Tests for summarize panel."""
