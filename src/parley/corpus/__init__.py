"""Corpus stage: merge candidate events into events; build the timeline."""
