"""Faces of the timeline: selection (query.py) and formats (formats.py, html.py)."""
