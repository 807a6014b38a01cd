"""Tests for Mock Estimators."""

__author__ = ["ltsaprounis"]
