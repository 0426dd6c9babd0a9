"""Parley: a verified, deduplicated, source-linked timeline of events between states."""
__version__ = "0.1.0"


def to_dataframe(db, flt=None, **filters):
    """The timeline of a database as a pandas DataFrame (api.to_dataframe; needs parley[pandas])."""
    from .api import to_dataframe as frame

    return frame(db, flt, **filters)


__all__ = ["__version__", "to_dataframe"]
