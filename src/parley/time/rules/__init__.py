"""The tagger's rules, one module per family, each rule a builder registered with `@rule` (registry.py)
beside its example phrases. Importing the package registers them all, in this order, which is the order
the engine (time/tagger.py) tries them in."""
from . import absolute, deictic, fiscal, clock, durations  # noqa: F401  (registers the rules, in this order)
from .registry import RULE_LEAD, RULE_NEEDS, RULES, Builder, Match

__all__ = ["RULES", "RULE_LEAD", "RULE_NEEDS", "Builder", "Match"]
