"""Trigger words of PLOVER event categories, with the mode they imply.

Verbs are listed in their base form and matched in every inflection; nouns as written. The
category of a few words depends on their arguments and is settled in events.py ("protested"
by a government is ACCUSE, by demonstrators PROTEST; "will meet" is a planned CONSULT, which
PLOVER codes AGREE).
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from ..time.lexicon import MONTHS, WEEKDAYS


@dataclass(frozen=True, slots=True)
class Trigger:
    category: str
    mode: str | None = None
    noun: bool = False
    speech: bool = False        # also a verb of saying (statements keep their content)
    parties: bool = False       # an event only with its parties ("their dinner", "an encounter between")


IRREGULAR = {
    "meet": ["met"], "hold": ["held"], "speak": ["spoke", "spoken"], "seek": ["sought"], "send": ["sent"],
    "give": ["gave", "given"], "take": ["took", "taken"], "strike": ["struck", "stricken"], "shoot": ["shot"],
    "withdraw": ["withdrew", "withdrawn"], "fight": ["fought"], "lead": ["led"], "begin": ["began", "begun"],
    "tell": ["told"], "say": ["said"], "make": ["made"], "bring": ["brought"], "break": ["broke", "broken"],
    "sell": ["sold"], "forbid": ["forbade", "forbidden"], "undertake": ["undertook", "undertaken"],
    "put": ["put"], "cut": ["cut"], "set": ["set"], "let": ["let"], "shut": ["shut"], "quit": ["quit"],
    "bid": ["bid"], "beat": ["beaten"], "lay": ["laid"], "sit": ["sat"], "fly": ["flew", "flown"],
    "win": ["won"], "keep": ["kept"], "leave": ["left"], "overrun": ["overran"], "rebuild": ["rebuilt"],
    "pay": ["paid"], "stand": ["stood"], "throw": ["threw", "thrown"], "draw": ["drew", "drawn"],
    "see": ["saw", "seen"], "go": ["went", "gone"], "come": ["came"], "ride": ["rode"], "wound": ["wounded"],
    "shake": ["shook", "shaken"], "eat": ["ate", "eaten"], "drink": ["drank", "drunk"], "show": ["shown", "showed"],
    "spend": ["spent"],
}
DOUBLE = {"begin", "sit", "put", "cut", "set", "let", "shut", "quit", "bid", "ban", "expel", "ship", "plan", "stop",
          "drop", "rebut", "compel", "propel", "commit", "admit", "omit", "submit", "regret", "abet", "bar", "jam", "slam", "scrap", "chat", "patrol", "control", "kidnap",
          "rob", "shun", "spur", "stab", "step", "grab", "trap", "wrap", "refer", "prefer", "occur", "confer",
          "deter", "transfer", "veto", "hug", "rip", "spar"}


def forms(verb: str) -> list[str]:
    """Inflections of a regular or listed irregular English verb."""
    v = verb
    out = {v}
    if v.endswith(("ee", "ye", "oe")):
        out |= {v + "s", v + "d", v + "ing"}          # agreeing, freeing, eyeing
    elif v.endswith("e"):
        out |= {v + "s", v + "d", v[:-1] + "ing"}
    elif v.endswith("y") and v[-2:-1] not in "aeiou":
        out |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif v.endswith(("s", "sh", "ch", "x", "z", "o")):
        out |= {v + "es", v + "ed", v + "ing"}
    elif v in DOUBLE:
        out |= {v + "s", v + v[-1] + "ed", v + v[-1] + "ing"}
    else:
        out |= {v + "s", v + "ed", v + "ing"}
    if v.endswith("el"):
        out |= {v + "led", v + "ling"}                # British spelling: travelled, cancelling
    if v in IRREGULAR:
        out -= {v + "ed", v + "d", v + v[-1] + "ed"}
        out |= set(IRREGULAR[v])
    if v == "veto":
        out |= {"vetoes", "vetoed", "vetoing"}
    return sorted(out)


VERBS: dict[str, tuple[str, str | None]] = {
    # CONSULT
    "meet": ("CONSULT", None), "visit": ("CONSULT", "visit"), "host": ("CONSULT", "visit"),
    "receive": ("CONSULT", "visit"), "confer": ("CONSULT", None), "consult": ("CONSULT", None),
    "negotiate": ("CONSULT", None), "discuss": ("CONSULT", None), "review": ("CONSULT", None),
    "telephone": ("CONSULT", "phone"),
    "phone": ("CONSULT", "phone"), "dial": ("CONSULT", "phone"), "convene": ("CONSULT", "multilateral"),
    "mediate": ("CONSULT", "third-party"),
    "welcome": ("SUPPORT", None), "arrive": ("CONSULT", "visit"), "talk": ("CONSULT", None),
    "speak": ("CONSULT", None), "sit": ("CONSULT", None), "travel": ("CONSULT", "visit"),
    "greet": ("CONSULT", "visit"), "accompany": ("CONSULT", "visit"), "dine": ("CONSULT", None),
    # AGREE
    "agree": ("AGREE", None), "pledge": ("AGREE", None), "promise": ("AGREE", None), "vow": ("AGREE", None),
    "offer": ("AGREE", None), "invite": ("AGREE", None), "commit": ("AGREE", None), "propose": ("AGREE", None),
    # SUPPORT
    "support": ("SUPPORT", None), "praise": ("SUPPORT", None), "back": ("SUPPORT", None),
    "endorse": ("SUPPORT", None), "commend": ("SUPPORT", None), "hail": ("SUPPORT", None),
    "sign": ("SUPPORT", None), "ratify": ("SUPPORT", None), "reaffirm": ("SUPPORT", None),
    "resume": ("SUPPORT", None), "establish": ("SUPPORT", None), "upgrade": ("SUPPORT", None),
    "defend": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "normalize": ("SUPPORT", None), "normalise": ("SUPPORT", None), "thank": ("SUPPORT", None),
    "congratulate": ("SUPPORT", None),
    # COOPERATE
    "cooperate": ("COOPERATE", None), "extradite": ("COOPERATE", None),
    # AID
    "aid": ("AID", None), "provide": ("AID", None), "donate": ("AID", None), "evacuate": ("AID", None),
    "rescue": ("AID", None), "supply": ("AID", None),
    # CONCEDE
    "ease": ("CONCEDE", None), "relax": ("CONCEDE", None), "apologize": ("CONCEDE", None),
    "apologise": ("CONCEDE", None), "pardon": ("CONCEDE", None), "concede": ("CONCEDE", None),
    "accept": ("CONCEDE", None), "approve": ("CONCEDE", None), "lift": ("CONCEDE", None),
    # RETREAT
    "release": ("RETREAT", "release"), "free": ("RETREAT", "release"), "withdraw": ("RETREAT", "withdraw"),
    "resign": ("RETREAT", "resign"), "disarm": ("RETREAT", "disarm"),
    # REQUEST
    "urge": ("REQUEST", None), "demand": ("REQUEST", None), "ask": ("REQUEST", None), "press": ("REQUEST", None),
    "appeal": ("REQUEST", None), "request": ("REQUEST", None), "seek": ("REQUEST", None),
    "insist": ("REQUEST", None), "implore": ("REQUEST", None), "push": ("REQUEST", None),
    "pressure": ("REQUEST", None), "pressurize": ("REQUEST", None), "pressurise": ("REQUEST", None),
    "call": ("REQUEST", None),          # "called on X to ...", "called for"; a call on a person is a visit (triggers.trigger_of)
    # ACCUSE
    "accuse": ("ACCUSE", "allege"), "criticize": ("ACCUSE", "disapprove"), "criticise": ("ACCUSE", "disapprove"),
    "condemn": ("ACCUSE", "disapprove"), "denounce": ("ACCUSE", "disapprove"), "blame": ("ACCUSE", "allege"),
    "protest": ("ACCUSE", "disapprove"), "oppose": ("ACCUSE", "disapprove"), "slam": ("ACCUSE", "disapprove"),
    "lambast": ("ACCUSE", "disapprove"), "decry": ("ACCUSE", "disapprove"), "complain": ("ACCUSE", "disapprove"),
    "object": ("ACCUSE", "disapprove"), "allege": ("ACCUSE", "allege"), "sue": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"), "investigate": ("ACCUSE", "investigate"), "probe": ("ACCUSE", "investigate"),
    "inspect": ("ACCUSE", "investigate"), "question": ("ACCUSE", "investigate"), "rebuke": ("ACCUSE", "disapprove"),
    "summon": ("ACCUSE", "disapprove"), "counter": ("REJECT", None), "chide": ("ACCUSE", "disapprove"),
    "castigate": ("ACCUSE", "disapprove"), "scold": ("ACCUSE", "disapprove"), "berate": ("ACCUSE", "disapprove"),
    "reproach": ("ACCUSE", "disapprove"), "confront": ("ACCUSE", "disapprove"), "rip": ("ACCUSE", "disapprove"),
    # REJECT
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "deny": ("REJECT", None), "dismiss": ("REJECT", None),
    "rebuff": ("REJECT", None), "veto": ("REJECT", None), "decline": ("REJECT", None), "rule": ("REJECT", None),
    "spurn": ("REJECT", None), "cancel": ("REJECT", "meet"), "postpone": ("REJECT", "meet"),
    # THREATEN
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    # PROTEST
    "demonstrate": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"), "march": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"), "picket": ("PROTEST", "demo"),
    "block": ("PROTEST", "obstruct"),
    # SANCTION
    "sanction": ("SANCTION", "discontinue"), "expel": ("SANCTION", "expel"), "suspend": ("SANCTION", "discontinue"),
    "halt": ("SANCTION", "discontinue"), "sever": ("SANCTION", "discontinue"), "recall": ("SANCTION", "withdraw"),
    "ban": ("SANCTION", "discontinue"), "impose": ("SANCTION", "discontinue"), "end": ("SANCTION", "discontinue"),
    "embargo": ("SANCTION", "discontinue"), "convict": ("SANCTION", "convict"), "restrict": ("SANCTION", "discontinue"),
    # MOBILIZE
    "deploy": ("MOBILIZE", "troops"), "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"),
    "mass": ("MOBILIZE", "troops"), "strengthen": ("MOBILIZE", "troops"), "train": ("MOBILIZE", "troops"),
    "reinforce": ("MOBILIZE", "troops"),
    # COERCE
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "deport": ("COERCE", "deport"),
    "seize": ("COERCE", "seize"), "raid": ("COERCE", "seize"), "imprison": ("COERCE", "arrest"),
    "jail": ("COERCE", "arrest"), "censor": ("COERCE", "censor"),
    "confiscate": ("COERCE", "seize"), "declare": ("COERCE", "martial-law"),
    # ASSAULT
    "attack": ("ASSAULT", None), "kill": ("ASSAULT", None), "bomb": ("ASSAULT", "explosives"),
    "shell": ("ASSAULT", "heavy-weapons"), "shoot": ("ASSAULT", "firearms"), "invade": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "targeted"), "abduct": ("ASSAULT", "abduct"), "kidnap": ("ASSAULT", "abduct"),
    "torture": ("ASSAULT", "torture"), "wound": ("ASSAULT", None), "massacre": ("ASSAULT", "targeted"),
    "strike": ("ASSAULT", None), "fire": ("ASSAULT", "firearms"), "clash": ("ASSAULT", None),
    "destroy": ("ASSAULT", "destroy"), "beat": ("ASSAULT", "beat"),
}
# What a deal is struck on: "struck a deal with Albania" finalises an agreement (SUPPORT, as PLOVER codes
# signing), no strike (triggers.trigger_of)
DEAL_NOUNS = {"deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "pacts", "bargain", "compromise",
              "truce", "treaty", "contract", "contracts"}
# Verbs of saying: a statement's speaker and content.
SPEECH = {"say", "tell", "state", "add", "stress", "note", "express", "voice", "raise", "announce", "declare",
          "reiterate", "emphasize", "emphasise", "reaffirm", "insist", "explain", "argue", "claim", "assert",
          "call", "hope", "predict", "indicate", "remark", "affirm", "underline", "underscore"}
NOUNS: dict[str, tuple[str, str | None]] = {
    "meeting": ("CONSULT", None), "meetings": ("CONSULT", None), "talks": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "visits": ("CONSULT", "visit"), "trip": ("CONSULT", "visit"),
    "summit": ("CONSULT", None), "summits": ("CONSULT", None), "dialogue": ("CONSULT", None),
    "consultation": ("CONSULT", None), "consultations": ("CONSULT", None), "negotiations": ("CONSULT", None),
    "conversation": ("CONSULT", None), "discussions": ("CONSULT", None), "discussion": ("CONSULT", None),
    "conversations": ("CONSULT", None), "negotiation": ("CONSULT", None), "call": ("CONSULT", "phone"), "calls": ("CONSULT", "phone"),
    "phone call": ("CONSULT", "phone"),
    "teleconference": ("CONSULT", "phone"), "videoconference": ("CONSULT", "phone"), "tour": ("CONSULT", "visit"),
    "sanctions": ("SANCTION", "discontinue"), "ban": ("SANCTION", "discontinue"), "bans": ("SANCTION", "discontinue"),
    "protest": ("ACCUSE", "disapprove"), "protests": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"),
    "demonstrations": ("PROTEST", "demo"), "hunger strike": ("PROTEST", "hunger"), "riots": ("PROTEST", "riot"),
    "attack": ("ASSAULT", None), "attacks": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "airstrikes": ("ASSAULT", "aerial"), "investigation": ("ACCUSE", "investigate"), "ceasefire": ("RETREAT", "ceasefire"),
    "agreement": ("AGREE", None), "consensus": ("AGREE", None), "invitation": ("AGREE", None),
    "invitations": ("AGREE", None), "invites": ("AGREE", None), "arrest": ("COERCE", "arrest"),
    "curfew": ("COERCE", "curfew"), "state of emergency": ("COERCE", "martial-law"),
    "concern": ("ACCUSE", "disapprove"), "concerns": ("ACCUSE", "disapprove"),
    # military exercises: a state's own are MOBILIZE, joint ones COOPERATE (PLOVER manual, MOBILIZE)
    "military exercises": ("MOBILIZE", "troops"), "military drills": ("MOBILIZE", "troops"),
    "naval exercises": ("MOBILIZE", "troops"), "naval drills": ("MOBILIZE", "troops"),
    "live-fire drills": ("MOBILIZE", "troops"), "war games": ("MOBILIZE", "troops"),
    "joint exercises": ("COOPERATE", None), "joint drills": ("COOPERATE", None), "joint patrols": ("COOPERATE", None),
    # "exchanged fire", "opened fire on": only after these verbs (FIRE_VERBS), never "a fire broke out"
    "fire": ("ASSAULT", "firearms"), "gunfire": ("ASSAULT", "firearms"),
}
FIRE_VERBS = {"exchange", "exchanged", "exchanging", "exchanges", "open", "opened", "opening", "opens", "return",
              "returned", "returning", "trade", "traded", "trading"}
# Nouns of an encounter: a meeting only where the text gives its parties ("their dinner", "an
# encounter between A and B", "the exchange with B") or refers back to one ("the encounter, staged
# at ..."); "exchange rates" and "a dinner" alone are no meeting.
ENCOUNTER_NOUNS = {
    "encounter", "encounters", "exchange", "confrontation", "altercation", "spat", "shouting match",
    "handshake", "fist bump", "fist-bump", "reunion", "dinner", "banquet", "lunch", "luncheon", "breakfast",
    "sit-down", "tete-a-tete", "tête-à-tête", "one-on-one", "get-together", "face-to-face", "audience", "bilateral",
    "showdown", "session",
    "news conference", "press conference",        # only a joint one (triggers.trigger_of)
    "retreat",              # "the annual Leaders' Retreat between Prime Minister Wong and Anwar" (not "a retreat from")
}
# Acts one person does to another that put them in one room when the text says where, or when one
# of them is visiting the other: "pressured Xi", "told Xi", "welcomed Lula", "ripped into Zelensky".
ENCOUNTER_VERBS = {
    "urge", "press", "pressure", "appeal", "tell", "ask", "rip", "confront", "castigate", "scold", "chide", "berate",
    "reproach", "thank", "praise", "congratulate", "welcome", "greet", "receive", "host", "accompany", "show",
    "shake", "embrace", "hug", "bump", "toast", "brief", "assure", "warn", "invite", "hand", "present", "challenge",
    "lecture", "criticize", "criticise", "accuse", "implore", "push", "question",
}
# Acts that need both parties in one place: an encounter with one of these needs no further evidence.
PHYSICAL_VERBS = {"greet", "shake", "embrace", "hug", "bump", "toast", "accompany", "show", "receive", "host", "welcome",
                  "hand", "present"}
# Acts two people do together ("Kim and Putin toured the facility", "the two leaders exchanged
# greetings", "Putin and Xi will touch on issues"): a joint subject of these meets.
JOINT_VERBS = {
    "greet", "shake", "tour", "visit", "walk", "stroll", "dine", "eat", "drink", "toast", "sign", "oversee",
    "witness", "attend", "inspect", "watch", "review", "exchange", "embrace", "hug", "pose", "hold", "touch",
    "ride", "climb", "relax", "sit", "stand", "appear", "address", "argue", "spar", "shout", "trade", "clash",
    "kick", "begin", "start", "open", "conclude", "wrap", "end", "emerge", "enter", "leave", "arrive", "gather",
    "huddle", "chat", "converse", "joke", "smile", "laugh", "stress", "vow", "pledge", "agree", "reaffirm",
    "discuss", "review", "hail", "confer", "spend", "share", "plant", "lay", "unveil", "launch",
}

# Objects that make a verb of force a figure of speech ("seize the opportunity", "attack the problem",
# "strike a balance"): no event. Keys are the verbs' base forms.
FIGURATIVE_OBJECTS: dict[str, set[str]] = {
    "seize": {"opportunity", "opportunities", "chance", "chances", "moment", "momentum", "initiative", "occasion"},
    "capture": {"imagination", "attention", "mood", "spirit", "essence"},
    "attack": {"problem", "problems", "issue", "issues", "challenge", "challenges"},
    "strike": {"balance", "chord", "tone", "note"},
    # "Modi and Trump shared a close rapport during Trump's first term": a relation, no act together
    "share": {"rapport", "relationship", "relations", "friendship", "bond", "bonds", "chemistry", "history", "vision",
              "views", "view", "concerns", "concern", "interests", "interest", "values", "border", "borders", "goal",
              "goals", "commitment", "ties", "background", "backgrounds", "outlook", "outlooks", "experience",
              "experiences", "heritage", "roots", "language", "culture", "beliefs", "belief", "approach", "instincts",
              "passion", "love", "worldview", "priorities", "priority", "ambition", "ambitions", "frustration", "fears"},
    # "ended the trip in Singapore": a journey's end, no sanction; "ending a decade-long rift": a thaw, no sanction
    "end": {"trip", "visit", "tour", "stay", "journey", "day", "week", "speech", "remarks", "career", "term",
            "rift", "rifts", "estrangement", "feud", "dispute", "disputes", "standoff", "stand-off", "tension",
            "tensions", "hostilities", "hostility", "freeze", "impasse", "deadlock", "stalemate", "isolation", "row",
            "spat", "war", "conflict", "fighting", "violence", "crisis",
            # "the two leaders ended the talks": their close, no breaking off (SANCTION)
            "talks", "meeting", "meetings", "summit", "session", "sessions", "discussions", "conversation", "call"},
    # "inspected the launch complex", "inspected a guard of honour": a tour of a site, no investigation (ACCUSE)
    "inspect": {"guard", "guards", "honour", "honor", "troops", "facility", "facilities", "site", "sites", "complex",
                "plant", "plants", "factory", "factories", "exhibition", "base", "bases", "port", "spaceport",
                "cosmodrome", "launchpad", "pad", "ship", "ships", "warship", "parade", "works", "project", "projects",
                "construction", "workshop", "line", "lines", "display", "displays", "hall", "centre", "center"},
    # "offering few details": no offer (AGREE)
    "offer": {"details", "detail", "specifics", "clues", "hints", "glimpse", "insight", "explanation", "comment",
              "comments", "remarks", "assessment", "update", "timeline", "timetable"},
    # "until the West met its demands": no meeting
    "meet": {"demand", "demands", "expectation", "expectations", "need", "needs", "target", "targets", "condition",
             "conditions", "requirement", "requirements", "deadline", "criteria", "obligation", "obligations",
             "standard", "standards", "goal", "goals", "challenge", "challenges", "cost", "costs", "commitment",
             "commitments", "pledge", "pledges", "request", "requests"},
}
FIGURATIVE_FORMS: dict[str, set[str]] = {f: objs for v, objs in FIGURATIVE_OBJECTS.items() for f in forms(v)}

# Objects that make a verb another act, as PLOVER codes it by what is acted on ("declared a ceasefire" is a RETREAT,
# "declared a state of emergency" a COERCE; "cancelled the restrictions" a CONCEDE, where "cancelled the visit" stays a
# REJECT of a meeting). Keys are the verbs' base forms; a verb of OBJECT_ONLY is no act without one of its objects
# ("declared that China must drop its barriers" is speech, "declared victory" no act).
OBJECT_ACTS: dict[str, dict[str, tuple[str, str | None]]] = {
    "declare": {**dict.fromkeys(("ceasefire", "cease-fire", "truce", "armistice"), ("RETREAT", "ceasefire")),
                **dict.fromkeys(("law", "emergency", "curfew", "lockdown", "state"), ("COERCE", "martial-law"))},
    "cancel": dict.fromkeys(("restriction", "restrictions", "sanctions", "ban", "bans", "embargo", "tariffs", "curbs",
                             "duties", "quotas", "limits"), ("CONCEDE", None)),
    # "relaxed visa rules" concedes; "his arrival had been relaxed" is a mood
    "relax": dict.fromkeys(("restriction", "restrictions", "rules", "rule", "curbs", "controls", "ban", "bans", "limits",
                            "requirements", "measures", "sanctions", "policy", "policies", "visa", "visas", "quotas",
                            "tariffs", "regulations", "lockdown", "curfew", "embargo"), ("CONCEDE", None)),
}
OBJECT_ONLY = {"declare", "relax"}
OBJECT_ACT_FORMS: dict[str, tuple[dict[str, tuple[str, str | None]], bool]] = {
    f: (objs, v in OBJECT_ONLY) for v, objs in OBJECT_ACTS.items() for f in forms(v)}

# Words after which the trigger is not an event ("the meeting room", "visitor", "so-called").
TRIGGER_FORMS: dict[str, Trigger] = {}
for _verb, (_cat, _mode) in VERBS.items():
    for _f in forms(_verb):
        TRIGGER_FORMS.setdefault(_f, Trigger(_cat, _mode, False, _verb in SPEECH))
SPEECH_FORMS = {f for v in SPEECH for f in forms(v)}
# verbs of telling what happened: "state media reported Friday their first summit in six years"
REPORT_FORMS = SPEECH_FORMS | {f for v in ("report", "confirm") for f in forms(v)}
# a journey's own words, whose day a meeting on its way may share ("hours after his arrival on Friday, Biden met ...")
JOURNEY_NOUNS = {"arrival", "departure", "return", "stay", "trip", "tour", "flight", "landing", "stopover"}
NOUN_TRIGGERS = {k: Trigger(c, m, True) for k, (c, m) in NOUNS.items()}
NOUN_TRIGGERS.update({k: Trigger("CONSULT", None, True, parties=True) for k in ENCOUNTER_NOUNS})
ENCOUNTER_FORMS = {f: v for v in ENCOUNTER_VERBS for f in forms(v)}
PHYSICAL_FORMS = {f for v in PHYSICAL_VERBS for f in forms(v)}
JOINT_FORMS = {f for v in JOINT_VERBS for f in forms(v)}
# verbs that make their people attendees of a meeting, one side's delegation unless they are of two states (a meeting
# of its own, as "Xi accompanied Putin to the banquet"): "Cai Qi and Wang Yi attended the meeting", "Ramaphosa was
# accompanied by Agriculture Minister John Steenhuisen"
ATTENDANCE_FORMS = {f for v in ("attend", "join", "accompany", "participate") for f in forms(v)}
# verbs whose object is of the meeting their for-phrase names: "Yoon and Ishiba joined Biden for a trilateral summit"
JOINED_FOR_FORMS = set(forms("join"))
# the word a meeting noun's phrase hangs from that makes it attendance: "Cai Qi and Wang Yi were present at the meeting",
# "the foreign ministers also took part in the talks"
ATTENDANCE_WORDS = {"present", "part"}

# How a summary line says each category ("A met B", "A accused B").
SUMMARY_VERBS = {"CONSULT": "met", "AGREE": "agreed with", "REQUEST": "made a request to", "ACCUSE": "accused",
                 "REJECT": "rejected", "SUPPORT": "supported", "THREATEN": "threatened", "SANCTION": "sanctioned",
                 "COERCE": "coerced", "ASSAULT": "attacked", "PROTEST": "protested against", "AID": "aided",
                 "COOPERATE": "cooperated with", "CONCEDE": "made a concession to", "RETREAT": "retreated from",
                 "MOBILIZE": "mobilized against"}

# PLOVER conflict-cooperation scores (the manual's table), by category and by category: mode.
SCORES = {
    "AGREE": 2.5, "CONSULT": 2.5, "CONSULT:visit": 4, "CONSULT:third-party": 1, "CONSULT:multilateral": 4,
    "CONSULT:phone": 1.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10, "RETREAT": 6.5,
    "RETREAT:withdraw": 8, "RETREAT:release": 6.5, "RETREAT:disarm": 10, "RETREAT:ceasefire": 7.5,
    "RETREAT:access": 6.5, "RETREAT:resign": 4.5, "REQUEST": 0, "REQUEST:assist": 0.5, "REQUEST:change": -1,
    "REQUEST:yield": -1, "REQUEST:meet": 0, "ACCUSE": -3, "ACCUSE:disapprove": -2, "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5, "REJECT": -2, "REJECT:assist": -1.5, "REJECT:change": -2, "REJECT:yield": -2,
    "REJECT:meet": -2, "THREATEN": -3.5, "PROTEST": -5, "PROTEST:demo": -5, "PROTEST:riot": -7,
    "PROTEST:strike": -5, "PROTEST:hunger": -4.5, "PROTEST:boycott": -4.5, "PROTEST:obstruct": -4.5,
    "SANCTION": -6, "SANCTION:expel": -5.5, "MOBILIZE": -5.5, "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5,
    "COERCE": -7, "COERCE:censor": -6.5, "COERCE:martial-law": -7.5, "ASSAULT": -9, "ASSAULT:abduct": -8.5,
    "ASSAULT:beat": -7.5, "ASSAULT:targeted": -9.5, "ASSAULT:destroy": -8.5, "ASSAULT:aerial": -9.5,
    "ASSAULT:unconventional": -10,
}


def score(category: str, mode: str | None) -> float:
    return SCORES.get(f"{category}:{mode}", SCORES.get(category, 0.0))


CALL_FORMS = frozenset({"call", "calls", "called", "calling"})
# verbs of meeting that take the one met as their object ("to meet President Trump, Downing Street confirmed")
MEET_FORMS = frozenset({"meet", "meets", "met", "receive", "receives", "received"})
# verbs of a visit whose object is where the visitor goes ("he will visit Goa")
VISIT_FORMS = frozenset({"visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring"})
# the compass words before a part of a country ("in eastern Ladakh")
COMPASS = frozenset("""eastern western northern southern central northeastern northwestern southeastern southwestern
north south east west""".split())
# verbs that leave open whether the two spoke face to face or by telephone ("he had spoken with Xi")
# what undoes a meeting told as its subject or object: "The meeting ..., planned for Friday, has been cancelled",
# "postponed the talks", "called off the summit" (with "off": CALL_OFF_FORMS)
CANCEL_FORMS = frozenset({"cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "postpone",
                          "postpones", "postponed", "postponing", "scrap", "scraps", "scrapped", "scrapping", "shelve",
                          "shelves", "shelved", "scuttle", "scuttled", "abandon", "abandoned", "abandons"})
CALL_OFF_FORMS = frozenset({"call", "calls", "called", "calling", "put", "puts", "putting"})
SPEAK_FORMS = frozenset({"speak", "speaks", "spoke", "spoken", "speaking", "talk", "talked", "talking"})
# what tells of two people speaking, in person or not ("had a 'wonderful conversation' with"): where the dateline is
# all that places it, the place the report was filed tells nothing of a visit
CONVERSE_FORMS = SPEAK_FORMS | {"conversation", "conversations"}
# "called on President Raisi in Tehran" (a courtesy call: a meeting) as against "called on allies to
# send ..." (a request): the persons and offices one calls on; and the words after "on" that only
# date the verb ("called Xi on Monday": a telephone call)
CALLED_ON_PERSONS = frozenset("""
counterpart counterparts president premier minister chancellor leader king queen emperor prince crown pope
secretary envoy ambassador host speaker governor chairman chairwoman chief
""".split())
DATING_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"today", "tonight", "yesterday", "tomorrow"}
# a meeting told of one person and several others that was one meeting with each: "met separately
# with Ishiba, Yoon and Boric", "held separate talks with", "bilateral meetings with", "back-to-back talks with"
SEPARATE_MEETINGS = re.compile(r"\bseparately\b|\b(?:separate|back[- ]to[- ]back)\s+(?:bilateral\s+|phone\s+|telephone\s+)?"
                               r"(?:meetings|talks|bilaterals|sessions|calls|conversations)\b|"
                               r"\bbilateral\s+(?:meetings|talks)\s+with\b|\bone[- ]on[- ]one\s+(?:meetings|talks)\b|"
                               # "will travel to Germany, France and Belgium on Tuesday for meetings with Scholz, Macron
                               # and Rutte": meetings in the plural, one with each
                               r"\bmeetings\s+with\b|"
                               # "held talks with Biden and then with Zelenskyy": one after the other
                               r"\band\s+(?:then|later|afterwards|subsequently)\s+with\b|"
                               # "Putin also met Erdogan, who ..., and Pakistan's Sharif": more meetings beside the one told
                               r"\balso\s+(?:met|held\s+(?:talks|meetings)\s+with)\b"
                               r"(?![^.]*\b(?:together|jointly|trilateral|three-way|four-way|all\s+three)\b)",
                               re.IGNORECASE)

# words of one meeting of several: "a trilateral summit", "met together", "all three"
JOINT_MEETING = re.compile(r"\b(?:together|jointly|joint|trilateral|three-way|four-way|all\s+three|all\s+four|summit|"
                           r"quadrilateral|triangular)\b", re.IGNORECASE)

# subordinators of a clause that may tell of another time: "met Wang on Monday, as the two seek to
# repair ties damaged by a clash in 2020" (a comment in the present), "met Xi on Saturday before he
# flew to Rio on Sunday" (clauses.own_time_clause)
OWN_TIME_MARKS = frozenset({"as", "because", "while", "whereas", "although", "though", "after", "before", "since"})
# of these, the ones that order two events in time: what such a clause tells is another event ("met on
# Monday, days after the two spoke by telephone"), where "while he visited Moscow" may be the same
ORDERING_MARKS = frozenset({"after", "before", "since"})
# words that bound another time: "since late 2019", "the first time they met since May in Hiroshima"
BOUND_WORDS = frozenset({"since", "until", "till"})
# the word just before a deadline: "agreed to double trade by 2030", "to finish the work by the end of the year"
DEADLINE_WORDS = frozenset({"by"})
ORDERING_PREPS = frozenset({"after", "following", "before"})        # "arrived ... after a visit to China"
# verbs of a clause that orders a meeting after or before something else, whose time that clause tells: "talks in Addis
# Ababa that followed a Turkish-brokered deal last month"
ORDERING_VERBS = frozenset({"follow", "follows", "followed", "precede", "precedes", "preceded"})
# plural nouns of the parties to a meeting, whose "of" phrase names whose they are, not where they met: "a summit of the
# leaders of the United States, Japan and Korea"
PARTY_NOUNS = frozenset({"leaders", "heads", "ministers", "presidents", "premiers", "chancellors", "representatives",
                         "delegations", "delegates", "officials", "envoys", "governments", "counterparts", "diplomats"})
# two-word prepositions (the parser hangs the second on the first) of the close of an act, where one goes then is not
# where it was: "will return to Abuja at the end of the visit"
CLOSE_PAIRS = frozenset({("end", "of"), ("close", "of"), ("conclusion", "of")})
# a meeting in such a phrase is the occasion of the act it hangs from, even inside what was agreed or urged:
# "agreed to boost rail links during talks in Beijing" (the talks took place)
OCCASION_PREPS = frozenset({"during"})
# the prepositions of the occasion an act was held at, whose place is the act's: "a conversation at a dinner hosted by
# Widodo at the G20 summit in Bali" (place_attachment)
HELD_AT_PREPS = frozenset({"at", "during"})
# prepositions whose gerund's subject is the governing verb's object: "criticised Scholz for speaking with Putin",
# "thanked Modi for hosting him" (elsewhere the verb's subject: "said after meeting him")
OBJECT_CONTROL_PREPS = frozenset({"for", "over"})
# first-person words of a quotation: its speaker ("'In a very constructive meeting with Netanyahu ..., he confirmed
# to me ...,' Blinken told reporters")
FIRST_PERSON = frozenset({"I", "me", "my", "we", "We", "us", "our", "Our", "My"})
# what a meeting noun is the topic of, not an act then: "briefed him about his recent visit to Ukraine"
TOPIC_PREPS = frozenset({"about"})
# verbs of holding someone to account, whose "on" or "over" is what they are held to account for, not an act then:
# "they will press the government on the trip", "criticised him over his visit to Moscow"
QUESTIONING_FORMS = frozenset(f for v in ("press", "grill", "question", "quiz", "criticise", "criticize", "attack",
                                           "challenge", "slam", "blast", "lambast", "lambaste", "probe", "pressure",
                                           "rebuke", "chide", "scold", "fault", "berate", "interrogate", "hound")
                               for f in forms(v)) | {"quizzed", "quizzes", "quizzing"}
# a place of one of these nouns in a phrase on what was talked about is the subject's, not the meeting's: "held talks
# on the war in Gaza", "discussions about the situation in Sudan" (but "on the sidelines of the summit in Rio" is where)
SITUATION_NOUNS = frozenset({"war", "wars", "conflict", "conflicts", "situation", "crisis", "crises", "fighting",
                             "violence", "tensions", "tension", "ceasefire", "truce", "hostilities", "escalation",
                             "unrest", "developments", "invasion", "offensive", "occupation", "bombardment",
                             "humanitarian", "catastrophe", "famine", "insurgency", "campaign", "campaigns",
                             "operation", "operations", "strike", "strikes", "attack", "attacks", "bombing", "assault"})
TALKED_ABOUT_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# verbs whose object is what was talked of ("discussed Ukraine and the Quad"), whose parties and times are not the act's
TOPIC_VERB_STEMS = ("discuss", "negotiat", "review", "address")
SPOKEN_OF_PREPS = TALKED_ABOUT_PREPS - {"on"}       # ("on" also places: "on the island"): "disagreed over the war in Gaza"
# nouns whose "for" phrase is an aim: "create conditions for direct dialogue between Russia and Ukraine", "pave the way
# for talks" (a meeting so named, without an article or owner, is no meeting held or fixed)
AIM_NOUNS = frozenset({"conditions", "condition", "groundwork", "ground", "basis", "foundation", "foundations", "way",
                       "stage", "path", "room", "space", "call", "calls", "appeal", "appeals", "push", "hopes", "hope",
                       "need", "prospects", "momentum", "support", "platform", "framework", "mechanism",
                       # "Turkiye would be an ideal host for peace talks between Russia and Ukraine"
                       "host", "venue", "location", "candidate", "readiness", "willingness", "offer", "offers"})
# the seats of heads of state or government among a state's metonyms (data/countries.tsv): a visit to one is a visit to
# its holder ("Starmer is due to visit the White House on Thursday"), not to a ministry ("Quai d'Orsay", "Pentagon")
LEADER_SEATS = frozenset({"white house", "kremlin", "elysee", "élysée", "elysee palace", "élysée palace",
                          "downing street", "casa rosada", "planalto", "la moneda", "zhongnanhai", "chancellery",
                          "moncloa", "palazzo chigi", "kantei", "akorda", "blue house", "yongsan", "los pinos",
                          "malacanang", "malacañang", "villa somalia", "miraflores",
                          "union buildings"})
# nouns whose "of" phrase is a topic, not an act: "made no mention of sanctions", "the question of a visit"
TOPIC_NOUNS = frozenset({"mention", "mentions", "talk", "word", "question", "questions", "issue", "issues", "subject",
                         "topic", "topics", "matter", "discussion", "discussions", "debate", "prospect", "prospects",
                         "possibility", "idea"})
# verbs of telling someone: "Modi told Biden about his trip during a phone call" (the call is the two's)
TOLD_FORMS = frozenset({"told", "tells", "tell", "telling", "briefed", "briefs", "brief", "assured", "assures",
                        "informed", "informs"})
# units of a span of time: "met Xi days earlier", "two weeks ago"
SPAN_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "day", "week", "month", "year"})
# verbs of which a meeting is the subject that tell its first or last day: "The talks began on May 10", "concluded on
# Saturday": a meeting of several days, dated by its first
SPAN_EDGE_FORMS = {"began": "start", "begun": "start", "begins": "start", "started": "start", "starts": "start",
                   "opened": "start", "opens": "start", "ended": "end", "ends": "end", "concluded": "end",
                   "concludes": "end", "closed": "end", "wrapped": "end"}

# Verbs whose subject is a meeting and whose object its parties: "The talks brought together A and B",
# "The summit gathered A and B", "The meeting involved A and B"; passive: "The meeting was attended by A and B"
GATHERING_VERBS = {"brought", "bring", "brings", "bringing", "gathered", "gathers", "gather", "involved", "involves",
                   "involve", "included", "includes", "united", "unites", "reunited"}
ATTENDED_FORMS = {"attended", "joined"}
# verbs of a host, whose object is the guest ("Ruto hosted Hassan": Hassan's visit)
HOST_FORMS = frozenset({"host", "hosts", "hosted", "hosting", "receive", "receives", "received", "receiving"})
# what one receives that is no guest: "will receive the city's Charlemagne Prize", "received an honorary doctorate"
AWARD_NOUNS = frozenset({"prize", "prizes", "award", "awards", "medal", "medals", "honour", "honours", "honor", "honors",
                         "doctorate", "degree", "decoration", "order", "citizenship", "key", "keys", "title"})
# what one receives that is no guest: "received on Monday a phone call from Macron" (the call is the act),
# "received a letter from Kim"
RECEIVED_MESSAGES = frozenset({"call", "calls", "letter", "letters", "message", "messages", "note", "invitation",
                               "invitations", "greetings", "congratulations", "condolences", "report", "briefing"})
NO_GUESTS = AWARD_NOUNS | RECEIVED_MESSAGES        # what a verb of hosting may take that is no guest

# people named by whose they are ("Biden's adviser", "Putin's predecessor"): the one they belong to is not them
OWNED_ROLES = frozenset("""envoy envoys emissary adviser advisers advisor advisors aide aides spokesman spokeswoman
spokesperson deputy deputies predecessor successor representative representatives negotiator negotiators
father mother son daughter wife husband brother sister son-in-law daughter-in-law""".split())

# meals a host gives a guest ("hosted a banquet for visiting President X"); "played host to X"
MEAL_NOUNS = {"dinner", "banquet", "lunch", "luncheon", "breakfast", "reception"}
PLAY_FORMS = {"play", "plays", "played", "playing"}

# countries whose people are called by their given name ("Prime Minister Paetongtarn", "Ms Paetongtarn" for Paetongtarn
# Shinawatra): a known official of these is also found by the given name alone (known_officials)
GIVEN_NAME_COUNTRIES = frozenset({"THA"})
# countries whose officials outlets also name family name first, in the order of their own language ("Iwaya Takeshi",
# Japan's government, NHK and Vietnam's agency; "Takeshi Iwaya" elsewhere): a known official of two names is also found
# by them reversed (known_officials)
FAMILY_FIRST_COUNTRIES = frozenset({"JPN"})

# capitalised head words that stand alone for a longer title a person was named with: "the Secretary" of "Secretary of
# State Antony Blinken" in the State Department's readouts (actors.link_roles)
HEAD_WORD_ROLES = ("Secretary",)

# the last word of the name of an office whose head may be titled by it: "Head of the Presidential Office",
# "Chief of the General Staff" (actors: a delegation's head)
OFFICE_NOUNS = ("Office", "Staff", "Administration", "Ministry", "Council", "Committee", "Department", "Service",
                "Agency", "Bureau", "Commission", "Secretariat", "Directorate", "Cabinet", "Chancellery", "Forces")

# people a visitor meets who are no state's party (events: "also met with students" is no told meeting's mention):
# the noun in the singular (or an irregular plural), and a modifier that makes a group one ("business leaders")
NON_PARTY_NOUNS = frozenset("""student pupil youth executive entrepreneur investor businessman businesswoman businessperson
businesspeople journalist reporter diaspora community activist academic scholar worker employee family veteran survivor
troop soldier sailor athlete artist volunteer fan resident villager farmer businessmen businesswomen families people""".split())
NON_PARTY_MODIFIERS = frozenset("""business community religious faith student youth civil industry""".split())
# verbs by which a visit holds its meetings: "a visit that will include talks with Albanese", "a brief visit that will
# see him hold talks with Peters" (extract.events)
CONTAINING_VERBS = frozenset("""include includes included including involve involves involved feature features featured
comprise comprises see sees saw""".split())
# officials as a group, with no name: "received by a delegation of ministers" (extract.arguments.unnamed_officials)
OFFICIAL_GROUP_NOUNS = frozenset("""delegation officials ministers dignitaries envoys diplomats""".split())


# (the words of the clauses and phrases of another act: extract.clauses, extract.attachment)
# the plural titles a meeting's name holds in the possessive, no owner of it: "Leaders' Retreat", "Ministers' Meeting"
NAME_PLURALS = frozenset({"leaders", "ministers", "presidents", "premiers", "heads"})
AHEAD_WORDS = ("ahead", "prior")        # "ahead of talks with Xi", "prior to the summit"
# the nouns whose "for", after "in", opens a phrase of an act still ahead: "a forum in preparation for the Belem summit"
PREPARING_NOUNS = frozenset({"preparation", "preparations"})
# verbs of going somewhere: a place they take is where the traveller went, not where an act
# conjoined before them happened
MOVE_VERBS = {"flew", "fly", "flies", "flying", "travelled", "traveled", "travel", "travels", "headed", "heads", "left",
              "leaves", "departed", "departs", "went", "goes", "moved", "moves", "continued", "proceeded", "returned",
              "returns", "arrived", "arrives", "landed", "lands",
              "leave", "head", "depart", "go", "return", "arrive", "land"}     # ("will leave for Washington on Sunday")
# the gerunds of a journey's legs: "visited Malaysia before arriving in Indonesia", "after leaving Beijing"
LEG_VERBS = {"arriving", "leaving", "flying", "travelling", "traveling", "heading", "departing", "landing", "returning"}
# Verbs whose subject is a meeting referred to: "The meeting took place in Busan", "The talks lasted two hours"
REFERENCE_VERBS = {"took", "take", "takes", "taking", "held", "was", "were", "is", "be", "will", "lasted", "began",
                   "begun", "ended", "started", "opened", "concluded", "came", "comes", "followed", "unfolded",
                   "featured", "staged", "went", "turned", "broke", "happened", "occurred"}
UPCOMING = {"upcoming", "forthcoming", "planned", "proposed", "scheduled", "expected", "anticipated", "coming",
            "prospective", "possible", "potential", "future"}
SETTING_PREPS = OCCASION_PREPS | ORDERING_PREPS     # "during the talks", "after talks with Erdogan"
HOLD_FORMS = frozenset({"hold", "held", "holds", "holding"})
LIGHT_VERBS = {"hold", "held", "holds", "holding", "have", "had", "has", "having", "attend", "attended", "attends",
               "attending", "conclude", "concluded", "begin", "began", "begun", "start", "started", "conduct",
               "conducted", "join", "joined", "resume", "resumed", "open", "opened", "wrap", "wrapped", "host", "hosts",
               "hosted", "hosting", "make", "made", "pay", "paid", "undertake", "undertook", "renew", "renewed",
               "chair", "chaired", "lead", "led", "launch", "launched", "complete", "completed", "give", "gave",
               "extend", "extended", "exchange", "exchanged", "reach", "reached", "sign", "signed", "lodge", "lodged",
               "issue", "issued", "impose", "imposed", "take", "took", "travel", "traveled", "travelled", "go", "went",
               "arrive", "arrived", "receive", "received", "accept", "accepted", "stage", "staged", "stages", "staging"}
# verbs of two hosts, kept one word by the tokenizer (parley.nlp), which would split "co-chaired" into "co", "-" and a
# verb with no subject: "Abdelatty and Blinken co-chaired the strategic dialogue in Cairo"
HYPHENATED_VERBS = {f"co-{v}" for v in ("chair", "chairs", "chaired", "chairing", "host", "hosts", "hosted", "hosting")}
LIGHT_VERBS |= HYPHENATED_VERBS
# verbs by which a speaker names their own meeting: "after what she called 'a good conversation' with Trump", "called
# his talks with Blinken candid": the speaker is its party (not "described the meeting as productive", a meeting told
# already, which the speaker's words do not make one of their own)
NAMING_VERBS = {"call", "calls", "called", "describe", "describes", "described", "term", "terms", "termed", "dub",
                "dubbed", "hail", "hailed"}
# verbs of sending something somewhere: "agreed to send an inspection team to the Fukushima plant" (where it goes is no
# place of the agreeing)
SENDING_VERBS = {f for v in ("send", "dispatch", "deploy", "deliver", "ship", "export", "transfer", "supply")
                 for f in (v, v + "s", v + "ed", v + "ing", v + "es")} | {"sent"}
# the nouns of a date's return: "this year marks the 50th anniversary of Whitlam's visit to China" (the visit was then,
# not this year)
ANNIVERSARY_NOUNS = frozenset({"anniversary", "anniversaries", "centenary", "centennial", "jubilee"})
# "at the invitation of X": the host of a visit (arguments.inviters), no act of its own
INVITATION_NOUNS = frozenset({"invitation", "invitations"})
# the means two people talk by, no party: "spoke by phone with Trump"
MEANS_NOUNS = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "teleconference", "hotline"})
# the verb of inviting, whose meeting lies ahead ("invited Kishida and Yoon to Washington for a trilateral summit")
INVITE_FORMS = frozenset({"invite", "invites", "invited", "inviting"})
# what one prepares a meeting with: "discussed preparations for a meeting between Presidents Putin and Erdogan"
PREPARATION_NOUNS = frozenset({"preparations", "preparation", "groundwork", "ground", "arrangements", "run-up"})
INVITED_PREPS = frozenset({"at", "on", "upon", "following"})
# the words of a rank in a series: "the second foreign leader after Netanyahu to hold talks with Trump"
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "last", "next"})
# a count of occasions, whose time is the period counted over: "the fifth meeting between Putin and Witkoff this year"
COUNT_ORDINALS = ORDINAL_WORDS - {"latest", "last", "next"} | {"seventh", "eighth", "ninth", "tenth"}
PERIOD_WORDS = frozenset({"this", "year", "month", "week", "so"})
# "did not rule out a meeting": what is ruled out, or not, is a possibility ahead
RULE_FORMS = frozenset({"rule", "rules", "ruled", "ruling"})
