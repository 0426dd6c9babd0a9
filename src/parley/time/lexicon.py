"""Words of English time expressions, and regex fragments built from them."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3,
    "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
# the step of a year, week or quarter "last", "this" or "next" names
REL_STEP = {"last": -1, "this": 0, "next": 1}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "overnight": "TNI"}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5, "dozen": 12, "a dozen": 12,
}
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "a number of", "numerous", "the coming",
                 "coming", "the past few", "past few", "the last few", "last few", "the next few", "next few"}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


def alt(words) -> str:
    """A regex alternation, longest first (so "september" wins over "sep")."""
    return "(?:" + "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True)) + ")"


MONTH_RX = r"(?:" + alt(k for k in MONTHS) + r")\.?"
MONTH_FULL_RX = alt(k for k in MONTHS if len(k) > 3 or k == "may")
WEEKDAY_RX = alt(k for k in WEEKDAYS if len(k) > 3)      # full names only: "sat"/"sun" are words
SEASON_RX = alt(SEASONS)
POD_RX = alt(PARTS_OF_DAY)
NUMWORD_RX = alt(k for k in NUMBERS)
VAGUE_RX = alt(VAGUE_NUMBERS)
DECADE_WORD_RX = alt(DECADE_WORDS)

# Verbs in the past tense that are not regular -ed forms (for the tense of "met on Saturday").
IRREGULAR_PAST = set("""
met held said told made took gave went came saw left spoke began won lost sent brought bought
thought found kept led meant paid put read ran set sat stood struck wrote drove flew fell felt fought
got grew heard hit hung knew laid lay let rode rose shook shot shut sang slept sold stole swore threw
understood woke wore withdrew undertook overtook forbade forgave forgot froze hid bit blew broke chose
did drew drank ate arose became bore beat bent bet bound bled bred built burnt burst cast caught clung cost
crept cut dealt dug fed fled flung forsook hurt knelt leapt lent lit mistook quit rang sought shone shrank
slid slung spent spun split spread sprang stuck stung stank strode strove swept swam swung taught tore
wept wound wrung was were had
""".split())
NOT_PAST_ED = {"need", "speed", "seed", "proceed", "exceed", "succeed", "indeed", "feed", "bed", "red", "shed",
               "wed", "led", "fled", "ahead", "instead", "hundred", "bred", "embed", "deed", "breed", "greed",
               "weed", "sled", "naked", "wicked", "sacred", "kindred", "unprecedented"}
# the only words in lower case that may follow "the 10th" as a day of the month ("on the 10th, when ...", "the 10th and
# 11th", "the 10th of May"): any other makes it an ordinal of that word ("the 10th retreat", "the 5th round")
DAY_ORDINAL_FOLLOWERS = ("and|or|to|through|thru|till|until|when|at|in|on|of|with|for|as|after|before|but|by|from|this|"
                         "next|last|was|is|will|would|he|she|they|it|we|the|a|an|that|which|where|while|during|so|then|"
                         "morning|afternoon|evening|night|there|here|i")

# Every match of a rule contains one of its trigger words; one scan finds the triggers and each
# rule runs only where a match could start: shortly before a trigger it needs (most sentences
# have no time expression at all).
RULE_TRIGGERS = {
    "UNIT": "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight "
            "fortnights month months quarter quarters qtr year years decade decades century centuries half period "
            "year-ago yearago year-earlier prior-year previous-year year-end",
    "MONTH": "jan january feb february mar march apr april may jun june jul july aug august sep sept september "
             "oct october nov november dec december",
    "WEEKDAY": "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays "
               "fridays saturdays sundays",
    "DECADE": "twenties thirties forties fifties sixties seventies eighties nineties",
    "DECADE_NUM": "nineteen thousand",
    "FISCAL": "fiscal fy",
    "DEICTIC": "today tonight yesterday tomorrow now nowadays currently present days past recently earlier lately "
               "time while ago future term possible eventually current overnight",
    "POD": "morning afternoon evening night eve",
    "SEASON": "spring summer fall autumn winter",
    "HOLIDAY": "christmas year's year’s valentine's valentine’s halloween independence national republic victory "
               "bastille boxing armistice "
               "veterans patrick's patrick’s thanksgiving election easter",
    "CLOCK": "am pm a.m a.m. p.m p.m. o'clock noon midnight midday",
    "SET": "daily weekly monthly yearly annually hourly nightly every each per",
}

# a headline of a journey ahead, with no verb, up to the mark before what it tells: "Meloni to Washington: meeting
# with Trump on Thursday" (case-sensitive: names; time/tense.py, extract/cues.HEADLINE_FUTURE)
JOURNEY_HEADLINE_RX = r"\W*(?:[A-Z][\w'’.-]*\s+){1,3}to\s+(?:[A-Z][\w'’.-]*\s*){1,3}"
