#!/usr/bin/env python3 -u
# copyright: sktime developers, BSD-3-Clause License (see LICENSE file)
"""Unit tests of Differencer functionality."""

__author__ = ["RNKuhns", "fkiraly", "ilkersigirci"]
__all__ = []

import numpy as np
import pandas as pd
import pytest

from sktime.datasets import load_airline
from sktime.tests.test_switch import run_test_for_class
from sktime.transformations.difference import Differencer
from sktime.utils._testing.estimator_checks import _assert_array_almost_equal

y_airline = load_airline()
y_airline_df = pd.concat([y_airline, y_airline], axis=1)
y_airline_df.columns = ["Passengers 1", "Passengers 2"]

test_cases = [y_airline, y_airline_df]
lags_to_test = [1, 12, (3), [5], np.array([7]), (8, 3), [1, 12], np.array([5, 7, 1])]


y_simple = pd.DataFrame({"a": [1, 3, -1.5, -7]})
y_simple_expected_diff = {
    "drop_na": pd.DataFrame({"a": [2, -4.5, -5.5]}),
    "keep_na": pd.DataFrame({"a": [np.nan, -4.5, -5.5]}),
    "fill_zero": pd.DataFrame({"a": [0, -4.5, -5.5]}),
}


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
@pytest.mark.parametrize("na_handling", Differencer.VALID_NA_HANDLING_STR)
def test_differencer_produces_expected_results(na_handling):
    """Test that Differencer produces expected results on a simple DataFrame."""
    transformer = Differencer(na_handling=na_handling)
    y_transformed = transformer.fit_transform(y_simple)
    y_expected = y_simple_expected_diff[na_handling]

    _assert_array_almost_equal(y_transformed, y_expected)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
@pytest.mark.parametrize("na_handling", Differencer.VALID_NA_HANDLING_STR)
@pytest.mark.parametrize("lags", lags_to_test)
def test_differencer_transform_memory(na_handling, lags):
    """Test that Differencer remembers data seen in fit.

    We will create three transformed data, with the same lags, and different
    na_handling. All should be the same, because:

    * the Differencer should remember data seen in fit
    * the values affected by na_handling are cut off at the start of the series
    """
    y_airline = load_airline()
    y_airline_start = y_airline[:-24]
    y_airline_end = y_airline[-24:]

    transformer = Differencer(na_handling=na_handling, lags=lags)
    transformer.fit(y_airline_start)
    yt_separate = transformer.transform(y_airline_end)
    yt_together_trafo = transformer.transform(y_airline)[-24:]
    yt_together_fit = transformer.fit_transform(y_airline)[-24:]

    _assert_array_almost_equal(yt_separate, yt_together_trafo)
    _assert_array_almost_equal(yt_separate, yt_together_fit)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
@pytest.mark.parametrize("y", test_cases)
@pytest.mark.parametrize("lags", lags_to_test)
@pytest.mark.parametrize("index_type", ["int", "datetime"])
def test_differencer_same_series(y, lags, index_type):
    """Test transform against inverse_transform."""
    if index_type == "int":
        y = y.reset_index(drop=True)
    transformer = Differencer(lags=lags, na_handling="drop_na")
    y_transform = transformer.fit_transform(y)
    y_reconstructed = transformer.inverse_transform(y_transform)

    # Reconstruction should return the reconstructed series for same indices
    # that are in the `Z` timeseries passed to inverse_transform
    _assert_array_almost_equal(y.loc[y_reconstructed.index], y_reconstructed)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
@pytest.mark.parametrize("na_handling", ["keep_na", "fill_zero"])
@pytest.mark.parametrize("y", test_cases)
@pytest.mark.parametrize("lags", lags_to_test)
@pytest.mark.parametrize("index_type", ["int", "datetime"])
def test_differencer_remove_missing_false(y, lags, na_handling, index_type):
    """Test transform against inverse_transform."""
    if index_type == "int":
        y = y.reset_index(drop=True)

    transformer = Differencer(lags=lags, na_handling=na_handling)
    y_transform = transformer.fit_transform(y)

    # if na_handling is fill_zero, get rid of the zeros for reconstruction
    if na_handling == "fill_zero":
        y_transform = y_transform[24:]
        y = y[24:]

    y_reconstructed = transformer.inverse_transform(y_transform)

    _assert_array_almost_equal(y, y_reconstructed)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
@pytest.mark.parametrize("y", test_cases)
@pytest.mark.parametrize("lags", lags_to_test)
@pytest.mark.parametrize("index_type", ["int", "datetime"])
def test_differencer_prediction(y, lags, index_type):
    """Test transform against inverse_transform."""
    if index_type == "int":
        y = y.reset_index(drop=True)

    y_train = y.iloc[:-12].copy()
    y_true = y.iloc[-12:].copy()

    transformer = Differencer(lags=lags, na_handling="drop_na")
    y_transform = transformer.fit_transform(y)

    # Use the actual transformed values as predictions since we know we should
    # be able to convert them to the units of the original series and exactly
    # match the y_true values for this period
    y_pred = y_transform.iloc[-12:].copy()

    # Redo the transformer's fit and transformation
    # Now the transformer doesn't know anything about the values in y_true
    # This simulates use-case with a forecasting pipeline
    y_transform = transformer.fit_transform(y_train)

    y_pred_inv = transformer.inverse_transform(y_pred)

    _assert_array_almost_equal(y_true, y_pred_inv)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
def test_differencer_cutoff():
    """Tests a special case that triggers freq inference.

    Failure mode:
    raises ValueError "Must supply freq for datetime value"
    on line "fh = ForecastingHorizon(etc" in Differencer._check_inverse_transform_index
    """
    from sktime.datasets import load_longley
    from sktime.forecasting.compose import TransformedTargetForecaster, YfromX
    from sktime.forecasting.model_selection import ForecastingGridSearchCV
    from sktime.split import ExpandingWindowSplitter, temporal_train_test_split
    from sktime.transformations.difference import Differencer

    y, X = load_longley()

    # split train/test both y and X
    fh = [1, 2]
    train_model, _ = temporal_train_test_split(y, fh=fh)
    X_train = X[X.index.isin(train_model.index)]

    # pipeline
    pipe = TransformedTargetForecaster(
        steps=[
            ("differencer", Differencer(na_handling="fill_zero")),
            ("myforecaster", YfromX.create_test_instance()),
        ]
    )

    # cv setup
    N_cv_fold = 1
    step_cv = 1
    cv = ExpandingWindowSplitter(
        initial_window=len(train_model) - (N_cv_fold - 1) * step_cv - len(fh),
        step_length=step_cv,
        fh=fh,
    )

    param_grid = [{"differencer__na_handling": ["fill_zero"]}]

    # grid search
    gscv = ForecastingGridSearchCV(
        forecaster=pipe,
        cv=cv,
        param_grid=param_grid,
        verbose=1,
        error_score="raise",
    )

    # fit
    gscv.fit(train_model, X=X_train)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
@pytest.mark.parametrize("lags", lags_to_test)
@pytest.mark.parametrize("index_type", ["int", "datetime"])
def test_inverse_train_data_fill_zero(lags, index_type):
    y = y_airline
    if index_type == "int":
        y = y.reset_index(drop=True)
    diff = Differencer(lags).fit(y)
    result = diff.inverse_transform(diff.transform(y))
    _assert_array_almost_equal(result, y)


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
def test_differencer_inverse_does_not_memorize():
    """Tests that differencer inverse always computes inverse via cumsum.

    Test case by ilkersigirci in #3345 (simplified)

    Failure mode:
    previous versions "remembered" the fit data, which can lead to unexpected
    output in the case of pipelining forecasters with a Differencer, see # 3345
    """
    import numpy as np

    from sktime.forecasting.base import ForecastingHorizon
    from sktime.forecasting.naive import NaiveForecaster
    from sktime.split import temporal_train_test_split
    from sktime.transformations.difference import Differencer

    y = load_airline()

    y_train, y_test = temporal_train_test_split(y=y, test_size=30)
    fh_out = np.arange(1, len(y_test) + 1)
    fh_ins = ForecastingHorizon(y_train.index, is_relative=False)[1:]

    pipe = Differencer() * NaiveForecaster()

    pipe.fit(y=y_train)
    pipe_ins = pipe.predict(fh=fh_ins)
    pipe.predict(fh=fh_out)

    naive_model = NaiveForecaster()
    naive_model.fit(y=y_train)
    model_ins = naive_model.predict(fh=fh_ins)
    naive_model.predict(fh=fh_out)

    # pipe output should not be similar to train input
    assert not np.allclose(y_train[1:].to_numpy(), pipe_ins.to_numpy())

    # pipe output should be similar to model output
    assert np.allclose(pipe_ins.to_numpy(), model_ins.to_numpy())
    # (first element can be different)

    # model output should not be similar to train input
    assert not np.allclose(y_train[1:].to_numpy(), model_ins.to_numpy())


@pytest.mark.skipif(
    not run_test_for_class(Differencer),
    reason="run test only if softdeps are present and incrementally (if requested)",
)
def test_dropna_pipeline():
    """Test that Differencer works in a pipeline with a forecaster.

    Failure case of #7076.
    """
    from sklearn.linear_model import ElasticNetCV

    from sktime.datasets import load_longley
    from sktime.forecasting.compose import (
        ForecastingPipeline,
        TransformedTargetForecaster,
        YfromX,
    )

    # Load the data
    y, X = load_longley()

    # Create separate transformers for y and X
    transformer = Differencer(na_handling="drop_na")

    # Define the TransformedTargetForecaster for y
    pipe_y = TransformedTargetForecaster(
        steps=[
            ("transform_y", transformer),
            ("forecaster", YfromX(estimator=ElasticNetCV(max_iter=50000))),
        ]
    )

    # Create the ForecastingPipeline for y and X
    pipe_yX = ForecastingPipeline(
        steps=[("transform_X", transformer), ("pipe_y", pipe_y)]
    )

    # Fit the pipeline to your data
    pipe_yX.fit(y=y.iloc[:-1], X=X.iloc[:-1, :])

    # Predict
    y_pred = pipe_yX.predict(fh=[1], X=X.iloc[-1:, :])
    assert len(y_pred) == 1
