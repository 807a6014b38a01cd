"""Tests for segmentation."""
