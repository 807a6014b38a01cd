"""Tests for agentic forecasters."""
