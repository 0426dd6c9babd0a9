"""Parley: a verified, deduplicated, source-linked timeline of events between states."""
__version__ = "0.1.0"
