"""Tests for selecting regression models."""
