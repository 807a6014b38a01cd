from pvanalytics.util import _fit                          # noqa: F401
from pvanalytics.util import _group                        # noqa: F401
from pvanalytics.util._functions import freq_to_timedelta  # noqa: F401
