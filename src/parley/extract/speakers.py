"""Who says an act: the subject of the verb of saying its clause hangs on ("Wang said China opposed ..."), or a
release's or a transcript's "I" (`voice`)."""
from __future__ import annotations

import re

from .actor_records import Mention
from .actors import ArticleActors
from .arguments import mentions_for
from .lexicon import FIRST_PERSON, SPEECH_FORMS
from .parse_tree import doc_text, np_tokens, subject_of
from .sentence_event import SentenceEvent


SPOKEN_CLAUSE = ("ccomp", "xcomp", "advcl", "conj", "acomp", "parataxis")   # ties of a said act up to its verb of saying


def speaker_of(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
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


def first_person_speaker(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    """A meeting the speaker tells in the first person inside a quotation has the speaker as a party:
    "'In a very constructive meeting with Prime Minister Netanyahu today, he confirmed to me ...,' Blinken
    told reporters" (Blinken met Netanyahu), unless two people are already named ("'I welcome the meeting
    of Xi and Biden,' Lula said")."""
    doc = tok.doc
    marks = [t.i for t in doc if t.text in ('"', "“", "”")]
    before, after = [i for i in marks if i < tok.i], [i for i in marks if i > tok.i]
    if len(before) % 2 == 0:
        return
    lo, hi = before[-1], after[0] if after else len(doc)
    if not any(t.text in FIRST_PERSON for t in doc[lo + 1:hi]):
        return
    named = {m.actor for m in ev.actors + ev.recipients if m.kind == "person" and m.actor}
    if len(named) >= 2 and ev.actors:
        return                  # (but "I had a meeting with President Milei and with Minister Caputo": the speaker's)
    def add(found: Mention | None) -> bool:
        if found is None or found.actor in named:
            return False
        (ev.recipients if ev.actors else ev.actors).append(found)
        return True

    sayings = [v for v in doc if not lo <= v.i <= hi
               and (v.lower_ in SPEECH_FORMS or v.lower_ in ("told", "tells", "tell"))]
    if not after:
        # the quotation runs on into the next sentences: its speaker is the one named with the verb of saying after it
        # closes ("'I had a very good meeting with President Xi Jinping this afternoon. We talked about peace,'
        # President Lula told reporters")
        add(_speaker_after_quote(offset + len(doc_text(doc)), actors))
    elif not sayings:
        # a quotation that is its sentence, introduced by the one before: "Georgieva issued the following statement
        # at the end of her visit: 'I had a productive meeting with President Milei yesterday'"
        add(_speaker_before_quote(offset + doc[lo].idx, actors))
    else:
        for verb in sayings:
            for s in subject_of(verb)[0]:
                found = [m for m in mentions_for(np_tokens(s), offset, actors) if m.kind == "person" and m.actor]
                if found and add(found[0]):
                    return


# the verb of saying right after a speaker's name ("President Lula told reporters")
SAYING_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|stressed|noted|wrote|declared)\b")
QUOTE_REACH = 600       # characters a quotation may run on past its first sentence


def _speaker_before_quote(start: int, actors: ArticleActors) -> Mention | None:
    """The person a sentence ending in a colon right before a quotation names first (its subject: "Ms. Kristalina
    Georgieva, Managing Director of the IMF, issued the following statement:")."""
    text = actors.text
    base = max(0, start - QUOTE_REACH)
    before = text[base:start].rstrip()
    if not before.endswith(":"):
        return None
    lo = base + before.rfind("\n") + 1         # (the paragraph that ends in the colon)
    return next((m for m in actors.mentions if m.kind == "person" and m.actor and lo <= m.start < start), None)


def _speaker_after_quote(end: int, actors: ArticleActors) -> Mention | None:
    """The person named, with a verb of saying, right after the closing mark of a quotation that runs on from `end`."""
    text = actors.text
    close = re.search(r'["”]', text[end:end + QUOTE_REACH])
    if close is None:
        return None
    at = end + close.end()
    return next((m for m in actors.mentions if m.kind == "person" and m.actor and at <= m.start <= at + 80
                 and SAYING_AFTER.match(text, m.end)), None)
