# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Implements holidays transformers."""

from sktime.transformations.holiday._holidayfeats import HolidayFeatures
from sktime.transformations.holiday.country_holidays import (
    CountryHolidaysTransformer,
)
from sktime.transformations.holiday.financial_holidays import (
    FinancialHolidaysTransformer,
)

__all__ = [
    "CountryHolidaysTransformer",
    "FinancialHolidaysTransformer",
    "HolidayFeatures",
]
