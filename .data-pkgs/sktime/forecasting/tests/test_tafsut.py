"""Tests for TafsutForecaster.

The direct estimator checks for Tafsut are redundant with the generic sktime
estimator validation, so no bespoke behavioral tests remain here.
"""
