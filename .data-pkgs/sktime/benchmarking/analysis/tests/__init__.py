"""Tests for post-hoc benchmark evaluators."""
