"""Tests for sktime sample weight generators."""
