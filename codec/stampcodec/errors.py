"""Exception types. Every error a user can trigger derives from StampError so the CLI can turn
it into a one-line message and a non-zero exit status."""


class StampError(Exception):
    """Base class for all errors raised on bad input or bad files."""


class ConfigError(StampError, ValueError):
    """An invalid model or training configuration."""


class BundleError(StampError):
    """A model bundle that is missing, truncated, corrupt or of an unknown version."""


class ContainerError(StampError):
    """A token file that is not one, is damaged, or does not fit the model."""


class DataError(StampError, ValueError):
    """Input data that cannot be used (bad CSV cell, wrong shape, empty file, ...)."""
