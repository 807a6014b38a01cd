"""Test catalogues."""
