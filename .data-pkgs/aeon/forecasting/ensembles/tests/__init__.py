"""Tests for ensemble forecasters."""
