"""Time series forecasting with LLM and agents."""

__all__ = ["AutoResearchForecaster"]

from sktime.forecasting.agentic._autoresearch import AutoResearchForecaster
