"""Benchmarking interface for use with sktime objects."""

import logging
import warnings
from dataclasses import dataclass, field

import pandas as pd

from sktime.base import BaseEstimator
from sktime.benchmarking._benchmarking_dataclasses import (
    ResultObject,
    TaskObject,
)
from sktime.benchmarking._results_persistence import BenchmarkResultsPersistence
from sktime.benchmarking._utils import _check_id_format
from sktime.catalogues.base import BaseCatalogue
from sktime.registry import scitype
from sktime.utils.unique_str import _make_strings_unique

# Scitype groupings — defined once, used everywhere
_DATASET_SCITYPES = {"dataset_classification", "dataset_forecasting"}
_METRIC_SCITYPES = {"metric_forecasting", "metric_tabular", "metric_proba_tabular"}
_SPLITTER_SCITYPES = {"splitter", "splitter_tabular"}
_ESTIMATOR_SCITYPES = {"classifier", "forecaster", "regressor"}

# Maps scitype → which collection to add to (for single objects)
_SCTYPE_TO_COLLECTION = {
    **dict.fromkeys(_DATASET_SCITYPES, "_datasets"),
    **dict.fromkeys(_METRIC_SCITYPES, "_metrics"),
    **dict.fromkeys(_SPLITTER_SCITYPES, "_cv_splitters"),
}

logger = logging.getLogger(__name__)


def _is_initialised_estimator(estimator: BaseEstimator) -> bool:
    """Check if estimator is initialised BaseEstimator object."""
    if isinstance(estimator, BaseEstimator):
        return True
    return False


def _check_estimators_type(objs: dict | list | BaseEstimator) -> None:
    """Check if all estimators are initialised BaseEstimator objects.

    Raises
    ------
    TypeError
        If any of the estimators are not BaseEstimator objects.
    """
    if isinstance(objs, BaseEstimator):
        objs = [objs]
    items = objs.values() if isinstance(objs, dict) else objs
    compatible = all(_is_initialised_estimator(estimator) for estimator in items)
    if not compatible:
        raise TypeError(
            "One or many estimator(s) is not an initialised BaseEstimator "
            "object(s). Please instantiate the estimator(s) first."
        )


def _get_dataset_name(dataset_loader):
    """Derive dataset name from a dataset loader or instance."""
    if callable(dataset_loader) and hasattr(dataset_loader, "__name__"):
        return dataset_loader.__name__
    elif isinstance(dataset_loader, type):
        return dataset_loader().get_tags().get("name")
    elif hasattr(dataset_loader, "get_tags"):
        return dataset_loader.get_tags().get("name")
    else:
        return "_"


def _coerce_estimator_and_id(estimators, estimator_id=None):
    """Coerce estimators to a dict with estimator_id as key and estimator as value.

    Parameters
    ----------
    estimators : dict, list or BaseEstimator object
        Estimator to coerce to a dict.
    estimator_id : str, optional (default=None)
        Identifier for estimator. If none given then uses estimator's class name.

    Returns
    -------
    estimators : dict
        Dict with estimator_id as key and estimator as value.
    """
    _check_estimators_type(estimators)
    if isinstance(estimators, dict):
        return estimators
    elif isinstance(estimators, list):
        return {estimator.__class__.__name__: estimator for estimator in estimators}
    elif _is_initialised_estimator(estimators):
        estimator_id = estimator_id or estimators.__class__.__name__
        return {estimator_id: estimators}
    else:
        raise TypeError(
            "estimator must be of a type a dict, list or an initialised "
            f"BaseEstimator object but received {type(estimators)} type."
        )


@dataclass
class FailedExperimentRecord:
    """Record of a failed task-estimator pair during benchmark execution.

    Parameters
    ----------
    task_id : str
        Identifier of the task that failed.
    model_id : str
        Identifier of the estimator that failed.
    exception_type : str
        Name of the exception type raised.
    exception_message : str
        Message of the exception raised.
    """

    task_id: str
    model_id: str
    exception_type: str
    exception_message: str


@dataclass
class BenchmarkingResults:
    """Utility for writing and loading benchmark results to and from disk.

    ``BenchmarkingResults`` is the in-memory representation of a persisted benchmark
    results file. On construction it loads any data already stored at provided
    ``path`` — either from a completed output file or from crash-safe partial
    checkpoints left by an interrupted run (``{path}.parts/``).

    The primary user-facing entry point is `to_df`, which returns the same
    flat summary table produced by ``BaseBenchmark.run()``.

    For structured access to individual experiments, use the ``results``
    attribute, which holds a list of `ResultObject` instances.

    During benchmark runs, internally ``BaseBenchmark.run()`` uses
    ``BenchmarkingResults`` as a mutable container while experiments execute:
    it skips completed task-model pairs (checked using ``_contains``), appends
    new results with incremental checkpointing (using ``_update``),
    and writes the final output file (using ``_save``). These methods are not
    part of the public API.

    All file I/O is delegated to `BenchmarkResultsPersistence`.

    Parameters
    ----------
    path : str or None
        Path to the benchmark results file (e.g. ``"results.json"``).
        Must refer to a file, not a directory; the file extension determines
        the final storage format (``.json``, ``.csv``, or ``.parquet``).
        When ``None``, results are kept in memory only and no file I/O
        occurs.
    results : list of ResultObject, optional
        In-memory result list. Overwritten on init by loading from persistence
        when saved data exists at ``path`` or in its checkpoint directory.

    Examples
    --------
    >>> from sktime.benchmarking import BenchmarkingResults
    >>> df = BenchmarkingResults("results.csv").to_df()
    """

    path: str
    results: list[ResultObject] = field(default_factory=list)

    def __post_init__(self):
        """Initialise persistence and load any previously saved results."""
        self._persistence = BenchmarkResultsPersistence(self.path)
        self.results = self._persistence.load()

    def _update(self, new_result):
        """Add or replace a result and checkpoint it to disk.

        If a result with the same ``task_id`` and ``model_id`` already exists,
        it is replaced in memory. The new result is also written to incremental
        checkpoint storage so progress survives crashes.

        Parameters
        ----------
        new_result : ResultObject
            A completed experiment result.
        """
        self.results = [
            result
            for result in self.results
            if not (
                result.task_id == new_result.task_id
                and result.model_id == new_result.model_id
            )
        ]
        # Append new `ResultObject` to in-memory storage
        self.results.append(new_result)
        self._persistence.persist_result(new_result)

    def _save(self):
        """Write all results to the final output file at ``path``.

        Persists the complete in-memory result set in the format determined
        by the file extension of ``path`` and removes
        incremental checkpoint files in ``{path}.parts/``. No operation when
        ``path`` is ``None``.
        """
        self._persistence.save_final(self.results)

    def _contains(self, task_id: str, model_id: str):
        """Check whether a task-model result is present in memory.

        Parameters
        ----------
        task_id : str
            Task identifier.
        model_id : str
            Model (estimator) identifier.

        Returns
        -------
        bool
            ``True`` if a result for the given ``task_id`` and ``model_id``
            exists in the in-memory result list.
        """
        return any(
            result.task_id == task_id and result.model_id == model_id
            for result in self.results
        )

    def to_df(self):
        """Convert in-memory results to a summary pandas DataFrame.

        Returns
        -------
        pandas.DataFrame
            Aggregated benchmark metrics per task-model pair. Empty when
            no results are stored.
        """
        if not self.results:
            return pd.DataFrame()
        results_df = [result.to_dataframe() for result in self.results]
        df = pd.concat(results_df, axis=0, ignore_index=True)
        if {"pred_time_mean", "fit_time_mean"}.issubset(df.columns):
            df["runtime_secs"] = df["pred_time_mean"] + df["fit_time_mean"]
        return df


class _SktimeRegistry:
    """Register an entity by ID.

    IDs should remain stable over time and should be guaranteed to resolve to
    the same entity dynamics (or be desupported).
    """

    def __init__(self, entity_id_format: str = ""):
        self.entity_id_format = entity_id_format
        self.entities = {}

    def register(self, entity_id, entity: BaseEstimator | TaskObject):
        """Register an entity.

        Parameters
        ----------
        entity_id : str
            A unique entity ID. If an entity with the same ID is already
            registered, a unique suffix (e.g., ``"_2"``) is appended and
            a ``UserWarning`` is issued.
        entity : BaseEstimator or TaskObject
            The entity to register.
        """
        entity_id_unique = _make_strings_unique(list(self.entities.keys()), entity_id)
        _check_id_format(self.entity_id_format, entity_id_unique)
        if entity_id != entity_id_unique:
            warnings.warn(
                message=f"Entity with ID [id={entity_id}] already registered, "
                + f"new id is {entity_id_unique}",
                category=UserWarning,
                stacklevel=2,
            )
        self.entities[entity_id_unique] = entity


class BaseBenchmark:
    """Base class for benchmarks.

    A benchmark consists of a set of tasks and a set of estimators.

    Parameters
    ----------
    id_format: str, optional (default=None)
        A regex used to enforce task/estimator ID to match a certain format
        if None, no format is enforced on task/estimator ID

    backend : string, by default "None".
        Parallelization backend to use for runs.

        - "None": executes loop sequentially, simple list comprehension
        - "loky", "multiprocessing" and "threading": uses ``joblib.Parallel`` loops
        - "joblib": custom and 3rd party ``joblib`` backends, e.g., ``spark``
        - "dask": uses ``dask``, requires ``dask`` package in environment
        - "dask_lazy": same as "dask", but changes the return to (lazy)
            ``dask.dataframe.DataFrame``.
        - "ray": uses ``ray``, requires ``ray`` package in environment

        Recommendation: Use "dask" or "loky" for parallel evaluate.
        "threading" is unlikely to see speed ups due to the GIL and the
        serialization backend (``cloudpickle``) for "dask" and "loky" is
        generally more robust than the standard ``pickle`` library used
        in "multiprocessing".

    backend_params : dict, optional
        additional parameters passed to the backend as config.
        Directly passed to ``utils.parallel.parallelize``.
        Valid keys depend on the value of ``backend``:

        - "None": no additional parameters, ``backend_params`` is ignored
        - "loky", "multiprocessing" and "threading": default ``joblib`` backends
          any valid keys for ``joblib.Parallel`` can be passed here, e.g., ``n_jobs``,
          with the exception of ``backend`` which is directly controlled by
          ``backend``. If ``n_jobs`` is not passed, it will default to ``-1``, other
          parameters will default to ``joblib`` defaults.
        - "joblib": custom and 3rd party ``joblib`` backends, e.g., ``spark``.
          any valid keys for ``joblib.Parallel`` can be passed here, e.g., ``n_jobs``,
          ``backend`` must be passed as a key of ``backend_params`` in this case.
          If ``n_jobs`` is not passed, it will default to ``-1``, other parameters
          will default to ``joblib`` defaults.
        - "dask": any valid keys for ``dask.compute`` can be passed,
          e.g., ``scheduler``

        - "ray": The following keys can be passed:

            - "ray_remote_args": dictionary of valid keys for ``ray.init``
            - "shutdown_ray": bool, default=True; False prevents ``ray`` from shutting
                down after parallelization.
            - "logger_name": str, default="ray"; name of the logger to use.
            - "mute_warnings": bool, default=False; if True, suppresses warnings

    return_data : bool, optional (default=False)
        Whether to return the prediction and the ground truth data in the results.
    """

    def __init__(
        self,
        id_format: str | None = None,
        backend=None,
        backend_params=None,
        return_data=False,
    ):
        self.id_format = id_format
        self.backend = backend
        self.backend_params = backend_params
        self.return_data = return_data
        self.estimators = _SktimeRegistry(id_format)
        self.tasks = _SktimeRegistry(id_format)

        self._datasets = []
        self._cv_splitters = []
        self._metrics = []

        self._failed_experiments: list[FailedExperimentRecord] = []

    def add_estimator(
        self,
        estimator: BaseEstimator,
        estimator_id: str | None = None,
    ):
        """Register an estimator to the benchmark.

        Parameters
        ----------
        estimator : dict, list or BaseEstimator object
            Estimator to add to the benchmark.

            * if ``BaseEstimator``, single estimator. ``estimator_id`` is generated
              as the estimator's class name if not provided.
            * If ``dict``, keys are ``estimator_id``s used to customise identifier ID
              and values are estimators.
            * If ``list``, each element is an estimator. ``estimator_id``s are generated
              automatically using the estimator's class name.

        estimator_id : str, optional (default=None)
            Identifier for estimator. If none given then uses estimator's class name.
        """
        estimators = _coerce_estimator_and_id(estimator, estimator_id)
        for estimator_id, estimator in estimators.items():
            self._add_estimator(estimator, estimator_id)

    def _add_estimator(
        self,
        estimator: BaseEstimator,
        estimator_id: str | None = None,
    ):
        """Register a single estimator to the benchmark.

        Parameters
        ----------
        estimator : BaseEstimator
            A single initialised estimator to add to the benchmark.

        estimator_id : str, optional (default=None)
            Identifier for estimator. If none given then uses estimator's class name.
        """
        estimator = estimator.clone()
        if estimator_id is None:
            estimator_id = estimator.__class__.__name__
        self.estimators.register(entity_id=estimator_id, entity=estimator)

    def _add_task(self, task_id: str, task: TaskObject):
        """Register a task to the benchmark."""
        self.tasks.register(entity_id=task_id, entity=task)

    def add_task(self, *args, **kwargs):
        """Register a task to the benchmark."""
        raise NotImplementedError("This method must be implemented by a subclass.")

    def add(self, *args):
        """Add estimators, task components, full task tuples, or catalogues.

        Objects are interpreted based on their ``scitype`` and added to the
        benchmark accordingly. Multiple objects can be provided in a single call.

        Supported inputs include estimators, datasets, metrics, CV splitters,
        task tuples, and catalogues.

        Parameters
        ----------
        *args : object
            Objects to add. Supported patterns are:

            - estimator
                Estimator with scitype "classifier" or "forecaster".

            - dict
                Dictionary of estimators where keys are custom `estimator_id`s and
                values are the estimators.

            - list
                List of estimators. `estimator_id`s are generated automatically using
                the estimator's class name.

            - dataset
                Object with scitype `dataset_classification` or
                `dataset_forecasting`.

            - metric
                Object with scitype `metric_forecasting`, `metric_tabular`, or
                `metric_proba_tabular`.

            - cv_splitter
                Object with scitype "splitter" or "splitter_tabular".

            - (dataset, metric, splitter)
                Tuple specifying a full task. Must contain exactly one dataset, one
                metric, and one splitter.

            - catalogue
                Instance of ``BaseCatalogue``. All contained objects are added
                recursively.

        Notes
        -----
        - Task tuples are order-invariant; roles are inferred via ``scitype``.
        - Duplicate datasets, metrics, and splitters are ignored.

        Raises
        ------
        TypeError
            If:

            - a tuple has unsupported length (e.g., not length 3 for task tuples)
            - a task tuple does not contain exactly one dataset, metric, and splitter
            - duplicate scitypes are present in a task tuple
            - an object has an unrecognized ``scitype``

        Examples
        --------
        >>> benchmark = ClassificationBenchmark()

        Add an estimator:
        >>> benchmark.add(DummyClassifier())

        Add components individually:
        >>> benchmark.add(ArrowHead())
        >>> benchmark.add(accuracy_score)
        >>> benchmark.add(KFold(n_splits=3))

        Add a task tuple (order does not matter):
        >>> benchmark.add((accuracy_score, ArrowHead(), KFold(n_splits=3)))

        Add a dictionary of estimators with custom IDs:
        >>> benchmark.add(
        ...     {
        ...         "dummy": DummyClassifier(),
        ...         "knn": KNeighborsClassifier(),
        ...     }
        ... )

        Add a list of estimators (IDs generated automatically):
        >>> benchmark.add([DummyClassifier(), KNeighborsClassifier()])

        Add multiple objects:
        >>> benchmark.add(
        ...     {"dummy_1": DummyClassifier()},
        ...     (ArrowHead(), accuracy_score, KFold(n_splits=3)),
        ... )
        """
        for obj in args:
            if isinstance(obj, BaseCatalogue):
                for category in obj.available_categories():
                    for item in obj.get(category, as_object=True):
                        self.add(item)

            elif isinstance(obj, (dict, list)):
                self.add_estimator(obj)

            elif isinstance(obj, tuple):
                self._add_task_tuple(obj)

            else:
                sctype = scitype(obj)
                if sctype in _ESTIMATOR_SCITYPES:
                    self.add_estimator(obj)
                elif sctype in _SCTYPE_TO_COLLECTION:
                    self._add_unique(getattr(self, _SCTYPE_TO_COLLECTION[sctype]), obj)
                else:
                    raise TypeError(
                        f"Unrecognized object type: {type(obj)} (scitype: {sctype})"
                    )

    def _add_task_tuple(self, obj):
        """Parse and register a 3-tuple task (dataset, metric, splitter)."""
        if len(obj) != 3:
            raise TypeError(
                f"Unsupported tuple format of length {len(obj)}. "
                "Expected task tuple of length 3."
            )

        # Map scitype group → (slot_name, collection_attr)
        SLOT_MAP = {
            **dict.fromkeys(_DATASET_SCITYPES, ("dataset", "_datasets")),
            **dict.fromkeys(_METRIC_SCITYPES, ("metric", "_metrics")),
            **dict.fromkeys(_SPLITTER_SCITYPES, ("splitter", "_cv_splitters")),
        }

        slots = {}  # slot_name → item
        for item in obj:
            st = scitype(item)
            if st not in SLOT_MAP:
                raise TypeError(
                    f"Unrecognized object in task tuple: {type(item)} (scitype: {st})"
                )
            slot_name, _ = SLOT_MAP[st]
            if slot_name in slots:
                raise TypeError(f"Multiple {slot_name}s provided in tuple")
            slots[slot_name] = (item, SLOT_MAP[st][1])

        if len(slots) != 3:
            missing = {"dataset", "metric", "splitter"} - slots.keys()
            raise TypeError(f"Task tuple missing: {', '.join(missing)}")

        for item, collection_attr in slots.values():
            self._add_unique(getattr(self, collection_attr), item)

    def _add_unique(self, collection, item):
        if item not in collection:
            collection.append(item)
            self.register_stored_tasks()

    def _make_task_id(self, dataset_loader, cv_splitter):
        """Generate a task ID from a dataset and CV splitter."""
        dataset_name = _get_dataset_name(dataset_loader)
        return (
            f"[dataset={dataset_name}]_[cv_splitter={cv_splitter.__class__.__name__}]"
        )

    @property
    def failed_experiments(self) -> list[FailedExperimentRecord]:
        """Failed task-estimator pairs from the most recent benchmark run."""
        return list(self._failed_experiments)

    def register_stored_tasks(self):
        """Register stored tasks from datasets, metrics, and CV splitters."""
        if not (self._datasets and self._metrics and self._cv_splitters):
            return

        for dataset_loader in self._datasets:
            for splitter in self._cv_splitters:
                task_id = self._make_task_id(dataset_loader, splitter)
                if task_id in self.tasks.entities:
                    continue

                task_kwargs = {
                    "data": dataset_loader,
                    "cv_splitter": splitter,
                    "scorers": self._metrics,
                }
                self._add_task(
                    task_id,
                    TaskObject(**task_kwargs),
                )

    def _check_ready_to_run(self):
        """Check that the benchmark defines at least one experiment to run.

        Estimators and task components may be added incrementally, via
        ``add``, ``add_estimator`` and ``add_task``, so completeness can only
        be established immediately before the run.

        Raises
        ------
        ValueError
            If no estimators are registered, or if no tasks are registered.
            The message names the missing component(s).
        """
        missing = []

        if not self.estimators.entities:
            missing.append(
                "no estimators registered, add one via `add` or `add_estimator`"
            )

        if not self.tasks.entities:
            # Tasks are either registered directly via ``add_task``, or
            # assembled from components by ``register_stored_tasks``. The
            # component collections are only informative in the latter case;
            # an ``add_task`` user leaves them empty by design, but already
            # has tasks and so never reaches this branch.
            absent = [
                name
                for name, collection in (
                    ("dataset", self._datasets),
                    ("metric", self._metrics),
                    ("cv_splitter", self._cv_splitters),
                )
                if not collection
            ]
            detail = f", missing {', '.join(absent)}" if absent else ""
            missing.append(
                f"no tasks registered{detail}. A task requires a dataset, a "
                "metric and a cv_splitter; add the missing component(s) via "
                "`add`, or register a complete task via `add_task`"
            )

        if missing:
            raise ValueError("Benchmark cannot run: " + "; ".join(missing) + ".")

    def _run(self, results_path: str, force_rerun: str | list[str] = "none"):
        """Run benchmarking for all registered tasks and estimators.

        Parameters
        ----------
        results_path : str or None
            Path to the benchmark results file where final output is
            written (e.g. ``"results.csv"``). Must refer to a file,
            not a directory; the file extension selects the storage format.
            When ``None``, results are not persisted to disk.
        force_rerun : str or list of str, optional (default="none")
            Controls re-execution of experiments that already have saved
            results:

            * ``"none"`` — skip task-model pairs with existing results.
            * ``"all"`` — rerun every task-model pair.
            * list of str — rerun only pairs whose ``model_id`` is in the
              list; other existing results are skipped.

        Returns
        -------
        pandas.DataFrame
            Summary of benchmark run.

        Raises
        ------
        ValueError
            If no estimators or no tasks are registered, see
            ``_check_ready_to_run``.
        """
        self._check_ready_to_run()

        results = BenchmarkingResults(path=results_path)
        self._failed_experiments = []

        for task_id, estimator_id, task, estimator in self._generate_experiments():
            if results._contains(task_id, estimator_id) and (
                force_rerun == "none"
                or (isinstance(force_rerun, list) and estimator_id not in force_rerun)
            ):
                logger.info(
                    f"Skipping validation - model: "
                    f"{task_id} - {estimator_id}"
                    ", as found prior result in results."
                )
                continue

            logger.info(f"Running validation - model: {task_id} - {estimator_id}")
            try:
                folds = self._run_validation(task, estimator)
            except Exception as exc:
                failure = FailedExperimentRecord(
                    task_id=task_id,
                    model_id=estimator_id,
                    exception_type=type(exc).__name__,
                    exception_message=str(exc),
                )
                self._failed_experiments.append(failure)
                logger.error(
                    "Validation failed: %s - %s: %s: %s",
                    task_id,
                    estimator_id,
                    failure.exception_type,
                    failure.exception_message,
                )
                continue

            results._update(
                ResultObject(
                    task_id=task_id,
                    model_id=estimator_id,
                    folds=folds,
                )
            )

        self._report_failed_experiments()

        if results_path is not None:
            results._save()
        return results.to_df()

    def _report_failed_experiments(self):
        """Log a summary of failed task-estimator pairs from the current run."""
        if not self._failed_experiments:
            return

        logger.warning(
            "Benchmark completed with %d failed task-estimator pair(s):",
            len(self._failed_experiments),
        )
        for failure in self._failed_experiments:
            logger.warning(
                "  - task=%s, model=%s: %s: %s",
                failure.task_id,
                failure.model_id,
                failure.exception_type,
                failure.exception_message,
            )

    def _generate_experiments(self):
        """Generate experiments for the benchmark.

        Returns a list of tuples with:

        * task_id: str
        * estimator_id: str
        * task: TaskObject
        * estimator: estimator object
        """
        tasks = self.tasks.entities
        estimators = self.estimators.entities
        exps = []
        for task_id, task in tasks.items():
            for estimator_id, estimator in estimators.items():
                exps.append((task_id, estimator_id, task, estimator))
        return exps

    def run(self, output_file: str = None, force_rerun: str | list[str] = "none"):
        """
        Run the benchmarking for all tasks and estimators.

        When ``output_file`` is given, results are written to that file on
        completion and checkpointed incrementally during the run. The file
        extension (``.json``, ``.csv``, or ``.parquet``) selects the final
        storage format; see `get_storage_backend`.

        Parameters
        ----------
        output_file : str or None, optional (default=None)
            Path to the benchmark results file (e.g. ``"results.csv"``).
            Must refer to a file, not a directory. When ``None``, results are
            returned as a DataFrame only and are not saved to disk.
        force_rerun : str or list of str, optional (default="none")
            Controls re-execution of experiments that already have saved
            results:

            * ``"none"`` — skip task-model pairs with existing results.
            * ``"all"`` — rerun every task-model pair.
            * list of str — rerun only pairs whose ``model_id`` is in the
              list; other existing results are skipped.

        Returns
        -------
        pandas.DataFrame
            Summary of benchmark run for all completed experiments.

        Raises
        ------
        ValueError
            If the benchmark defines no experiments to run, i.e. if no
            estimators are registered, or if no tasks are registered because
            a dataset, metric or cv_splitter is missing.
        """
        return self._run(output_file, force_rerun)

    def _run_validation(self, task: TaskObject, estimator: BaseEstimator):
        """Run validation for a single task and estimator."""
        raise NotImplementedError("This method must be implemented by a subclass.")
