"""Deep Learning Forecasting Tests File."""
