"""The tuned numbers of the corpus stage, in one place.

Two candidate events are one event when their pair score reaches THRESHOLD and nothing rules it
out (the hard constraints in scoring.py). The score adds what agrees and subtracts what disagrees:

    people:  the same named people +2.0, one set inside the other +1.5, one person in common and
             the other party unnamed +0.75; the same two states, no names +1.0
    date:    the same day +2.0; a day apart (time zones) +0.5; a month or year holding the day +0.5; an undated
             report's weekday on the dated one's day +1.0, a day from it +0.5
    place:   the same city +1.0 (two calls told to the day, neither placed, count as the same place, and so
             does an undated call on the weekday of a dated one); another
             city of the same country -1.5; another country -2.0
    text:    +1.5 x the cosine of the TF-IDF vectors of their sentences

A report that names no one ("the heads of the two countries met in Peru") joins the best-scoring
event that names people when that score reaches UNNAMED_THRESHOLD, and a report with no date the
best-scoring dated event of its people when it reaches UNDATED_THRESHOLD; in both cases only if
the runner-up trails by UNDATED_MARGIN.

Fitted on news-dev (`scripts/fit_merge.py` prints the figures for a grid of thresholds).
"""
from __future__ import annotations

W_PEOPLE_SAME = 2.0
W_PEOPLE_SUBSET = 1.5
W_PEOPLE_ONE = 0.75
W_STATES = 1.0
W_DATE_SAME = 2.0
W_DATE_NEAR = 0.5
W_DATE_WEEKDAY = 1.0        # an undated report's weekday that is the weekday of a dated one's day
W_DATE_COARSE = 0.5
W_PLACE_SAME = 1.0
W_PLACE_OTHER_CITY = -1.5
W_PLACE_OTHER_COUNTRY = -2.0
W_TEXT = 1.5

THRESHOLD = 3.0
UNDATED_THRESHOLD = 2.0
UNNAMED_THRESHOLD = 1.5
UNDATED_MARGIN = 0.5

# an undated report whose dateline gives a day and month tells a meeting of its days ("on Thursday") within this many
# days of it
DATELINE_REACH_DAYS = 8
DAY_WINDOW = 1              # days apart that may still be one meeting (time zones, late reports)
# around a new candidate, the dated candidates of its blocks merged again: all it may pair with (a
# day either side, and the month or year a coarse date covers), and through their events all
# that its joining may regroup; wider windows (40 days before) only re-read more of a busy dyad
AFFECTED_WINDOW_DAYS = DAY_WINDOW + 1
# a report dated only by its publication ("has met", no day in the text) tells that the meeting had happened by then:
# in fusing, it supports the day another report tells (explicit or relative) up to this many days before (a meeting on
# Monday evening in Washington, published on Tuesday morning in Sydney or two days later)
FALLBACK_REACH_DAYS = 2
# of two days with as many reports, the one a report tells by its date ("March 19") wins over one told by a weekday or
# a word ("last Tuesday", misread from a list of days): a tie-break, below a report's weight (fuse._best_date)
TOLD_BY_DATE = 0.05
# a merged undated report is read again when a new report of its keys could score within this of the floor of its
# choice of event (clustering.Choice): the floor was scored with the words of another set (TF-IDF weights differ)
STIR_SLACK = 0.25
GIVEN_NAME_RATIO = 80       # rapidfuzz ratio of given names of one person ("Emmanuel" / "Emanuel")
# a person's country, as a report gives it, counts twice where its text tells it and once where it is inferred: from
# the actor file, or from the article's two states ("the other state of the article, met by the official of one",
# "counterpart of a Japanese official, ...": extract.actors, extract.meeting_frames)
INFERRED_COUNTRY = ("actor file", "the other state of the article", "counterpart of a")
# an undated article is dated through its lead meeting's event; through another of its meetings with the lead's people
# (merge._lead_candidates) only where its lead's event gives no day: such a claim ranks this far below
COMPANION_CLAIM = 1000
# a meeting ahead told within this many characters of an article's start (its headline and first paragraph), before
# any meeting held, may lead a preview (merge._lead_candidates)
PREVIEW_OPENING_CHARS = 400
