"""Profiling harness (installed as stampcodec.profiling): the STAMP paper's App. E.3 protocol for
every decoder backend and for the SAX and ABBA baselines. Entry point: `stampcodec profile`."""
