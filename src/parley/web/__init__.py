"""The web face of Parley (see app.py)."""
from .app import create_app

__all__ = ["create_app"]
