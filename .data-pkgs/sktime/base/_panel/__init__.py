# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Base classes for specific panel estimators, e.g., classifier and regressor."""
