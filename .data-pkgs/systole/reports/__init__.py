from .command_line import wrapper
from .group_level import (
    frequency_domain_group_level,
    nonlinear_domain_group_level,
    time_domain_group_level,
)
from .subject_level import subject_level_report
from .tables import frequency_table, nonlinear_table, time_table
from .utils import create_reports, import_data

__all__ = [
    "wrapper",
    "import_data",
    "create_reports",
    "time_domain_group_level",
    "frequency_domain_group_level",
    "nonlinear_domain_group_level",
    "subject_level_report",
    "time_table",
    "frequency_table",
    "nonlinear_table",
]
