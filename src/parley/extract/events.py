"""Sentence-level events: PLOVER triggers in parsed sentences and their arguments.

For each trigger (a verb such as "met", "urged", "agreed", or a noun such as "talks", "visit"):
- actors and recipients through the dependency tree: subjects (and their conjuncts), objects,
  "with"/"between"/"to"/"on" phrases, the subject of the verb that governs a noun trigger
  ("X and Y held talks", "In a meeting in Busan, X and Y agreed ..."), the possessor ("Hayashi's
  visit"); pronouns, "the pair", "his Japanese counterpart" are kept as references and resolved
  by the article-level assembly;
- negation (a negated cooperative act is a rejection) and futurity (a preview: "will meet",
  "agreed to hold", "is set to visit");
- the time expression and the place attached to it (a place inside an argument, such as
  "detainees in China", is not where the event happened);
- for triggers inside a verb of saying, the speaker ("Wang said China opposed ...").
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..budget import check
from ..time.tagger import Timex
from .actors import PRONOUNS, ArticleActors, Mention
from .titles import titles
from .attribution import Source
from .lexicon import (AIM_NOUNS, ATTENDANCE_FORMS, ATTENDANCE_WORDS, ATTENDED_FORMS, BOUND_WORDS, CALLED_ON_PERSONS,
                      CALL_FORMS, CALL_OFF_FORMS, CANCEL_FORMS, CLOSE_PAIRS, DATING_WORDS, DEADLINE_WORDS, DEAL_NOUNS,
                      ENCOUNTER_FORMS, ENCOUNTER_NOUNS, FIGURATIVE_FORMS, FIRE_VERBS, FIRST_PERSON, GATHERING_VERBS,
                      HOST_FORMS, JOINED_FOR_FORMS, JOINT_FORMS, MEAL_NOUNS, MEET_FORMS, NON_PARTY_MODIFIERS,
                      NON_PARTY_NOUNS, NOUN_TRIGGERS, OBJECT_ACT_FORMS, OBJECT_CONTROL_PREPS, OCCASION_PREPS,
                      ORDERING_MARKS, ORDERING_PREPS, ORDERING_VERBS, OWN_TIME_MARKS, OWNED_ROLES, PARTY_NOUNS,
                      PLAY_FORMS, REPORT_FORMS, SITUATION_NOUNS, SPAN_EDGE_FORMS, SPAN_UNITS, SPEECH_FORMS,
                      TALKED_ABOUT_PREPS, TOLD_FORMS, TOPIC_NOUNS, TOPIC_PREPS, TRIGGER_FORMS, Trigger)
from .places import Place

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
OBJ = {"dobj", "dative", "attr", "oprd"}
NP_SKIP = {"prep", "relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "mark", "parataxis"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_GOVERNORS = {"agree", "agreed", "agrees", "plan", "plans", "planned", "planning", "set", "expected", "expect",
                    "expects", "due", "scheduled", "slated", "prepare", "prepared", "preparing", "ready", "willing",
                    "going", "intend", "intends", "intended", "aim", "aims", "hope", "hopes", "hoped", "want", "wants",
                    "wanted", "decide", "decided", "invite", "invited", "invites", "seek", "seeks", "sought", "promise",
                    "promised", "pledge", "pledged", "vow", "vowed", "offer", "offered", "propose", "proposed",
                    "poised", "likely", "is", "are", "was", "were"}
# of these, those that put the act at a time ahead, not a commitment made ("is expected to sign", not "agreed to sign")
SCHEDULE_GOVERNORS = {"set", "expected", "expect", "expects", "due", "scheduled", "slated", "poised", "likely", "going",
                      "prepare", "prepared", "preparing", "ready", "is", "are", "was", "were"}
# verbs whose infinitive tells an act not done ("failed to reach a deal", "refused to meet", "declined to sign")
NEGATIVE_GOVERNORS = {"fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "decline",
                      "declines", "declined", "declining"}
AHEAD_WORDS = ("ahead", "prior")        # "ahead of talks with Xi", "prior to the summit"
# verbs of going somewhere: a place they take is where the traveller went, not where an act
# conjoined before them happened
MOVE_VERBS = {"flew", "fly", "flies", "flying", "travelled", "traveled", "travel", "travels", "headed", "heads", "left",
              "leaves", "departed", "departs", "went", "goes", "moved", "moves", "continued", "proceeded", "returned",
              "returns", "arrived", "arrives", "landed", "lands"}
# the gerunds of a journey's legs: "visited Malaysia before arriving in Indonesia", "after leaving Beijing"
LEG_VERBS = {"arriving", "leaving", "flying", "travelling", "traveling", "heading", "departing", "landing", "returning"}
LIGHT_VERBS = {"hold", "held", "holds", "holding", "have", "had", "has", "having", "attend", "attended", "attends",
               "attending", "conclude", "concluded", "begin", "began", "begun", "start", "started", "conduct",
               "conducted", "join", "joined", "resume", "resumed", "open", "opened", "wrap", "wrapped", "host",
               "hosted", "make", "made", "pay", "paid", "undertake", "undertook", "renew", "renewed", "chair", "chaired",
               "lead", "led", "launch", "launched", "complete", "completed", "give", "gave", "extend", "extended",
               "exchange", "exchanged", "reach", "reached", "sign", "signed", "lodge", "lodged", "issue", "issued",
               "impose", "imposed", "take", "took", "travel", "traveled", "travelled", "go", "went", "arrive", "arrived",
               "receive", "received", "accept", "accepted", "stage", "staged", "stages", "staging"}
YIELD_WORDS = re.compile(r"\b(release|free|lift|lifting|end|stop|ease|easing|withdraw|halt|drop|remove|cease|"
                         r"return|reopen|resume)\w*", re.I)
MEET_WORDS = re.compile(r"\b(meet|meeting|talks|dialogue|negotiat\w+|visit|summit|consult\w*)\b", re.I)
ASSIST_WORDS = re.compile(r"\b(aid|help|assist\w*|support|funds?|loans?|supplies|weapons|arms)\b", re.I)
FORUM_WORDS = {"G7", "G20", "APEC", "Apec", "ASEAN", "Asean", "NATO", "Nato", "BRICS", "SCO", "EU", "UN", "UNGA",
               "Davos", "Commonwealth", "Quad", "Security"}
CONSULT_NOUN_STOP = {"room", "rooms", "place", "places", "venue", "hall", "point", "points", "table", "agenda"}


@dataclass
class Party:
    mention: Mention
    role: str = "actor"             # actor | recipient

    @property
    def key(self) -> str | None:
        return self.mention.actor


@dataclass
class SentenceEvent:
    category: str
    mode: str | None
    sentence: int                   # index in article.sentences
    trigger: tuple[int, int]        # absolute span of the trigger word(s)
    trigger_text: str
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    noun: bool = False
    speaker: Mention | None = None  # for statements inside a verb of saying
    timex: Timex | None = None
    place: Place | None = None
    content: str = ""               # what was requested / agreed ... (the complement)
    sources: list[Source] = field(default_factory=list)
    quote: bool = False
    purpose: bool = False           # what a journey is for ("heading to Washington for a summit with Trump")
    reference_only: bool = False    # "The meeting took place a day before ..." (refers to a known event)
    span_edge: str | None = None    # "start" or "end" of a meeting of days its verb tells ("The talks began on May 10")
    attendance: bool = False        # its people attended or accompanied (lexicon.ATTENDANCE_FORMS)
    attended_told: bool = False     # ... a meeting named as one told ("attended the meeting", "present at the talks")
    encounter: str | None = None    # "joint" (two people act together) or "act" (one acts on the other):
                                    # a meeting only where the article shows them in one place
    elsewhere: frozenset[int] = frozenset()     # starts of the sentence's places that another act holds
    # absolute spans of the sentence's relative clauses, clauses of their own time (_own_time_clause),
    # phrases ordered before or after (_ordering_phrase) and bounds ("since May in Hiroshima", _bound_phrase)
    # that do not hold the trigger: what they tell
    # ("Rubio and Sheinbaum, who spoke by phone last week, discussed ...", "..., days after the two spoke
    # by telephone", "after a visit to China") is not of this act
    asides: tuple[tuple[int, int], ...] = ()
    # of these, the clauses that tell of an event before or after this one ("days after the two spoke", "since May")
    ordered: tuple[tuple[int, int], ...] = ()
    others: bool = False            # met people of no state's party ("also met with students"): no told meeting's
    # told in a clause a span of time before or after what its sentence tells ("said he wanted stable ties, a month
    # after Wong hosted Wang"): of another time than the report's, whatever the sentence's other acts
    apart_in_time: bool = False


def _abs(tok, offset: int) -> tuple[int, int]:
    return offset + tok.idx, offset + tok.idx + len(tok.text)


def np_tokens(tok) -> list:
    """The noun phrase of a token: its subtree without clauses and prepositional phrases, but with
    conjuncts ("Wang Yi and his Japanese counterpart Yoko Kamikawa") and appositions."""
    out = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in NP_SKIP and not _title_of_name(t, c):
                if t is tok and c.dep_ == "prep" and c.lower_ == "of":
                    # "the chairman of the National People's Congress, Zhao Leji": the parser hangs the name that
                    # stands beside the title on the title's body
                    names = [a for p in c.children if p.dep_ == "pobj" for a in p.children
                             if a.dep_ == "appos" and a.tag_ == "NNP" and a.i > p.i]
                    out += [x for a in names for x in a.subtree]
                continue
            out.append(c)
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _title_of_name(head, prep) -> bool:
    """"Vice Minister of Foreign Affairs Ignacio Higueras Hare", "President of the Russian Federation Vladimir Putin":
    a title's of-phrase that runs into
    the name (a chain of proper nouns), read as one noun phrase with the title."""
    if head.tag_ != "NNP" or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objs) != 1:
        return False
    chain, stack = [objs[0]], [objs[0]]
    while stack:
        stack += (more := [c for c in stack.pop().children if c.dep_ == "compound"])
        chain += more
    # (also "President of the Russian Federation Vladimir Putin": "the" of the state's name; "Chief of Staff of the
    # Iranian Armed Forces Major General Mohammad Bagheri": a demonym of the body's name)
    if len(chain) >= 4 and all(t.tag_ in ("NNP", "NNPS") for t in chain) and \
            not any(c.dep_ == "amod" and c.tag_ != "NNP" or c.dep_ == "poss" or c.dep_ == "det" and c.lower_ != "the"
                    for t in chain for c in t.children):
        return True
    # "President of the People's Republic of China Xi Jinping": the state's name hangs on the name as a modifier, the
    # name itself two proper nouns or more at the end of the phrase
    obj = objs[0]
    names = [c for c in obj.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < obj.i]
    return obj.tag_ == "NNP" and bool(names) and any(c.dep_ == "nmod" and c.i < min(n.i for n in names)
                                                     for c in obj.children)


def _span_of(tokens, offset: int) -> tuple[int, int]:
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def mentions_for(tokens, offset: int, actors: ArticleActors) -> list[Mention]:
    if not tokens:
        return []
    # tokens may be discontinuous (a conjunct far away); check each token's own span
    spans = [(offset + t.idx, offset + t.idx + len(t.text)) for t in tokens]
    lo, hi = spans[0][0], spans[-1][1]
    found = []
    near = actors.mentions_in(lo - 1, hi + 80)
    for m in near:
        # (a group or a titled official may run past the phrase the parser gives: "the Emir" of "the Emir of Qatar")
        if m.start < hi + 1 and any(s < m.end and m.start < e for s, e in spans) and \
                (m.end <= hi + 1 or m.kind in ("group", "generic")):
            found.append(m)
    # "Anwaar-ul-Haq Kakar": a name the parser cut at its hyphens, its last word alone the phrase
    found[:0] = [m for m in actors.mentions_in(lo - 40, hi + 1, ("person",))
                 if m.start < lo - 1 and any(s < m.end and m.start < e for s, e in spans)]
    # "with Vietnamese President To Lam": a name the parser cut off its title ("To" read as a preposition)
    # (also a title of several words: "Communist Party General Secretary To Lam")
    last = max(tokens, key=lambda t: t.i)
    if last.i + 1 < len(last.doc) and any(titles()[0].fullmatch(last.doc[max(0, last.i - k):last.i + 1].text)
                                          for k in range(3)):
        after = offset + last.nbor(1).idx
        found += [m for m in actors.mentions_in(after, after + 80) if m.kind == "person" and m.start == after]
    # "HRH Crown Prince and Prime Minister of the Kingdom of Saudi Arabia Prince Mohammed bin Salman": the parser
    # hangs the name in the "of" phrase of the title, which a phrase leaves out; the title's words are the person's
    for m in near:
        a = actors.actor(m.actor) if m.kind == "person" and m not in found else None
        if a is not None and any(b == m.end and any(ta <= s < m.start for s, _ in spans)
                                 for ta, b in a.evidence.get("title", ())):
            found.append(m)
    # a person's possessive country ("Japan's Ms Kamikawa") and the counterpart phrase that names
    # a person already present are not separate parties
    people = [m for m in found if m.kind == "person"]
    # a person whose phrase names another or another's role ("Trump's special envoy Steve Witkoff", "Biden's
    # adviser"): the possessor is not the party (but "Xi's government declared": the government is his)
    owners = {offset + t.idx: t.head for t in tokens if t.dep_ == "poss" and t.head in tokens and t.head.i > t.i}
    keep = []
    for m in found:
        owned = next((h for o, h in owners.items() if m.start <= o < m.end), None)
        if m.kind == "person" and owned is not None and (owned.lower_ in OWNED_ROLES or any(
                p.start > m.end and p.actor != m.actor for p in people)):
            continue
        if m.kind == "state" and any(p.start > m.start and p.start - m.end < 40 and
                                     actors.actor(p.actor) and actors.actor(p.actor).country == m.country
                                     for p in people):
            continue
        if m.kind == "state" and _names_other_thing(m, tokens, offset, actors):
            continue
        if m.kind == "counterpart" and m.actor and any(p.actor == m.actor for p in people):
            continue
        if m.kind == "pronoun" and m.text.lower() in ("his", "her", "their"):
            continue
        keep.append(m)
    return keep


def _names_other_thing(m: Mention, tokens, offset: int, actors: ArticleActors) -> bool:
    """Whether a state's mention is a capital in the proper name of something else ("travel to the Bogota International
    Book Fair", "the Moscow State University"): no party, as a capital standing for its government is."""
    tok = next((t for t in tokens if offset + t.idx == m.start), None)
    return tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and offset + tok.head.idx >= m.end \
        and any(e.kind == "capital" for e in actors.gaz.entries_of(m.text)) \
        and not any(e.kind in ("country", "demonym") for e in actors.gaz.entries_of(m.text))


def _children(tok, deps):
    return [c for c in tok.children if c.dep_ in deps]


def _coordinated_preps(preps: list) -> list:
    """The prepositions coordinated with `preps`, the same word again ("with el-Sissi and with Qatar's Prime
    Minister"), that the parser hangs on the first one instead of on its head."""
    return [c for p in preps for c in p.conjuncts if c.pos_ == "ADP" and c.lower_ == p.lower_ and c not in preps]


def _with_conj(toks):
    out = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def subject_of(verb):
    """Subjects of a verb, climbing through xcomp/conj/advcl/ccomp when it has none of its own."""
    cur = verb
    for _ in range(4):
        subs = _children(cur, SUBJ)
        if subs:
            passive = any(s.dep_ == "nsubjpass" for s in subs)
            if cur.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") or s.lower_ == "that" for s in subs):
                subs = [cur.head]       # "Scholz and Macron, who met ...": the antecedent
            return _with_conj([s for s in subs if s.dep_ != "expl"]), passive
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            # a gerund after a preposition takes its verb's subject ("Blinken said ... after meeting him"),
            # or its object after "for" ("criticised Scholz for speaking with Putin")
            prep, verb = cur.head, cur.head.head
            objs = _children(verb, {"dobj"}) if prep.lower_ in OBJECT_CONTROL_PREPS else []
            if objs:
                return _with_conj(objs), False
            if len(_with_conj(_children(verb, SUBJ))) > 1:
                return [], False        # "After meeting Li, Iwaya and Wang held a dialogue": which of them met Li?
            cur = verb
            continue
        if cur is verb and (lead := _leading_name(verb)) is not None:
            return [lead], False    # "Iwaya, on his first visit to China, also met Li Qiang": a name read as a modifier
        if cur.dep_ == "xcomp" and (objs := [o for o in _children(cur.head, {"dobj"}) if o.i < cur.i]):
            return _with_conj(objs), False      # "expected Xi to visit Russia", "invited Lula to visit": the object
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp") and cur.head != cur:
            cur = cur.head
            continue
        break
    return [], False


def _leading_name(verb):
    """The capitalised word that opens a verb's sentence before a comma, where the parser reads that name as a modifier
    of the verb rather than its subject ("Iwaya, on his first visit to China since taking office, also met ...")."""
    first = verb.sent.start
    return next((c for c in verb.children if c.dep_ in ("npadvmod", "dep") and c.i == first and c.text[:1].isupper()
                 and c.pos_ in ("PROPN", "NOUN") and c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].text == ","), None)


def _listed_subjects(verb, subs: list) -> list:
    """Names listed before a verb's subject with a comma, as headlines coordinate ("Wang Yi, Retno Marsudi hold talks",
    which the parser reads as a phrase of time): the caller keeps those that are people."""
    if not subs or subs[0].pos_ != "PROPN":
        return []
    first = min(s.i for s in subs)
    return [c for c in verb.children if c.dep_ in ("npadvmod", "dep", "nmod") and c.pos_ == "PROPN" and c.i < first
            and verb.doc[c.i + 1].text == "," and all(t.pos_ in ("PROPN", "PUNCT") for t in verb.doc[c.i + 1:first])]


CONDITIONS = ("if", "unless", "lest")       # marks of a clause that tells an act only supposed


def _conditional(tok) -> bool:
    """Whether an act is told only as a condition: "to help defend Saudi Arabia if it is attacked", "tariffs if Moscow
    does not halt its attacks", "would reopen the border only if Ghana lifted its ban" (the condition's act has not
    happened; the caller keeps a meeting told in one: "if the talks go well" supposes the talks)."""
    for a in [tok] + list(tok.ancestors):
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in a.children):
            return True
    return False


def _titled_name(tok) -> bool:
    """Whether a noun is a person's name with its title or given name before it ("President Volodymyr Zelenskiy",
    "Chancellor Scholz"), not a name alone, as an outlet's is ("Reuters", "the BBC")."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _passive_aside(tok) -> bool:
    """A clause of a past participle with no subject, agent or auxiliary of its own ("Asked about the border, Tinubu
    said ...", "When pressed on Taiwan, Wang said ...", "Criticised for the deal, Kishida ..."): the act is done to
    the sentence's subject by someone unnamed, no act of its (but "Invited by Xi, Lula ..." has its agent, and
    "Having met Xi, Lula ..." is active)."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass")
                                                        for c in tok.children):
        return False
    # (the sentence's subject, outside any quotation: "'Agreed to redouble efforts,' Jaishankar said" is a minister's
    # post with its "we" left out)
    return not any(t.text in ('"', "“", "”") for t in tok.doc[:tok.i]) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)


def _negated(tok) -> bool:
    """Whether an act is told as not done: "did not meet", "no agreement was reached", "failed to reach a deal",
    "ended without reaching an agreement", "left without meeting Lula"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "xcomp" and (any(c.dep_ == "neg" for c in head.children) or head.lower_ in NEGATIVE_GOVERNORS):
        return True
    return tok.dep_ in ("pcomp", "pobj") and head.lower_ == "without"


def _undone(tok, verb) -> bool:
    """Whether a meeting noun is what its verb cancels or puts off: "The meeting ..., planned for Friday in Brussels,
    has been cancelled", "postponed the talks", "the summit was called off"."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head != verb:
        return False
    low = verb.lower_
    return low in CANCEL_FORMS or (low in CALL_OFF_FORMS and any(c.dep_ == "prt" and c.lower_ == "off"
                                                                 for c in verb.children))


def _future(tok) -> bool:
    """Whether the act lies ahead: will/shall, "to be held", or a future-oriented governor."""
    cur = tok
    for _ in range(4):
        if _future_aux(cur):
            return True
        if cur.tag_ == "MD" and cur.lower_ in FUTURE_AUX:
            return True         # the modal as the head: "Tinubu will on Wednesday depart Abuja for Paris on a state
                                # visit" (the parser lost the verb after the adverbial)
        # "the aide said the two leaders would sign a treaty": reported speech's "will"
        if _reported_would(cur):
            return True
        # "a promise that he would meet European leaders there": what a noun's clause says would be
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "would"
                                                                  for c in cur.children):
            return True
        # ("expected the Turkish leader to visit Russia": the parser's clause of an infinitive with its own subject)
        if _infinitive(cur) and cur.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl"):
            if cur.head.lower_ in FUTURE_GOVERNORS or cur.head.dep_ == "ROOT" and cur.head.lower_ in FUTURE_GOVERNORS:
                return True
            if cur.dep_ == "acl" or (cur.dep_ == "advcl" and cur.head.pos_ in ("NOUN", "PROPN")):
                return True         # ("an invitation for the president to visit Rome": the parser's clause of a noun)
        if cur.dep_ in ("xcomp", "ccomp", "conj") and cur.head != cur:
            cur = cur.head
            continue
        # "When Xi and Biden meet on Monday, they will ...": a clause of time takes its main clause's tense (not one in
        # the past: "would welcome another visit, a month after he met Xi in Beijing")
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("when", "once", "as", "after", "before", "until")
                                       for c in cur.children) and cur.head != cur and not _past(cur):
            cur = cur.head
            continue
        # "will hold talks with Hussein before participating in the dialogue": a gerund before or after takes the tense
        # of the act it is ordered to
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in ORDERING_PREPS and cur.head.head != cur.head:
            cur = cur.head.head
            continue
        break
    return False


def _future_aux(verb) -> bool:
    """Whether a verb is told with will or shall ("will meet")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in verb.children)


def _past(verb) -> bool:
    """Whether a verb is told in the past: "met", "had met", "was received"."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _infinitive(verb) -> bool:
    """Whether a verb is told with "to" ("expected to sign")."""
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _scheduled_future(verb) -> bool:
    """Whether a verb, or one it is the complement of, is told as ahead in time: with will or shall ("will sign the deal
    after talks"), or as the infinitive of a schedule ("is expected to sign the treaty during talks"); not of a
    commitment made ("agreed to reset relations after a meeting": the meeting was held)."""
    cur = verb
    for _ in range(4):
        if _future_aux(cur):
            return True
        if _infinitive(cur) and cur.head.lower_ in SCHEDULE_GOVERNORS:
            return True
        if cur.lower_ in SCHEDULE_GOVERNORS and any(x.dep_ == "xcomp" and _infinitive(x) for x in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


def _compound_word(tok) -> str:
    """The noun as written with what it is joined to: "shouting match", "sit-down", "tete-a-tete"."""
    doc, i = tok.doc, tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        i -= 2
    word = doc[i:tok.i + 1].text.lower()
    if word in NOUN_TRIGGERS or i == 0:
        return word
    return f"{doc[i - 1].lower_} {word}"


# the last word of the triggers written as two words or with hyphens ("shouting match", "sit-down")
COMPOUND_LAST = {re.split(r"[\s-]", k)[-1] for k in NOUN_TRIGGERS if " " in k or "-" in k}


def _call_trigger(tok) -> Trigger | None:
    """The verb "call": "called on X to ..." and "called for ..." request; "called on President X"
    with nothing asked of X is a courtesy call (a meeting). "On Monday" only dates the verb, and
    "called X" alone (telephoned? named?) is left unread."""
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "prt") and c.lower_ == "for" for c in kids):
        return Trigger("REQUEST", None)
    on = [c for c in kids if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
          and not any(g.dep_ == "pobj" and g.lower_ in DATING_WORDS for g in c.children)]
    if not on:
        return None
    called = [g for c in on for g in c.children if g.dep_ == "pobj"] or \
        [c for c in kids if c.dep_ in ("dobj", "oprd")]            # "will call on | Prime Minister Modi"
    asks = any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in kids)
    if called and not asks and all(g.pos_ == "PROPN" or g.lower_ in CALLED_ON_PERSONS for g in called):
        return Trigger("CONSULT", None)
    return Trigger("REQUEST", None)


def trigger_of(tok) -> Trigger | None:
    low = tok.lower_
    if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
        trig = NOUN_TRIGGERS.get(low) or (NOUN_TRIGGERS.get(_compound_word(tok)) if low in COMPOUND_LAST else None)
        if trig is None:
            return None
        if any(c.lower_ in CONSULT_NOUN_STOP for c in tok.children) or (tok.dep_ == "compound" and tok.head.lower_ in CONSULT_NOUN_STOP):
            return None
        if low == "conference" and not any(c.lower_ == "joint" for c in tok.children):
            return None     # "a news conference by the Brazilian delegation"; but "a joint news conference with Zelenskiy"
        if low == "call":
            if any(c.lower_ == "courtesy" for c in tok.children):
                return replace(trig, mode=None)         # "paid a courtesy call on the president": a visit
            if not any(c.lower_ in ("phone", "telephone", "video") for c in tok.children):
                return None
        if tok.text[:1].isupper() and tok.i > tok.sent.start and not (
                tok.dep_ == "dobj" and tok.head.lower_ in ("held", "hold", "holds", "holding")
                and any(c.lower_ == "with" for c in list(tok.children) + list(tok.head.children) if c.dep_ == "prep")):
            return None                 # part of a name: "East Asia Summit", "Strategic Dialogue" (but a readout's
                                        # "held a Japan-ROK Foreign Ministers' Meeting with Mr. CHO")
        if trig.category == "CONSULT" and any((c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "ORG") or
                                              (c.dep_ in ("compound", "nmod", "amod", "poss") and
                                               (c.text.isupper() or c.text in FORUM_WORDS))
                                              for c in tok.children):
            return None                 # a forum's gathering ("the G7 summit"), not a meeting of the parties
        if low in ("fire", "gunfire") and tok.head.lower_ not in FIRE_VERBS:
            return None
        if trig.category == "MOBILIZE" and any(c.lower_ == "joint" for c in tok.children):
            return Trigger("COOPERATE", None, True)     # "joint naval exercises": COOPERATE, as PLOVER codes them
        if trig.category == "CONSULT" and trig.mode is None and any(
                c.lower_ in ("phone", "telephone", "video", "virtual") and c.dep_ in ("compound", "amod", "nmod")
                for c in tok.children):
            return replace(trig, mode="phone")       # "held phone talks with Trump", "a telephone conversation"
        if low in ("concern", "concerns") and tok.head.lower_ not in (
                "expressed", "express", "expresses", "raised", "raise", "raises", "voiced", "voice", "conveyed", "reiterated"):
            return None
        return trig
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if _plays_host(tok):
            return Trigger("CONSULT", None)         # "played host to President X"
        trig = TRIGGER_FORMS.get(low)
        if trig is None:
            return None
        if _passive_aside(tok):
            return None                 # "Asked whether the border would reopen, Tinubu said ...": put to Tinubu
        if low in CALL_FORMS:
            return _call_trigger(tok)
        if low in ("sit", "sits", "sat", "sitting") and any(c.lower_ == "down" for c in tok.children) \
                and any(c.lower_ == "with" for c in tok.children if c.dep_ == "prep"):
            return Trigger("CONSULT", None)     # "sat down with Wang Yi"
        if low in ("speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking"):
            # "spoke by phone with Wang Yi", "talked with his counterpart", "the two ministers spoke by
            # phone": a conversation, not speech
            preps = [c for c in tok.children if c.dep_ in ("prep", "agent")]     # ("by phone" is parsed as either)
            phone = any(t.lower_ in ("phone", "telephone", "video", "videolink") for c in preps for t in c.subtree)
            if not phone and not any(c.lower_ == "with" for c in preps) and \
                    not (low.startswith("talk") and any(c.lower_ == "to" for c in preps)) and \
                    not any(c.lower_ == "to" and any(_titled_name(o) for o in _children(c, {"pobj"})) for c in preps):
                return None             # (but "spoke to Ukrainian President Volodymyr Zelenskiy", not "to Reuters")
            return Trigger("CONSULT", "phone" if phone else None)
        if low in FIGURATIVE_FORMS and any(c.lower_ in FIGURATIVE_FORMS[low] for c in _children(tok, OBJ)):
            return None                 # "seize the opportunity", "strike a balance"
        if low in OBJECT_ACT_FORMS:
            acts, only = OBJECT_ACT_FORMS[low]
            act = next((acts[c.lower_] for c in _children(tok, OBJ | {"nsubjpass"}) if c.lower_ in acts), None)
            if act is not None:
                return Trigger(*act)    # "declared a unilateral ceasefire", "cancelled the restrictions"
            if only:
                return None             # "declared that China must drop its barriers"
        if low in ("review", "reviews", "reviewed", "reviewing") and not any(
                c.lower_ == "with" for c in tok.children if c.dep_ == "prep"):
            return None                 # "reviewed the talks with Sheikh Mohammed"; but "reviewed the budget"
        if low.startswith(("strengthen", "reinforc", "train")):
            # "strengthened its forces on the border" mobilizes; "strengthen cooperation" does not
            objs = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
            if not any(re.match(r"troops|forces|military|defen[cs]es?|army|navy|garrison|border|presence|deployment", t.lower_)
                       for t in objs):
                return None
        if low in ("rule", "rules", "ruled", "ruling") and not any(c.lower_ == "out" for c in tok.children):
            return None
        if low in ("rip", "rips", "ripped", "ripping") and not any(c.lower_ == "into" for c in tok.children):
            return None                 # "ripped into Zelensky"
        if low in ("travel", "travels", "traveled", "travelled", "traveling", "travelling") and \
                not any(c.lower_ == "to" for c in tok.children if c.dep_ == "prep"):
            return None                 # "will travel to Paris": a trip; "travel restrictions": no event
        if low in ("end", "ends", "ended", "ending", "mass", "back", "backed", "free", "share", "shared", "train",
                   "trained", "fire", "fired", "block", "blocked", "march", "marched", "strike", "struck", "beat"):
            # ambiguous everyday verbs: only with a clear object of the right kind (not "end it": what, the pronoun
            # does not tell)
            if not [c for c in _children(tok, OBJ | {"prt"}) if c.pos_ != "PRON"]:
                return None
            if any(c.lower_ in DEAL_NOUNS for c in _children(tok, OBJ)):
                return Trigger("SUPPORT", None)     # "struck a deal with Albania": an agreement finalised
        return trig
    return None


def analyse_sentence(doc, offset: int, index: int, actors: ArticleActors, timexes: list[Timex],
                     places: list[Place], sources: list[Source]) -> list[SentenceEvent]:
    events: list[SentenceEvent] = []
    found = [(tok, trigger_of(tok)) for tok in doc]
    # (a meeting in a condition is kept: "if the talks go well" supposes the talks)
    found = [(t, g) for t, g in found if g is not None and (g.category == "CONSULT" or not _conditional(t))]
    trigger_tokens = {t.i for t, _ in found}
    by_token: dict[int, SentenceEvent] = {}
    for tok, trig in found:
        check()
        hosted = trig.noun and trig.category == "CONSULT" and tok.dep_ == "dobj" and tok.head.lower_ in LIGHT_VERBS \
            and tok.head.dep_ not in ("xcomp", "ccomp")     # "hosted a summit", not "agreed to hold a dialogue"
        if _inside_other_act(tok, trigger_tokens) and not hosted and \
                (trig.category != "CONSULT" or _complement_of_act(tok, trigger_tokens)):
            continue                    # "urged China to lift its bans": the lifting is what was urged;
                                        # "agreed to hold the strategic dialogue": the content of an agreement
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.head.head.pos_ in ("VERB", "AUX"):
            continue                    # "briefed him about his recent visit to Ukraine": what was told, no act then
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in TOPIC_NOUNS:
            continue                    # "made no mention of sanctions", "the prospect of a summit": a topic
        if trig.noun and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lower_ in AIM_NOUNS \
                and not any(c.dep_ in ("det", "poss") for c in tok.children):
            continue                    # "create conditions for direct dialogue between Russia and Ukraine": an aim
        if tok.lower_ == "visiting" and tok.dep_ == "pcomp" and tok.head.head.i in trigger_tokens \
                and tok.head.lower_ in ("with", "to", "for"):
            continue                    # "talks with visiting President X": a guest's epithet, the talks tell it
        if tok.dep_ in ("relcl", "acl") and trig.category != "CONSULT" and not trig.noun:
            continue                    # "restrictions Beijing imposed": background, not an act reported here
        if trig.category == "REQUEST" and tok.lower_ in ("seek", "seeks", "sought", "seeking") and _children(tok, {"xcomp"}):
            trig = Trigger("AGREE", None)   # "would seek to build up regular communications": an intention
        ev = SentenceEvent(trig.category, trig.mode, index, _abs(tok, offset), tok.text, noun=trig.noun)
        governing = tok
        if trig.noun:                   # "will travel to China for talks": the verb the noun hangs from
            g = tok
            for _ in range(4):
                if g.head == g or g.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj", "compound", "appos"):
                    break
                g = g.head
                if g.pos_ in ("VERB", "AUX"):
                    governing = g
                    break
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                governing = tok.head    # "The meeting will be in Bali": the copula's tense
            if tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_PREPS and governing.dep_ == "xcomp":
                governing = governing.head      # "agreed to boost rail links during talks": the agreement's tense
        # ("would not revive the deal ..., after talks with Erdogan", "did not agree during the talks": the talks were
        # held; "did not hold talks", "will not travel for talks": no talks)
        setting = _setting(tok)
        ev.negated = _negated(tok) or (trig.noun and not setting and (_negated(governing) or _undone(tok, governing)))
        ev.purpose = bool(trig.noun and _purpose_of_travel(tok))
        # ("said Moscow would not revive the deal ..., after talks with Erdogan": reported speech's "would" is not the
        # tense of the talks the words followed)
        reported = setting and _reported_would(governing)
        # (a meeting told as the setting of an act ahead of which nothing but its infinitive lies was held: "agreed to
        # reset relations after a 40-minute meeting on Friday"; "will sign the deal after talks" is ahead)
        ev.future = _future(tok) or (trig.noun and governing != tok and not reported and (
            _scheduled_future(governing) if setting else _future(governing))) or (
            trig.noun and any(c.lower_ in UPCOMING for c in tok.children if c.dep_ == "amod")) or (
            # "he expects a Xi visit", "planned a trip to Tokyo": what is expected or planned lies ahead
            trig.noun and tok.dep_ in ("dobj", "ccomp") and tok.head.lower_ in FUTURE_GOVERNORS) or (
            trig.noun and _ahead_phrase(tok)) or ev.purpose     # "arrived ..., ahead of talks with Xi";
                                                                        # "arrived on Tuesday for talks with Biden"
        ev.sources = sources
        ev.attendance = (governing if trig.noun else tok).lower_ in ATTENDANCE_FORMS or (
            trig.noun and tok.dep_ == "pobj" and any(t.lower_ in ATTENDANCE_WORDS for t in [
                tok.head.head, *(c for c in tok.head.head.children if c.dep_ in ("acomp", "dobj"))]))
        ev.attended_told = ev.attendance and trig.noun and _told_meeting(tok)
        if trig.noun:
            _noun_arguments(tok, ev, offset, actors)
        else:
            _verb_arguments(tok, ev, offset, actors)
        if trig.category == "CONSULT" and any(m.kind in ("person", "pronoun") for m in ev.actors):
            # (a visitor named only as "the Chinese leader" stays a frame: the host alone makes no meeting)
            ev.recipients += [m for m in _inviters(tok, offset, actors) if m not in ev.recipients + ev.actors]
        if (tok.lower_ in HOST_FORMS or _plays_host(tok)) and ev.recipients:
            ev.actors, ev.recipients = ev.recipients, ev.actors          # the guest is the actor of a visit
        elif tok.lower_ in HOST_FORMS and not trig.noun and len(ev.actors) >= 2 and \
                not any(m.kind in ("group", "pronoun") for m in ev.actors):
            continue                    # "Prince Faisal and Musaed al-Aiban hosted the opening of the meeting": hosts
        _speaker(tok, ev, offset, actors)
        if trig.category == "CONSULT":
            _first_person_speaker(tok, ev, offset, actors)
        ev.timex = _attached_timex(tok, doc, offset, timexes)
        if ev.timex is not None and trig.noun:
            ev.timex = _first_day_of_span(tok, doc, offset, timexes, ev.timex)
        ev.place = _attached_place(tok, doc, offset, places, trigger_tokens)
        _drop_saying_day(ev, tok, doc, offset)     # "Biden said on Sunday he expected a discussion with Xi"
        if ev.timex is not None and trig.category != "CONSULT" and not trig.noun:
            # "agreed to meet again next month": the date of what was agreed, not of the agreement; "accepted an
            # invitation to visit Turkey in April", "protested the decision to hold drills on Monday": the date of
            # the clause that tells what its object is
            content = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")] \
                if trig.category in ("AGREE", "REQUEST", "THREATEN", "REJECT", "CONCEDE") else []
            content += [a for c in tok.children if c.dep_ == "dobj" for a in c.children
                        if a.dep_ in ("acl", "relcl") and a.pos_ in ("VERB", "AUX")]
            rel = ev.timex.start - offset
            if any(t.idx <= rel < t.idx + len(t.text) for c in content for t in c.subtree):
                ev.timex = None
        if trig.parties and not ev.actors and not ev.recipients:
            # "the encounter, staged at ...": a meeting already told; "exchange rates": nothing
            if tok.dep_ == "compound" or not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                 for c in tok.children):
                continue
            ev.reference_only = True
        if (ev.reference_only or not (ev.actors or ev.recipients)) and _forum_gathering(tok, offset, actors):
            continue                    # "the APEC leaders meeting in November": a forum's gathering, not
                                        # the meeting the article reports
        if ev.reference_only and not ev.actors and not ev.recipients:
            # "While the meeting in Malta came ..., Wang is to visit Moscow this week": a meeting
            # referred to keeps only the date and place of its own phrase (or of "took place")
            own = set(t.i for t in tok.subtree)
            if tok.head.lower_ in REFERENCE_VERBS:
                # the verb's phrases, but not what another trigger below it governs
                others = {t.i for o in tok.head.subtree if o.i in trigger_tokens and o.i != tok.i and o != tok.head
                          for t in o.subtree}
                own |= {t.i for t in tok.head.subtree} - others
            if ev.timex is not None and _token_index(doc, ev.timex.start - offset) not in own:
                ev.timex = None
            if ev.place is not None and _token_index(doc, ev.place.start - offset) not in own:
                ev.place = None
        ev.content = _content(tok, offset)
        ev.quote = bool(re.search(r"[“\"]", _text(doc)))
        if ev.category == "REQUEST":
            ev.mode = ("yield" if YIELD_WORDS.search(ev.content) else "meet" if MEET_WORDS.search(ev.content)
                       else "assist" if ASSIST_WORDS.search(ev.content) else "change")
        events += _legs(tok, ev, offset, places, timexes) if ev.category == "CONSULT" and not trig.noun else [ev]
        by_token[tok.i] = ev
    for i, ev in by_token.items():
        if ev.noun and ev.category == "CONSULT" and ev.actors and not ev.recipients:
            # "his visit to meet with Putin in Moscow": the visit is the meeting its purpose names
            n = doc[i]
            purposes = [c for c in n.children if c.dep_ in ("acl", "relcl", "xcomp")]
            if n.dep_ == "dobj":        # "had his own visit to meet with Putin": the purpose hangs from the verb
                # (an infinitive: "held talks, a day after Erdogan hosted Orban" tells another act, not their purpose)
                purposes += [c for c in n.head.children if c.dep_ in ("advcl", "xcomp") and c.i > i
                             and any(w.dep_ == "aux" and w.lower_ == "to" for w in c.children)]
            for c in purposes:
                sub = by_token.get(c.i)
                if sub is not None and sub.category == "CONSULT" and \
                        sub.recipients and set(m.actor for m in sub.actors) <= set(m.actor for m in ev.actors):
                    ev.recipients = list(sub.recipients)
                    ev.place = ev.place or sub.place
                    ev.timex = ev.timex or sub.timex
    events += _encounters(doc, offset, index, actors, timexes, places, trigger_tokens, sources)
    # clauses and phrases of another act: relative clauses, clauses of their own time, phrases ordered
    # before or after ("arrived in Washington on Sunday after a visit to China") and bounds ("since May in Hiroshima")
    clauses = [t for t in doc if t.dep_ == "relcl" or _own_time_clause(t) or _ordering_phrase(t) or _bound_phrase(t)]
    for ev in events if clauses else ():
        tok = _token_at(doc, ev.trigger[0] - offset)
        ev.apart_in_time = tok is not None and any(_in_subtree(tok, c) and _apart_clause(c) for c in clauses)
        mine = [c for c in clauses if tok is None or not _in_subtree(tok, c)]
        ev.asides = tuple(_span_of(_bound_tokens(c) if _bound_phrase(c) else sorted(c.subtree, key=lambda t: t.i),
                                   offset) for c in mine)
        ev.ordered = tuple(_span_of(_bound_tokens(c) if _bound_phrase(c) else sorted(c.subtree, key=lambda t: t.i),
                                    offset) for c in mine
                           if _ordering_phrase(c) or _bound_phrase(c) or c.dep_ == "advcl" and
                           any(m.dep_ == "mark" and m.lower_ in ORDERING_MARKS for m in c.children))
    return events


# Verbs whose subject is a meeting referred to: "The meeting took place in Busan", "The talks lasted two hours"
REFERENCE_VERBS = {"took", "take", "takes", "taking", "held", "was", "were", "is", "be", "will", "lasted", "began", "begun", "ended",
                   "started", "opened", "concluded", "came", "comes", "followed", "unfolded", "featured", "staged",
                   "went", "turned", "broke", "happened", "occurred"}


def _token_index(doc, rel: int) -> int | None:
    tok = _token_at(doc, rel)
    return tok.i if tok is not None else None


def _encounters(doc, offset: int, index: int, actors: ArticleActors, timexes: list[Timex], places: list[Place],
                trigger_tokens: set[int], sources: list[Source]) -> list[SentenceEvent]:
    """Meetings a sentence implies without a word of meeting: two people acting together ("Kim and
    Putin toured the facility", "the two leaders exchanged greetings") or one acting on the other
    ("Macron pressured Xi", "Putin told Xi"). The article stage keeps them only where they are shown
    in one place."""
    out = []
    for tok in doc:
        low = tok.lower_
        if (low not in JOINT_FORMS and low not in ENCOUNTER_FORMS) or \
                (tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB")):
            continue
        kind = None
        if tok.dep_ in ("xcomp", "ccomp", "acl", "relcl", "amod", "pcomp") and tok.head.pos_ in ("VERB", "AUX", "NOUN") \
                and not (tok.dep_ == "ccomp" and tok.head.lower_ in SPEECH_FORMS):
            continue                    # "agreed to hold", "the decision to visit": the content of another act
                                        # (but "A and B agreed ..., the ministry said" is a report)
        partners = []
        if low in JOINT_FORMS:
            subs, passive = subject_of(tok)
            found = [m for s in subs for m in mentions_for(np_tokens(s), offset, actors)]
            people = [m for m in found if m.kind in ("person", "counterpart")]
            groups = [m for m in found if m.kind == "group"]
            # "Kamikawa and Kihara signed a reciprocal access agreement with Defense Secretary Teodoro": its partner
            # (not a meeting noun's: "held separate talks with Lula" is the talks' to tell)
            partners = [m for m in _with_partners([o for o in _children(tok, {"dobj"}) if not _meeting_noun(o)],
                                                  offset, actors)
                        if m.kind in ("person", "counterpart", "generic") and m not in found]
            if not passive and (len(people) >= 2 or groups or (people and partners)):
                kind = "joint"
        if kind is None and low in ENCOUNTER_FORMS:
            kind = "act"
        if kind is None:
            continue
        if low in ("shake", "shakes", "shook", "shaken", "shaking") and not any(
                c.lower_ in ("hands", "hand") for c in tok.children):
            continue
        if low in ("show", "shows", "showed", "shown", "showing") and not any(
                c.lower_ in ("around", "round") for c in tok.subtree):
            continue
        ev = SentenceEvent("CONSULT", None, index, _abs(tok, offset), tok.text, encounter=kind,
                           attendance=low in ATTENDANCE_FORMS,
                           attended_told=low in ATTENDANCE_FORMS and any(_told_meeting(o) for o in _children(tok, OBJ)))
        if kind == "joint":
            subs, _ = subject_of(tok)
            ev.actors = [m for s in subs for m in mentions_for(np_tokens(s), offset, actors)]
            ev.recipients = partners
        else:
            _verb_arguments(tok, ev, offset, actors)
            if tok.lower_ in HOST_FORMS and ev.recipients:
                ev.actors, ev.recipients = ev.recipients, ev.actors
            if not [m for m in ev.actors if m.kind in ("person", "pronoun", "counterpart")] or \
                    not [m for m in ev.recipients if m.kind in ("person", "counterpart", "generic", "pronoun")]:
                continue
        ev.negated = _negated(tok)
        ev.future = _future(tok)
        ev.sources = sources
        ev.timex = _attached_timex(tok, doc, offset, timexes)
        _drop_saying_day(ev, tok, doc, offset)     # "said on Monday that A and B would sign ..."
        ev.place = _attached_place(tok, doc, offset, places, trigger_tokens)
        ev.elsewhere = _places_of_other_acts(tok, doc, offset, places)
        out.append(ev)
    return out


def _with_partners(nodes, offset: int, actors: ArticleActors) -> list[Mention]:
    """The mentions of the "with" phrases that hang on any of `nodes`: the partner the parser attached to a place,
    a topic or an object instead of the act ("met in Mexico City with X", "the dialogue on the boundary issue with X",
    "signed an agreement with X")."""
    return [m for n in nodes for w in _children(n, {"prep"}) if w.lower_ == "with"
            for p in _children(w, {"pobj"}) for m in mentions_for(np_tokens(p), offset, actors)]


def _legs(tok, ev: SentenceEvent, offset: int, places: list[Place], timexes: list[Timex]) -> list[SentenceEvent]:
    """A verb's meetings with people each told with a place of their own: "met Putin in Moscow on Friday and
    Zelenskiy in Kyiv last Tuesday" is two meetings, each with the place and the day told after its person (the
    parse gives both places to the verb); else the event alone."""
    people = sorted({(m.start, m.end): m for m in ev.recipients if m.kind == "person"}.values(), key=lambda m: m.start)
    # (the phrase of place hangs on the verb or, as the parser may have it, on the person before it)
    spots = [p for p in places if (x := _token_at(tok.doc, p.start - offset)) is not None
             and x.dep_ == "pobj" and x.head.lower_ in ("in", "at") and (x.head.head == tok or any(
                 m.start <= offset + x.head.head.idx < m.end for m in people))]
    if len(people) < 2 or len({p.name for p in spots}) < 2:
        return [ev]
    out = []
    for k, m in enumerate(people):
        end = people[k + 1].start if k + 1 < len(people) else offset + len(_text(tok.doc)) + 1
        where = [p for p in spots if m.end <= p.start < end]
        when = [t for t in timexes if m.end <= t.start < end and t.type in ("DATE", "TIME")]
        if not where:
            return [ev]
        out.append(replace(ev, recipients=[m], place=where[0], timex=when[0] if when else None))
    return out


def _meeting_noun(tok) -> bool:
    """Whether a noun is a word of meeting ("talks", "meetings", "summit")."""
    trig = NOUN_TRIGGERS.get(tok.lower_) or NOUN_TRIGGERS.get(tok.lemma_.lower())
    return trig is not None and trig.category == "CONSULT"


def _places_of_other_acts(tok, doc, offset: int, places: list[Place]) -> frozenset[int]:
    """The sentence's places inside another verb's clause below the trigger ("criticised Modi for
    embracing Putin in Moscow": Moscow is the embrace's): they show nobody of the trigger's act there."""
    out = set()
    for p in places:
        x = _token_at(doc, p.start - offset)
        cur = x
        for _ in range(30):
            if cur is None or cur == tok or cur.head == cur:
                break
            if cur != x and cur.pos_ == "VERB" and cur.dep_ in ("pcomp", "advcl", "xcomp", "ccomp") and _in_subtree(cur, tok):
                out.add(p.start)
                break
            cur = cur.head
    return frozenset(out)


def _forum_gathering(tok, offset: int, actors: ArticleActors) -> bool:
    """Whether a meeting noun names a forum's gathering ("the Asia-Pacific Economic Cooperation
    leaders meeting", "the G20 summit")."""
    first = tok.left_edge
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].head is not tok:
        first = min(first, tok.doc[tok.i - 1].left_edge, key=lambda t: t.i)   # "the APEC leaders meeting"
    for m in actors.mentions_in(offset + first.idx, offset + tok.idx):
        a = actors.actor(m.actor)
        if m.kind == "org" and a is not None and a.forum:
            return True
    return False


def _drop_saying_day(ev: SentenceEvent, tok, doc, offset: int) -> None:
    """An act ahead is not dated by the verb of saying that reports it: the saying's day."""
    if ev.timex is not None and ev.future and _said_on(tok, doc, ev.timex.start - offset):
        ev.timex = None


def _said_on(tok, doc, rel: int) -> bool:
    """Whether a time expression dates the verb of saying that reports the trigger."""
    x = _token_index(doc, rel)
    if x is None:
        return False
    speech = next((a for a in doc[x].ancestors if a.lower_ in SPEECH_FORMS), None)
    return speech is not None and speech in tok.ancestors and not _in_subtree(doc[x], next(
        (c for c in speech.children if c.dep_ in ("ccomp", "xcomp") and _in_subtree(tok, c)), speech))


def _complement_of_act(tok, trigger_tokens: set[int]) -> bool:
    """Whether a trigger is what another act is about ("agreed to hold talks", "urged them to meet"),
    as opposed to its setting ("In a meeting in Busan, they agreed", "agreed to boost trade during talks")."""
    if _setting(tok):
        return False            # ("agreed to coordinate their deterrents, after talks at Downing Street": held)
    cur, through_argument = tok, False
    for _ in range(12):
        if cur.head == cur:
            return False
        if cur.dep_ == "relcl" and cur.head.i not in trigger_tokens:
            return False        # "travelling to Qatar, where he is scheduled to meet the Emir": the clause's own act
        if cur.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when", "while")
                                       for c in cur.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False        # "urged the EU to join China ... as he met Sanchez in Beijing": when, not what
                                # (and "agreed to speed up the demarcation when they met in Hanoi")
        through_argument = through_argument or cur.dep_ in ("xcomp", "ccomp", "dobj")
        if cur.head.i in trigger_tokens:
            return through_argument
        cur = cur.head
    return False


def _inside_other_act(tok, trigger_tokens: set[int]) -> bool:
    """Whether a trigger lies in the complement of another trigger in its sentence."""
    cur = tok
    for _ in range(12):
        if cur.head == cur:
            return False
        if cur.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "pcomp", "prep", "advcl", "acl", "relcl", "conj", "compound",
                            "amod", "poss", "nmod"):
            return False
        parent = cur.head
        if parent.i in trigger_tokens and cur.dep_ != "conj":
            return True
        cur = parent
    return False



def _visiting_guests(prep) -> list:
    """The guest of "talks with visiting Somali President X", which the parser reads as a gerund ("visiting")
    with its object, not as the phrase's noun."""
    return [o for pc in _children(prep, {"pcomp"}) if pc.lower_ == "visiting" for o in _children(pc, {"dobj"})]


def _plays_host(tok) -> bool:
    """"played host to X": the subject hosts X."""
    return tok.lower_ in PLAY_FORMS and any(c.dep_ == "dobj" and c.lower_ == "host" for c in tok.children)


def _ordering_phrase(tok) -> bool:
    """A prepositional phrase of an event before or after another: "after a visit to China", "before arriving in
    Indonesia" (a journey's other leg), "before attending a summit of European leaders", "ahead of the trilateral
    summit with Yoon"."""
    return tok.dep_ == "prep" and (tok.lower_ in ORDERING_PREPS or _ahead_prep(tok)) and any(
        c.dep_ == "pobj" or c.dep_ == "pcomp" and (c.lower_ in LEG_VERBS and _to_a_place(c) or any(
            o.lower_ in NOUN_TRIGGERS for o in _children(c, {"dobj"}))) for c in tok.children)


def _to_a_place(verb) -> bool:
    """Whether a verb of going names where ("arriving in Indonesia"; not "heading into hours of discussions")."""
    return any(o.pos_ == "PROPN" for p in _children(verb, {"prep"}) for o in _children(p, {"pobj"}))


def _bound_phrase(tok) -> bool:
    """A prepositional phrase of the time another act bounds: "(the first time they met) since May in Hiroshima",
    "(his first visit to Japan) since taking office in June"."""
    return tok.dep_ == "prep" and tok.lower_ in BOUND_WORDS and any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


def _told_meeting(noun) -> bool:
    """A meeting noun named as one the article tells, the object of its attendance: "attended the meeting", "present
    at the talks" (not "The meeting in Nairobi was attended by Ruto and Museveni": there the attendees are its
    parties)."""
    return noun.lower_ in NOUN_TRIGGERS and noun.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)    # "the dialogue with Doval"


def _apart_clause(tok) -> bool:
    """A clause ordered before or after the act it hangs on by a span of time: "(said ...,) a month after Wong hosted
    Wang", "days before the two spoke"."""
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ORDERING_MARKS), None)
    return tok.dep_ == "advcl" and mark is not None and any(
        t.lower_ in SPAN_UNITS for t in tok.doc[max(tok.sent.start, mark.i - 3):mark.i])


def _bound_clause(tok) -> bool:
    """A clause of the time another act bounds: "(the first meeting between the two leaders) since Trump returned to
    the White House", or of an act told as after it: "(the last such meeting) before Donald Trump returns to the White
    House in January"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and (c.lower_ in BOUND_WORDS or c.lower_ == "before")
                                       for c in tok.children)


def _bound_tokens(tok) -> list:
    """The words of a bound phrase, with the place phrase that follows it where the parser hangs that on the verb
    ("met since May in Hiroshima": "in Hiroshima" is the place of May's meeting either way)."""
    words = sorted(tok.subtree, key=lambda t: t.i)
    nxt = words[-1].i + 1
    if nxt < len(tok.doc) and tok.doc[nxt].dep_ == "prep" and tok.doc[nxt].lower_ in ("in", "at"):
        words += sorted(tok.doc[nxt].subtree, key=lambda t: t.i)
    return words


def _after_phrase(tok) -> bool:
    """Whether a noun is told after its verb's act ("returned ... after a trip"): of another time and place."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following")


def _ahead_phrase(tok) -> bool:
    """Whether a noun is told as ahead of its verb's act: "arrived ..., ahead of talks with Xi", "prior to the summit"."""
    return tok.dep_ == "pobj" and _ahead_prep(tok.head)


def _ahead_prep(prep) -> bool:
    """Whether a preposition is the second word of "ahead of" / "prior to"."""
    return prep.lower_ in ("of", "to") and prep.head.lower_ in AHEAD_WORDS


def _trails(x, noun) -> bool:
    """Whether a time's word stands right after the phrase of a noun, past its preposition: "a trilateral summit with
    South Korea on Monday"."""
    last = max(u.i for u in noun.subtree)
    return 0 < x.i - last <= 2 and all(u.pos_ == "ADP" for u in x.doc[last + 1:x.i])


def _trails_ordering_phrase(x, tok) -> bool:
    """Whether a time's word stands right after a phrase of an act ahead or after (`_trails`) that does not hold the
    trigger `tok`."""
    if x.i < 2:
        return False
    end = x.doc[x.i - 1] if x.doc[x.i - 1].pos_ != "ADP" else x.doc[x.i - 2]
    for noun in [end, *end.ancestors]:
        if _after_phrase(noun) or _ahead_phrase(noun):
            return noun is not tok and not _in_subtree(tok, noun) and _trails(x, noun)
    return False


def _close_phrase(tok) -> bool:
    """Whether a noun is told at its close: "will return to Abuja at the end of the visit" (lexicon.CLOSE_PAIRS)."""
    return tok.dep_ == "pobj" and (tok.head.head.lower_, tok.head.lower_) in CLOSE_PAIRS


def _in_after_phrase(tok):
    """The noun of the phrase told after its verb's act ("after a visit to China") that a trigger stands within, by a
    clause on it ("during which he met Xi") or a phrase of it; None where it stands in none (or is that noun)."""
    node = tok
    while node.dep_ in ("relcl", "acl", "prep", "pobj", "dobj", "conj", "compound", "amod") and node.head is not node:
        node = node.head
        if _after_phrase(node):
            return node
    return None


def _purpose_of_travel(tok) -> bool:
    """Whether a noun is what a journey is for ("arrived in San Francisco on Tuesday for the summit
    and talks with Biden"): it lies ahead of the journey, whose date is not its own."""
    base = tok
    while base.dep_ == "conj" and base.head != base:
        base = base.head
    return base.dep_ == "pobj" and base.head.lower_ == "for" and (base.head.head.lower_ in MOVE_VERBS
                                                                   or base.head.head.lower_ in LEG_VERBS)


def _inviters(tok, offset: int, actors: ArticleActors) -> list[Mention]:
    """The host of a visit or talks held "at the invitation of X" (of the trigger or its verb)."""
    out = []
    for t in (tok, tok.head) if tok.head.pos_ in ("VERB", "AUX") else (tok,):
        for p in _children(t, {"prep"}):
            for inv in _children(p, {"pobj"}):
                if inv.lower_ in ("invitation", "invitations") and p.lower_ in ("at", "on", "upon", "following"):
                    out += [m for of in _children(inv, {"prep"}) if of.lower_ == "of"
                            for po in _children(of, {"pobj"}) for m in mentions_for(np_tokens(po), offset, actors)]
    return out


def _host_of_talks(tok, c, found: list[Mention], offset: int, actors: ArticleActors) -> bool:
    """Whether the one state before a meeting noun that others are "at" is where it is held, not a party: "Armenia,
    Azerbaijan make progress on peace deal at Kazakhstan talks" (their subject names two other parties)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "at" and len(found) == 1 and found[0].kind == "state"
            and c.ent_type_ != "NORP" and sum(x.dep_ in ("compound", "amod", "nmod") for x in tok.children) == 1):
        return False
    subject = [m for x in _children(tok.head.head, {"nsubj"}) for m in mentions_for(np_tokens(x), offset, actors)]
    return len({m.text for m in subject if m.kind in ("state", "person") and m.text != found[0].text}) >= 2


def _noun_arguments(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    """Parties of "the meeting between A and B", "A's visit to B", "talks with B", "X held talks";
    of the verb a meeting is the subject of, too ("a shouting match broke out ... between A and B")."""
    children = list(tok.children)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in REFERENCE_VERBS:
        children += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    gathered = []       # "The talks brought together A and B", "The meeting was attended by A and B"
    if tok.dep_ == "nsubj" and tok.head.lower_ in GATHERING_VERBS:
        gathered = _children(tok.head, {"dobj"})
    # "after a 2+2 meeting that also included Foreign Secretary Enrique Manalo"
    gathered += [o for r in _children(tok, {"relcl"}) if r.lower_ in GATHERING_VERBS for o in _children(r, {"dobj"})]
    if tok.dep_ == "nsubjpass" and tok.head.lower_ in ATTENDED_FORMS:
        gathered = [p for a in _children(tok.head, {"agent"}) for p in _children(a, {"pobj"})]
        if any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children) and \
                any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.head.children):
            # "The talks ... were also attended by Waltz, Witkoff and Ushakov": more people at the talks told
            ev.attendance = ev.attended_told = True
    for o in gathered:
        ev.actors += mentions_for(np_tokens(o), offset, actors)
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in children)
    for c in children:
        if c.dep_ == "poss":
            found = mentions_for(np_tokens(c), offset, actors)
            if not found and ev.category == "CONSULT" and (c.lower_ == "their" or c.lower_ in ("his", "her") and any(
                    x.dep_ == "prep" and x.lower_ == "with" for x in children)):
                # "after their talks", "in their phone call": the people the sentence or the last meeting names;
                # "his meeting with Trump turned into a shouting match": the subject going on (not "his visit to
                # China": whose, the parser's phrase does not tell)
                found = [Mention(offset + c.idx, offset + c.idx + len(c.text), "pronoun", None, text=c.text)]
                if c.lower_ in ("his", "her") and (verb := _verb_of(tok)) is not None:
                    # "Ramaphosa informed Zelenskyy of his telephone conversation with Trump": the clause's subject
                    found = _subject_person(verb, offset, actors) or found
            ev.actors += found
        elif c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP", "PERSON", "ORG")
                                                          or (c.text[:1].isupper() and mentions_for([c], offset, actors))):
            # ("Starmer and Trump held talks ...", read as a modifier of "talks": with its conjuncts)
            found = mentions_for([c], offset, actors) + [
                m for cj in _children(c, {"conj"}) if cj.text[:1].isupper() for m in mentions_for([cj], offset, actors)]
            if not _host_of_talks(tok, c, found, offset, actors):
                ev.actors += found
        elif c.dep_ == "prep" and c.lower_ in ("between", "among", "of", "by"):
            for p in _children(c, {"pobj"}):
                ev.actors += mentions_for(np_tokens(p), offset, actors)
        elif c.dep_ == "prep" and c.lower_ == "for" and tok.lower_ in MEAL_NOUNS:
            # "hosted a banquet for (visiting) President X": the guest
            for p in _children(c, {"pobj"}) + [o for pc in _children(c, {"pcomp"}) for o in _children(pc, {"dobj"})]:
                ev.recipients += [m for m in mentions_for(np_tokens(p), offset, actors)
                                  if m.kind in ("person", "counterpart", "generic", "group")]
        elif c.dep_ == "prep" and c.lower_ in ("around", "near", "off") and ev.category == "MOBILIZE":
            for p in _children(c, {"pobj"}):     # "military drills around Taiwan": whom they are aimed at
                ev.recipients += [m for m in mentions_for(np_tokens(p), offset, actors) if m.kind == "state"]
        elif c.dep_ == "prep" and (c.lower_ in ("with", "to") or
                                   (tok.lower_ in CALL_FORMS and c.lower_ in ("on", "upon", "from"))):
            # ("a courtesy call on the president"; "received a courtesy call from X": the host's
            # verb makes X the actor below)
            for p in _children(c, {"pobj"}) + _visiting_guests(c):
                found = mentions_for(np_tokens(p), offset, actors)
                if c.lower_ == "to":                      # "visit to Beijing": the host is a place or state
                    ev.recipients += [m for m in found if m.kind in ("state", "person", "org")]
                else:
                    ev.recipients += found
        elif c.dep_ == "prep" and c.lower_ in TALKED_ABOUT_PREPS and ev.category == "CONSULT":
            # "the dialogue on the boundary issue with Ajit Doval": the parser hangs the partner on the topic
            ev.recipients += [m for m in _with_partners(_children(c, {"pobj"}), offset, actors) if m.kind == "person"]
    # "talks with Li and with Kishida": a preposition coordinated with the noun's own
    for w in _coordinated_preps([c for c in children if c.dep_ == "prep" and c.lower_ == "with"]):
        ev.recipients += [m for p in _children(w, {"pobj"}) for m in mentions_for(np_tokens(p), offset, actors)
                          if m not in ev.recipients]
    # a noun inside the object or a phrase of a verb: "X and Y held talks", "In a meeting in Busan, X and Y agreed"
    # ("a day after Blinken's talks with Netanyahu": talks in a phrase, owned by their own party)
    # (and "arrangements for an upcoming visit by Erdogan to Egypt": the visit's own agent)
    head, owned = tok, tok.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ not in PRONOUNS or c.dep_ == "prep"
                                                  and c.lower_ == "by" and _children(c, {"pobj"}) for c in tok.children)
    while (head.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj", "compound", "appos")
           or (head.dep_ == "advmod" and head.lower_ in AHEAD_WORDS)) and head.head != head:
        head = head.head        # ("arrived in Shanghai, ahead of talks with Xi": the arrival's subject talks)
        if head.pos_ in ("VERB", "AUX") and not (head.dep_ == "prep" and head.lower_ == "following"):
            break               # (but "signed a treaty following talks": "following" is a preposition)
        # "to prepare ground for Modi's upcoming trip to China for the SCO summit": the summit is of Modi's trip
        owned = owned or any(c.dep_ == "poss" for c in head.children)
    if head != tok and head.pos_ in ("VERB", "AUX") and not owned:
        subs, passive = subject_of(head)
        found = []
        for s in subs:
            found += mentions_for(np_tokens(s), offset, actors)
            for c in s.children:        # "In a dramatic encounter, tensions between A and B escalated"
                if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                    found += [m for p in _children(c, {"pobj"}) for m in mentions_for(np_tokens(p), offset, actors)]
        found = _speaker_for_state(head, found, offset, actors)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            ev.reference_only = not ev.actors and not ev.recipients
        elif head.lower_ in LIGHT_VERBS or (tok.dep_ == "pobj" and not ev.actors) or head.lower_ in SPEECH_FORMS:
            # (but "Xi ... in the wake of Pelosi's visit to Taiwan": the visit is Pelosi's, not Xi's)
            ev.actors += [m for m in found if m not in ev.actors]
            ev.actors += [m for t in _listed_subjects(head, subs) for m in mentions_for(np_tokens(t), offset, actors)
                          if m.kind == "person" and m not in ev.actors]
            if tok.dep_ == "dobj" and head.lower_ in LIGHT_VERBS:
                # "held talks here on Tuesday with Retno Marsudi": the parser hangs the other party on the verb
                # (also the second of "held separate talks with Li and with Kishida")
                # (or on its place or day: "held talks here on the 4th with Russian Foreign Minister Sergei Lavrov")
                ev.recipients += [m for w in _children(head, {"prep"}) if w.lower_ == "with"
                                  for o in _children(w, {"pobj"}) for m in mentions_for(np_tokens(o), offset, actors)
                                  if m not in ev.actors and m not in ev.recipients]
                ev.recipients += [m for w in _children(head, {"prep"}) if w.lower_ in ("in", "at", "on")
                                  for m in _with_partners(_children(w, {"pobj"}), offset, actors)
                                  if m not in ev.actors and m not in ev.recipients]
            if tok.dep_ == "pobj" and tok.head.lower_ == "for" and head.lower_ in JOINED_FOR_FORMS | MEET_FORMS:
                # "Yoon and Ishiba joined Biden for a trilateral summit", "met with Biden for a trilateral summit": the
                # one joined or met is of it
                joined = _children(head, {"dobj"}) + [o for w in _children(head, {"prep"}) if w.lower_ == "with"
                                                      for o in _children(w, {"pobj"})]
                ev.recipients += [m for o in joined for m in mentions_for(np_tokens(o), offset, actors)
                                  if m not in ev.actors and m not in ev.recipients]
            if head.lower_ in ("host", "hosts", "hosted", "hosting", "receive", "received"):
                ev.recipients, ev.actors = ev.actors, ev.recipients
            elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "during") and not ev.recipients \
                    and head.lower_ not in LIGHT_VERBS and (tok.lower_ in ENCOUNTER_NOUNS or theirs
                                                            or head.lower_ in TOLD_FORMS):
                # "in a remarkable encounter, Trump ripped into Zelensky": the person acted on was there;
                # "Putin told Scholz in their phone call": theirs
                objs = _children(head, OBJ) + [po for p in _children(head, {"prep"}) if p != tok.head and
                                               p.lower_ in ("into", "with", "against", "at") for po in _children(p, {"pobj"})]
                ev.recipients += [m for o in objs for m in mentions_for(np_tokens(o), offset, actors)
                                  if m.kind in ("person", "counterpart") and m not in ev.actors]
        elif not ev.actors and not ev.recipients:
            ev.reference_only = True    # "to revive a summit", "boost mutual visits": not a meeting of the subject
    if tok.dep_ in ("nsubj", "nsubjpass") and not ev.actors and not ev.recipients:
        ev.reference_only = True
        ev.span_edge = SPAN_EDGE_FORMS.get(tok.head.lower_)


def _speaker_for_state(verb, found: list[Mention], offset: int, actors: ArticleActors,
                       no_party: bool = False) -> list[Mention]:
    """"Putin said Moscow would not revive the deal ..., after talks with Erdogan": the state a speaker's words make
    the subject stands, in a phrase the parser hangs on those words, for the speaker who is its official; with
    `no_party`, where their subject is no party at all, the speaker too ("Blinken said ... some of the changes were
    'not workable', after meeting Qatar's prime minister")."""
    if (not found and not no_party) or any(m.kind != "state" for m in found) or not _spoken(verb):
        return found
    speakers = [m for s in subject_of(verb.head)[0] for m in mentions_for(np_tokens(s), offset, actors)
                if m.kind == "person"]
    if not found:
        return speakers
    states = {m.country for m in found}
    own = [m for m in speakers if (a := actors.actor(m.actor)) is not None and a.country in states]
    return own or found


def _verb_arguments(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    subs, passive = subject_of(tok)
    subj_mentions = []
    for s in subs:
        if s.lower_ in ("he", "she") and tok.dep_ == "relcl" and (main := _verb_of(tok.head)) is not None \
                and (found := _subject_person(main, offset, actors)):
            # "Abdelatty delivered a message from Sisi to King Abdullah II, whom he met": the main clause's subject
            subj_mentions += found
            continue
        subj_mentions += mentions_for(np_tokens(s), offset, actors)
        if s.text == "I" and (me := actors.voice_at(offset + s.idx, offset + s.idx + 1)) is not None:
            subj_mentions.append(me)        # "Today I met my counterpart ...", signed by the minister
    subj_mentions += [m for t in _listed_subjects(tok, subs) for m in mentions_for(np_tokens(t), offset, actors)
                      if m.kind == "person" and m not in subj_mentions]
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        # "Meloni announced that Italy will build centres ..., after meeting Rama": the gerund's subject is its
        # verb's, the state standing for the speaker of those words (and the speaker, where a gerund after "after"
        # or "before" follows words whose subject is no party)
        subj_mentions = _speaker_for_state(tok.head.head, subj_mentions, offset, actors,
                                           tok.tag_ == "VBG" and tok.head.lower_ in ORDERING_PREPS)
    objs = []
    topical = tok.lower_.startswith(("discuss", "negotiat", "review", "address"))
    for o in _children(tok, OBJ):
        # ("a message to King Abdullah II, whom he met at the palace": the clause's antecedent)
        found = mentions_for(np_tokens(tok.head if o.lower_ in ("whom", "who") and tok.dep_ == "relcl" else o),
                             offset, actors)
        if ev.category == "CONSULT" and o.lower_ in NOUN_TRIGGERS:
            # "hosted the Quad Leaders' Summit with Prime Minister Albanese, ...": its guests, not the forum it names
            found = [m for m in found if m.kind != "org"] + [
                m for w in _children(o, {"prep"}) if w.lower_ == "with" for po in _children(w, {"pobj"})
                for m in mentions_for(np_tokens(po), offset, actors)]
        if topical:                     # "discussed Ukraine and the Quad": topics, not parties
            found = [m for m in found if m.kind in ("person", "group", "pronoun", "counterpart", "generic")]
        objs += found
    preps = _children(tok, {"prep", "agent"})
    # "met on Thursday with el-Sissi and with Qatar's Prime Minister": a preposition coordinated with the verb's own
    preps += _coordinated_preps(preps)
    if ev.category == "CONSULT":
        ev.others = any(_non_party(o) for o in _children(tok, OBJ) + [
            po for p in preps if p.lower_ == "with" for po in _children(p, {"pobj"})])
    for p in preps:
        if p.lower_ in ("with", "to", "on", "upon", "against", "for", "from", "by", "between", "among", "at"):
            for po in _children(p, {"pobj"}) + _visiting_guests(p):
                found = mentions_for(np_tokens(po), offset, actors)
                if p.dep_ == "agent" or (p.lower_ == "by" and passive):
                    subj_mentions, objs = found, subj_mentions + objs
                elif p.lower_ in ("with", "on", "upon", "against", "to", "between", "among") or ev.category == "CONSULT":
                    if ev.category == "CONSULT" and p.lower_ not in ("with", "to", "between", "among"):
                        found = [m for m in found if m.kind not in ("state",)]   # "met in Singapore": a place
                    objs += found
        elif p.lower_ in ("in", "at") and ev.category == "CONSULT":
            # "met today in Mexico City with President López Obrador": the parser hangs the partner on the place
            objs += _with_partners(_children(p, {"pobj"}), offset, actors)
    if ev.category == "CONSULT" and not objs:
        # "received at Al-Yamamah Palace in Riyadh today the Foreign Secretary ..., Lord David Cameron": an object
        # shifted past the place and time, that the parser reads as a noun of time
        # (not "met on Saturday ..., their first meeting since ...": a meeting noun names the act again)
        for c in _children(tok, {"npadvmod"}):
            if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in SPAN_UNITS \
                    and c.lower_ not in NOUN_TRIGGERS:
                objs += [m for m in mentions_for(np_tokens(c), offset, actors) if m.kind in ("person", "generic")
                         and m not in subj_mentions]
    if ev.category == "CONSULT" and not objs and tok.lower_ in MEET_FORMS:
        # "will travel to Washington next week to meet President Trump, Downing Street confirmed": the parser makes the
        # object the subject of the saying after it; a person named right after the verb (past a title) is its object
        after = offset + tok.idx + len(tok.text)
        objs += [m for m in actors.mentions_in(after, after + 80) if m.kind == "person" and m not in subj_mentions
                 and (not (gap := _text(tok.doc)[after - offset:m.start - offset].strip())
                      or titles()[0].fullmatch(gap))][:1]
    if ev.category == "CONSULT" and not objs:
        # "had met Chinese President Xi Jinping days earlier": the parser hangs the name on the time ("Jinping days")
        for c in _children(tok, {"advmod", "npadvmod"}):
            for u in c.subtree:
                if u.lower_ in SPAN_UNITS and u.i < tok.i + 12:
                    objs += [m for m in mentions_for(np_tokens(u), offset, actors) if m.kind == "person"
                             and m not in subj_mentions and m not in objs]
    if ev.category == "CONSULT" and ev.recipients is not None:
        # "met with China's premier, Li Qiang, as well as Wang Yi": coordinated objects the parse left loose
        for c in tok.subtree:
            if c.lower_ == "well" and c.nbor(-1).lower_ == "as" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "as":
                tail = [t for t in c.doc[c.i + 2:] if not t.is_punct]
                if tail:
                    found = mentions_for(np_tokens(tail[0].head if tail[0].head.i > c.i else tail[0]), offset, actors)
                    objs += [m for m in found if not topical or m.kind in ("person", "group", "pronoun", "counterpart", "generic")]
    # "urged China to lift ...": the object of the request is the recipient; "told his counterpart"
    if passive and ev.category in ("COERCE", "ASSAULT", "SANCTION") and not objs:
        objs, subj_mentions = subj_mentions, []
    ev.actors += subj_mentions
    ev.recipients += [m for m in objs if m not in ev.actors]


def _subject_person(verb, offset: int, actors: ArticleActors) -> list[Mention]:
    """The one person a verb's subject names, as a list (empty where it names none or several)."""
    found = [m for n in _children(verb, {"nsubj"}) for m in mentions_for(np_tokens(n), offset, actors)
             if m.kind == "person"]
    return found if len(found) == 1 else []


def _non_party(noun) -> bool:
    """Whether a noun phrase names people who are no state's party: "students", "business leaders", "members of the
    Indian diaspora" (lexicon.NON_PARTY_NOUNS)."""
    def singular(word: str) -> str:         # (the pipeline has no lemmatiser)
        return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word

    if noun.pos_ != "NOUN":
        return False
    if singular(noun.lower_) in ("member", "representative", "leader") and (
            of := next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)) is not None:
        noun = next((o for o in of.children if o.dep_ == "pobj"), noun)       # "members of the community"
    mods = {singular(c.lower_) for c in noun.children if c.dep_ in ("compound", "amod")}
    return noun.lower_ in NON_PARTY_NOUNS or singular(noun.lower_) in NON_PARTY_NOUNS \
        or bool(mods & NON_PARTY_MODIFIERS)


SPOKEN_CLAUSE = ("ccomp", "xcomp", "advcl", "conj", "acomp", "parataxis")   # ties of a said act up to its verb of saying


def _speaker(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    """The person or body that said it, when the trigger sits inside a verb of saying."""
    cur = tok
    for _ in range(4):
        # ("“China is willing to appeal ...,” Xi said": appeal <xcomp- willing <acomp- is <ccomp- said)
        if cur.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break           # a clause of its own beside the saying ("Scholz called the deal ..., while Lula criticised")
        if cur.dep_ in SPOKEN_CLAUSE and cur.head != cur:
            head = cur.head
            if head.lower_ in SPEECH_FORMS or head.lower_ in ("told", "tells", "tell"):
                subs, _ = subject_of(head)
                for s in subs:
                    found = [m for m in mentions_for(np_tokens(s), offset, actors) if m.kind in ("person", "org", "state", "pronoun")]
                    if found:
                        ev.speaker = found[0]
                        return
            cur = head
        else:
            break


def _first_person_speaker(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    """A meeting the speaker tells in the first person inside a quotation has the speaker as a party:
    "'In a very constructive meeting with Prime Minister Netanyahu today, he confirmed to me ...,' Blinken
    told reporters" (Blinken met Netanyahu), unless two people are already named ("'I welcome the meeting
    of Xi and Biden,' Lula said")."""
    doc = tok.doc
    marks = [t.i for t in doc if t.text in ('"', "“", "”")]
    before, after = [i for i in marks if i < tok.i], [i for i in marks if i > tok.i]
    if len(before) % 2 == 0 or not after:
        return
    lo, hi = before[-1], after[0]
    if not any(t.text in FIRST_PERSON for t in doc[lo + 1:hi]):
        return
    named = {m.actor for m in ev.actors + ev.recipients if m.kind == "person" and m.actor}
    if len(named) >= 2:
        return
    for verb in doc:
        if lo <= verb.i <= hi or (verb.lower_ not in SPEECH_FORMS and verb.lower_ not in ("told", "tells", "tell")):
            continue
        for s in subject_of(verb)[0]:
            found = [m for m in mentions_for(np_tokens(s), offset, actors) if m.kind == "person" and m.actor]
            if found and found[0].actor not in named:
                (ev.recipients if ev.actors else ev.actors).append(found[0])
                return


def _in_subtree(tok, root) -> bool:
    cur = tok
    for _ in range(40):
        if cur == root:
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _attached_timex(tok, doc, offset: int, timexes: list[Timex]) -> Timex | None:
    """The time expression that modifies the trigger: in its subtree (or the governing verb's), else
    the nearest one in the sentence that no other verb owns."""
    lo, hi = offset, offset + len(_text(doc))
    trig_pos = offset + tok.idx
    # (within a clause's reach of the trigger: a run-on sentence of a hundred clauses stays linear)
    cands = [t for t in timexes if lo <= t.start and t.end <= hi and t.type in ("DATE", "TIME")
             and t.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") and abs(t.start - trig_pos) <= REACH]
    if not cands:
        return None
    root = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "pobj", "nsubjpass"):
        root = tok.head
    elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
        root = tok.head.head

    def token_at(t: Timex):
        return _token_at(doc, t.start - offset)

    # "a welcome at the White House on Thursday, followed by talks with Biden": the day of what they follow
    if told := _before_followed(tok, doc, offset, cands):
        return told[-1]
    other = {id(t): _dates_other_noun(x, tok, t.end - offset) if (x := token_at(t)) is not None else 0 for t in cands}
    cands = [t for t in cands if (x := token_at(t)) is None or not (_bounded(x, tok) or other[id(t)] == 2
                                                                  or _in_others_clause(x, tok))]
    # ("Following the release last year of treated water, China imposed a ban": the release's year bounds the ban,
    # kept where the sentence has no other)
    cands = [t for t in cands if not other[id(t)]] or cands
    if root is not tok and root.lower_ in REPORT_FORMS and tok.dep_ == "dobj":
        # "..., the North's state media reported Friday, their first summit in six years": the day of the report is
        # not the meeting's
        cands = [t for t in cands if (x := token_at(t)) is None or _in_subtree(x, tok) or not (
            x.head == root or (x.head.dep_ == "prep" and x.head.head == root))]
        if not cands:
            return None
    if tok.dep_ in ("nsubj", "dep") and tok.pos_ == "NOUN" and tok.head.lower_ in REPORT_FORMS:
        # "... on Tuesday, the first high-level talks between the two countries since 2022, officials said on Monday":
        # the parser hangs the meeting on the saying (its subject, or a loose dependent), whose day is not the meeting's
        cands = [t for t in cands if (x := token_at(t)) is None or _in_subtree(x, tok)]
        if not cands:
            return None
    if _purpose_of_travel(tok):
        # "arrived on Tuesday for talks with Biden": the talks come after the arrival, and another clause's day is
        # not theirs either ("held a summit on Saturday, a day before heading to Washington for his first summit
        # with Trump"): only a day of their own phrase, or one the parser hangs on the journey after them ("before
        # heading to Hanoi for talks with Pham on Friday")
        journey = tok.head.head
        cands = [t for t in cands if (x := token_at(t)) is None or _in_subtree(x, tok) or (
            x.i > max(u.i for u in tok.subtree) and x.head.dep_ == "prep" and x.head.head == journey)]
    elif (after := _in_after_phrase(tok)) is not None:
        # "left Beijing on Sunday ..., after a three-day visit to China during which he met Xi": a meeting told within
        # what came before takes only a day of that phrase
        cands = [t for t in cands if (x := token_at(t)) is None or _in_subtree(x, after)]
    elif (_after_phrase(tok) or _ahead_phrase(tok)) and (
            verb := next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX")), None)):
        # "returned to Brasilia on Wednesday after a trip": Wednesday is the return's, the trip came before; "met on
        # Sunday ahead of Erdogan's planned visit": the visit comes after; but a day right after the phrase is its
        # own, wherever the parser hangs it ("held talks in Seoul ahead of a trilateral summit with South Korea on
        # Monday")
        trailing = [t for t in cands if (x := token_at(t)) is not None and _trails(x, tok)]
        cands = trailing or [t for t in cands if (x := token_at(t)) is None or _in_subtree(x, tok)
                             or not _in_subtree(x, verb)]
    else:
        # (and not the act's it is ahead of or after: there, Monday is the summit's, not the talks')
        cands = [t for t in cands if (x := token_at(t)) is None or not _trails_ordering_phrase(x, tok)]
    # "from March 20 through 22", "from Monday 20 to Wednesday 22 March": a stay is dated by its start
    text = _text(doc)
    def before(t: Timex) -> str:           # the words just before it (the patterns end there)
        rel = t.start - offset
        return text[max(0, rel - 24):rel]

    cands = [t for t in cands if not (RANGE_END.search(before(t)) and any(
        o.end <= t.start and RANGE_START.search(before(o)) for o in cands if o is not t))]
    # "on June 10-11": the second day is the end of the span its first day opens
    seconds = {o.spec["second_day"][0] for o in cands if o.spec.get("second_day")}
    cands = [t for t in cands if t.start not in seconds]
    if not cands:
        return None
    attached = [t for t in cands if (x := token_at(t)) is not None and (_in_subtree(x, tok) or _in_subtree(x, root))]
    if attached:
        return min(attached, key=lambda t: abs(t.start - trig_pos))
    # else the nearest in the tree, then in the text: "Malaysia and Singapore today agreed to ensure the Link starts
    # operations by the end of 2026, Anwar said after meeting his counterpart" (today's verb governs the saying's
    # clause; 2026 is of a verb three clauses down)
    return min(cands, key=lambda t: (_tree_distance(token_at(t), tok), abs(t.start - trig_pos)))


def _tree_distance(x, tok) -> int:
    """How many arcs of the parse part two tokens (a large number where one is missing)."""
    if x is None:
        return 99
    up = {t.i: n for n, t in enumerate([x, *x.ancestors])}
    for n, t in enumerate([tok, *tok.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 99


def _in_others_clause(x, tok) -> bool:
    """Whether a token lies in a relative clause that tells what a named party did before: "Fidan, who arrived in
    Tehran on Sunday evening, met Pezeshkian" (the arrival's evening; not "the talks, which took place on Monday",
    "two days of talks that ended Sunday", nor "the summit of Tinubu and Ramaphosa, who is expected in Abuja on
    Tuesday")."""
    for a in x.ancestors:
        if a.dep_ == "relcl" and a.head is not tok and a.head.pos_ == "PROPN" and not _in_subtree(tok, a) and (
                a.tag_ == "VBD" or a.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have")
                                                           for c in a.children)):
            return True
    return False


def _dates_other_noun(x, tok, end: int) -> int:
    """Whether a time expression is the modifier of a noun other than the trigger, in no phrase that frames the act:
    "Kishida visits Seoul, returning Yoon's March trip" (March is the trip's; not "met during the March 20 visit"): 2;
    1 where it dates what the act followed ("after the strikes this month"), which bounds the act; else 0."""
    # the word of the expression that hangs outside it ("this month", "the 2030", "5 March": not the article)
    start, words = x.idx, []
    for t in x.doc[x.i:x.i + 8]:
        if t.idx >= end:
            break
        if not start <= t.head.idx < end:
            words.append(t)
    x = next((t for t in words if t.dep_ != "det"), words[0] if words else x)
    head = x.head
    if head is tok or x is tok or head.pos_ not in ("NOUN", "PROPN"):
        return 0
    if x.dep_ == "npadvmod":
        # "visited Islamabad to mend ties after the tit-for-tat strikes this month": the strikes' month
        return int(head.dep_ == "pobj" and head.head.lower_ in ORDERING_PREPS)
    # ("preparations for the 2030 World Cup": a name's year too, unless the name is of a meeting, "during the 2023
    # G20 Summit")
    return 2 * (x.dep_ in ("compound", "nmod", "nummod") and
                not (head.dep_ == "pobj" and head.head.lower_ in ("during", "on", "at", "in", "for", "since", "until")
                     and (head.pos_ == "NOUN" or head.lower_ in NOUN_TRIGGERS)))


END_VERBS = {"end", "ends", "ended", "conclude", "concludes", "concluded", "close", "closes", "closed",
             "wrap", "wraps", "wrapped", "finish", "finishes", "finished"}


def _first_day_of_span(tok, doc, offset: int, timexes: list[Timex], timex: Timex) -> Timex:
    """"two days of talks that ended Sunday", "the three-day visit concluded on Friday": a stay is
    dated by its first day, so the day it ended goes back by its length."""
    if timex.precision != "day" or not timex.value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex.value):
        return timex
    x = _token_at(doc, timex.start - offset)
    if x is None or not any(h.lower_ in END_VERBS and h.pos_ == "VERB" for h in (x.head, x.head.head)):
        return timex
    phrase = list(tok.subtree)
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":      # "two days of talks"
        phrase += [t for t in tok.head.head.subtree if t.i < tok.i]
    lo = offset + min(t.idx for t in phrase)
    hi = offset + tok.idx + len(tok.text)
    spans = [t for t in timexes if t.type == "DURATION" and lo <= t.start and t.end <= hi
             and re.fullmatch(r"P([2-9])D", t.value or "")]
    if not spans:
        return timex
    days = int(spans[0].value[1:-1])
    first = dt.date.fromisoformat(timex.value) - dt.timedelta(days=days - 1)
    return replace(timex, value=first.isoformat(), rule=f"{timex.rule}; first day of {spans[0].text} ending then")


def _text(doc) -> str:
    """The doc's text, joined once (spaCy joins its tokens again on every `doc.text`)."""
    text = doc.user_data.get("parley.text")
    if text is None:
        text = doc.user_data["parley.text"] = doc.text
    return text


def _token_at(doc, rel: int):
    """The token of `doc` that covers character `rel`, or None: tokens are indexed by character
    offset once per doc, so looking up every time expression and place stays linear."""
    starts = doc.user_data.get("parley.token_starts")
    if starts is None:
        starts = doc.user_data["parley.token_starts"] = [t.idx for t in doc]
    i = bisect_right(starts, rel) - 1
    if i >= 0 and rel < doc[i].idx + len(doc[i].text):
        return doc[i]
    return None


def _before_followed(tok, doc, offset: int, spans: list) -> list:
    """Of the dates or places (`spans`) of the sentence, those told before "followed" where `tok` is what follows
    ("..., followed by talks with Biden") and has none of its own; else none."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head.lower_ == "followed") or any(
            (x := _token_at(doc, s.start - offset)) is not None and _in_subtree(x, tok) for s in spans):
        return []
    return [s for s in spans if s.end <= offset + tok.head.head.idx]


def _spoken(verb) -> bool:
    """Whether a verb is what a verb of saying reports ("said Moscow would not revive ...")."""
    return verb.dep_ == "ccomp" and verb.head.lower_ in SPEECH_FORMS


def _reported_would(verb) -> bool:
    """Reported speech's "will": "the aide said the two leaders would sign a treaty"."""
    return _spoken(verb) and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


def _setting(tok) -> bool:
    """A meeting told as the setting of another act ("after talks with Erdogan", "during the talks"): held, whatever
    the tense or negation of that act."""
    return tok.dep_ == "pobj" and tok.head.lower_ in SETTING_PREPS


def _told_done(verb) -> bool:
    """A verb told as done: "left", "said" (not "is scheduled to", "will", nor a governor of what lies ahead)."""
    return (verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "be", "'s", "'re") for c in verb.children)) \
        and verb.lower_ not in FUTURE_GOVERNORS and not _future(verb)


def _verb_of(x):
    """The verb a token's phrase hangs from (the token itself where it is one), or None."""
    return next((t for t in [x, *x.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _own_time_clause(tok) -> bool:
    """An adverbial clause with its own subject that tells of another time: one ordered before or
    after ("days after the two spoke by telephone", "before he flew home"), or a present-tense
    comment ("as the two seek to repair ties"); not one of the same time ("said on Tuesday ..., as
    he met Xi": the saying was at the meeting)."""
    if tok.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        # (a finite verb ordered by its mark has a subject, where the parser lost it to a compound: "before Donald
        # Trump returns to the White House in January")
        return bool(marks & ORDERING_MARKS) and tok.tag_ in ("VBD", "VBP", "VBZ")
    return bool(marks & ORDERING_MARKS) or bool(marks & OWN_TIME_MARKS) and tok.tag_ in ("VBP", "VBZ")


def _bounded(x, trigger) -> bool:
    """A date that bounds something else ("since late 2019", "launched in 2019" in a since-clause,
    a relative clause of another noun) is not the date of the trigger."""
    if any(t.lower_ in BOUND_WORDS for t in x.doc[max(0, x.i - 2):x.i]) or \
            (x.i and x.doc[x.i - 1].lower_ in DEADLINE_WORDS):
        return True
    # a trigger inside a clause of its own time ("days after the two spoke by telephone") is not dated
    # from outside it ("on Monday" of the sentence's main verb)
    cur = trigger
    for _ in range(30):
        if _own_time_clause(cur):
            # (but "On Monday, Modi was seen laughing with Putin and Xi, before Putin and Modi held talks": the day
            # that opens the sentence is the day of what followed, where no span of time parts them)
            mark = next((c for c in cur.children if c.dep_ == "mark"), None)
            if mark is not None and mark.lower_ == "before" and x.i - x.sent.start <= 2 \
                    and not any(t.lower_ in SPAN_UNITS for t in x.doc[max(0, mark.i - 2):mark.i]):
                return False
            if not _in_subtree(x, cur):
                return True
            break               # (a date inside that clause may still be of a clause within it, below)
        # "Modi on Tuesday left for New York ..., during which he will hold talks with Biden": a clause told as ahead
        # is not dated by a day of a clause told as done
        # (also "said he expected Xi to visit Russia": a visit expected is not of the day of the saying)
        if cur.dep_ in ("relcl", "conj", "advcl", "ccomp", "xcomp") and _future(cur) \
                and not _setting(trigger) and not _in_subtree(x, cur) and (verb := _verb_of(x)) is not None \
                and _told_done(verb):
            return True
        if cur.head == cur:
            break
        cur = cur.head
    # "ahead of the July 27 East Asia Summit", "before the election on May 5": another event's date
    before = x.doc[max(0, x.i - 4):x.i].text.lower()
    if re.search(r"\b(?:ahead\s+of|prior\s+to|before|after|following|in\s+the\s+run-up\s+to)\s+(?:the\s+|a\s+|its\s+|their\s+)?$", before + " ") \
            and not _in_subtree(trigger, x):
        return True
    cur = x
    for _ in range(30):
        if cur != x and cur.dep_ == "prep" and cur.lower_ in ("since", "until", "till") and not _in_subtree(trigger, cur):
            # "their first conversation since Trump's inauguration in January", "Scholz's visit was his second since
            # taking office in December 2021" (wherever the parser hangs the phrase)
            return True
        if cur == trigger or cur.head == cur:
            return False
        if any(c.lower_ in ("since", "until", "till") and c.dep_ in ("mark", "prep") for c in cur.children) and cur != x:
            return not _in_subtree(trigger, cur)
        if cur.dep_ in ("relcl",) and not _in_subtree(trigger, cur) and (cur.head != trigger
                                                                         or cur.lower_ in ORDERING_VERBS):
            return True                 # (but "two days of talks that ended Sunday" dates the talks; not "talks that
                                        # followed a deal last month")
        if cur != x and _ordering_phrase(cur) and not _in_subtree(trigger, cur) and any(
                c.dep_ == "pobj" and c.lower_ in NOUN_TRIGGERS for c in cur.children):
            return True                 # "met in Tokyo, their second meeting after talks ... in June": the talks' month
        # "welcomed Kim and introduced him to the space center, inaugurated in 2016": a coordinated
        # verb's own date
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur != x and not _in_subtree(trigger, cur):
            return True
        # "Appointed earlier this year, X is on his first trip": a participial clause's own date (but
        # "the meeting, held on Friday, ..." dates the meeting it tells of)
        if cur.dep_ in ("advcl", "acl") and cur.tag_ in ("VBN", "VBG") and cur != x and not _in_subtree(trigger, cur) \
                and cur.head != trigger:
            return True
        # "..., as the two seek to repair ties damaged by a clash in 2020", "before he flew home on Sunday":
        # a clause of its own subject and time
        if cur != x and _own_time_clause(cur) and not _in_subtree(trigger, cur):
            return True
        cur = cur.head
    return False


UPCOMING = {"upcoming", "forthcoming", "planned", "proposed", "scheduled", "expected", "anticipated", "coming",
            "prospective", "possible", "potential", "future"}
REACH = 600    # characters around a trigger where its date or place may be
SETTING_PREPS = OCCASION_PREPS | ORDERING_PREPS     # "during the talks", "after talks with Erdogan"
RANGE_END = re.compile(r"\b(?:to|until|till|through|thru)\s*$|[-–]\s*$", re.I)
RANGE_START = re.compile(r"\b(?:from|between)\s+(?:(?:the|a)\s+)?$", re.I)
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "poss"}


def _attached_place(tok, doc, offset: int, places: list[Place], triggers: set[int] = frozenset()) -> Place | None:
    lo, hi = offset, offset + len(_text(doc))
    cands = [p for p in places if lo <= p.start and p.end <= hi and abs(p.start - offset - tok.idx) <= REACH]
    # "a welcome at the White House on Thursday, followed by talks with Biden": the place of what they follow
    if told := _before_followed(tok, doc, offset, cands):
        return max(told, key=lambda p: (p.kind != "country", p.start))
    best = None
    # a noun's governing verb: "held several rounds of meetings with Wang on ... in Malta"
    gov = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        for _ in range(4):
            if gov.head == gov or gov.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "compound", "appos"):
                break
            gov = gov.head
            if gov.pos_ in ("VERB", "AUX"):
                break
        if gov.pos_ not in ("VERB", "AUX"):
            gov = tok
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in REFERENCE_VERBS:
            gov = tok.head              # "the meeting in Malta came at a critical time", "the talks took place in Busan"
    # "returned to Brasilia after a trip": the return's place, not the trip's
    later = _after_phrase(tok) or _close_phrase(tok)     # (and "return to Abuja at the end of the visit")
    if later:
        gov = tok
    # "the first time they met since May in Hiroshima": the place of the time bounded, not the trigger's
    # and "briefed Lavrov ..., a day before the second round of talks in Rome": the place of the act told before
    # (and a clause of the time bounded: "the first meeting between the two since Trump returned to the White House")
    bounds = [{w.i for w in (_bound_tokens(b) if _bound_phrase(b) else b.subtree)} for b in doc
              if _bound_phrase(b) or _ordering_phrase(b) or _bound_clause(b)]
    for p in cands:
        rel = p.start - offset
        x = _token_at(doc, rel)
        if x is None or any(x.i in b and tok.i not in b for b in bounds):
            continue
        # walk up to the trigger without passing through an argument noun ("detainees in China")
        cur, ok = x, False
        for _ in range(30):
            if cur == tok or cur == gov or (tok.dep_ in ("dobj", "pobj") and cur == tok.head) or (
                    tok.pos_ in ("NOUN", "PROPN") and cur == tok.head.head and tok.dep_ == "pobj" and not later):
                ok = True
                break
            if cur.dep_ in ARG_DEPS and cur != x and not (cur.head == tok and (
                    cur.pos_ == "PROPN" or cur.lower_ in CALLED_ON_PERSONS)):
                break                   # "detainees in China"; but "met Yoon in Seoul" (a name's phrase), "received
                                        # his counterpart at the palace in Cairo" (a person's office)
            if cur.i in triggers and cur != x and cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
                break                   # "held talks, with Wang set to visit Tokyo": the visit's place
            if cur.i in triggers and cur != x and cur != tok and any(c.dep_ == "amod" and c.lower_ in UPCOMING
                                                                     for c in cur.children):
                break                   # "talks on arrangements for an upcoming visit to Egypt": the visit's
            if cur.dep_ in ("relcl", "acl") and cur != x and cur.pos_ in ("VERB", "AUX") and not _in_subtree(tok, cur):
                break                   # "appealed to Xi, who was welcomed by Putin in Moscow": the clause's own place
            if cur.dep_ in ("conj", "dep", "advcl") and cur.head == tok and cur.pos_ == "VERB" and cur.lower_ in MOVE_VERBS:
                break                   # "met the crown prince, then flew to Cairo": where he went next
            if cur.dep_ == "pcomp" and cur.pos_ == "VERB" and cur != x:
                break                   # "criticised Modi for embracing Putin in Moscow": the embrace's place
            if cur.dep_ == "prep" and cur.lower_ in ("to", "into", "towards", "toward") and cur.head.pos_ == "NOUN" \
                    and cur.head != tok and cur.head.i not in triggers:
                break                   # "assured him of a stable supply of rice to the Philippines": where it goes
            if cur.dep_ == "prep" and cur.lower_ in BOUND_WORDS:
                break                   # "the first time they met since May in Hiroshima": the earlier meeting's
            if cur.dep_ == "pobj" and cur != x and cur.lower_ in PARTY_NOUNS and cur.head.lower_ == "of":
                break                   # "a summit of the leaders of the United States, Japan and Korea": whose
            if cur.dep_ == "pobj" and cur.lower_ in SITUATION_NOUNS and cur.pos_ == "NOUN":
                break                   # "held talks on the war in Gaza", "agreed on the need for an immediate
                                        # ceasefire in Gaza": what they talked about
            if cur != x and cur.pos_ == "NOUN" and cur.lower_ in SITUATION_NOUNS and cur.dep_ in ("dobj", "conj"):
                break                   # "discussed ..., as well as the situation in Gaza" (a conjunct the parser
                                        # hangs on the verb): what they discussed
            if cur.dep_ == "prep" and cur.lower_ in ("to", "towards", "toward") and cur.head == tok and \
                    tok.pos_ == "VERB" and tok.lower_ not in MOVE_VERBS and any(
                        o.dep_ == "dobj" and o.pos_ == "NOUN" and max(t.i for t in o.subtree) + 1 == cur.i
                        for o in tok.children):
                break                   # "discussed aid routes to Gaza with him": where the thing discussed leads
                                        # (not "met Putin during his trip, to Vladivostok")
            if cur.head == cur:
                break
            cur = cur.head
        # "flew to Cairo, where he met Sisi": the place the clause of the meeting tells of (of "Dubai and
        # Germany, where he met Scholz", the last: the parser hangs the clause on the first)
        # (also "flew to Washington, where he is due to meet Biden": the clause of the verb it depends on)
        clause = tok
        for _ in range(3):
            if clause.dep_ in ("xcomp", "acomp", "ccomp") and clause.head != clause:
                clause = clause.head
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            last = max([c for c in clause.head.children if c.dep_ == "conj" and c.i < clause.i], key=lambda c: c.i,
                       default=clause.head)
            while x.dep_ == "compound" and x.head.i <= last.i:
                x = x.head          # ("Buenos" of "Buenos Aires, where he had met Fernandez")
            if x == last:
                ok = True
            elif x == clause.head and last != clause.head:
                ok = False
        if ok and (best is None or (best.kind == "country" and p.kind == "city")):
            best = p
    return best


def _content(tok, offset: int) -> str:
    """The complement of a request, agreement or accusation, as written."""
    parts = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl") and c.lower_ not in ("on", "upon")]
    if not parts:
        return ""
    toks = sorted({t for p in parts for t in p.subtree}, key=lambda t: t.i)
    return " ".join(t.text for t in toks)[:300]


def needs_parse(text: str, parties: int = 1) -> bool:
    """Whether a sentence can hold an event: a trigger word form. A sentence that names no party
    (person, state, organisation, group or pronoun) matters only for a meeting it refers to
    ("The talks took place in Busan"), so then only meeting words count; one that names two may
    hold an encounter ("Putin told Xi", "Kim and Putin toured the site")."""
    words = re.findall(r"[A-Za-z]+(?:-[a-z]+)*", text)
    for i, w in enumerate(words):
        lw = w.lower()
        trig = TRIGGER_FORMS.get(lw) or NOUN_TRIGGERS.get(lw) or (
            NOUN_TRIGGERS.get(f"{words[i - 1].lower()} {lw}") if i else None)
        if trig is not None and (parties or trig.category == "CONSULT"):
            return True
        if parties >= 2 and (lw in ENCOUNTER_FORMS or lw in JOINT_FORMS):
            return True
    return False
