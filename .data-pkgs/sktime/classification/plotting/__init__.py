"""Code for creating classifier related plots."""
