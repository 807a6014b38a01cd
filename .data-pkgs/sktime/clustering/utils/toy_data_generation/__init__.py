"""Generate toy spatio-temporal data."""
