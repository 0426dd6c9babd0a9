"""The date engine: find time expressions in English news and normalise them (TimeML TIMEX3).

    from parley.time import tag
    tag("They met on Saturday.", anchor=date(2023, 11, 26))   # -> [Timex(... value='2023-11-25')]
"""
from .resolve import coarse_spec, dates_overlap, resolve, tells_day, value_to_date_range
from .tagger import Timex, tag
from .tense import direction_of

__all__ = ["Timex", "tag", "resolve", "direction_of", "value_to_date_range", "dates_overlap", "coarse_spec"]
