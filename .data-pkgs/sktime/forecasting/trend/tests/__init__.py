"""Tests for trend forecasters."""
