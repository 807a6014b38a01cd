"""Implements pairwise and multiple aligners."""
