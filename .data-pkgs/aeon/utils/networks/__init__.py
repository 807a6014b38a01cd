"""Utils for tensorflow_addons."""
