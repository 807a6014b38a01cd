"""Test benchmarking using dummy catalogues."""

import pandas as pd
import pytest

from sktime.benchmarking.classification import ClassificationBenchmark
from sktime.benchmarking.forecasting import ForecastingBenchmark
from sktime.catalogues import (
    DummyClassificationCatalogue,
    DummyForecastingCatalogue,
)
from sktime.tests.test_switch import run_test_module_changed


@pytest.mark.skipif(
    not run_test_module_changed("sktime.catalogues"),
    reason="run test only if catalogues module has changed",
)
def test_benchmarking_dummy_forecasting_catalogue(tmp_path):
    "Test benchmarking with a dummy forecasting catalogue."
    forecasting_benchmark = ForecastingBenchmark()
    catalogue = DummyForecastingCatalogue()

    forecasting_benchmark.add(catalogue)

    results_file = tmp_path / "forecasting_results.csv"
    results_df = forecasting_benchmark.run(results_file)

    pd.testing.assert_series_equal(
        pd.Series(
            [
                "[dataset=Airline]_[cv_splitter=ExpandingWindowSplitter]",
            ],
            name="validation_id",
        ),
        results_df["validation_id"],
    )


@pytest.mark.skipif(
    not run_test_module_changed("sktime.catalogues"),
    reason="run test only if catalogues module has changed",
)
def test_benchmarking_dummy_classification_catalogue(tmp_path):
    "Test benchmarking with a dummy classification catalogue."
    classification_benchmark = ClassificationBenchmark()
    catalogue = DummyClassificationCatalogue()

    classification_benchmark.add(catalogue)

    results_file = tmp_path / "classification_results.csv"
    results_df = classification_benchmark.run(results_file)

    pd.testing.assert_series_equal(
        pd.Series(
            [
                "[dataset=ArrowHead]_[cv_splitter=KFold]",
            ],
            name="validation_id",
        ),
        results_df["validation_id"],
    )
