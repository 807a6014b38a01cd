"""tests for all time series regressors."""
