"""sklearn regressor test code."""
