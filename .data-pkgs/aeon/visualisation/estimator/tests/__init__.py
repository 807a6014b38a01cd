"""Testing for estimator specific plotting."""
