from pvanalytics.features import clearsky  # noqa: F401
from pvanalytics.features import clipping  # noqa: F401
from pvanalytics.features import shading   # noqa: F401
