"""Tests for creating online ensembles of forecasters."""
