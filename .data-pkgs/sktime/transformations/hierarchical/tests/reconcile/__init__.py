"""Test hierarchical transformations"""
