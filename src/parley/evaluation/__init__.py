"""Scoring Parley against gold standards (pure functions; the API runs the ingests)."""
