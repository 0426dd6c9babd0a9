"""Statements, stand-alone events, issues and claims.

"Wang urged Japan to release the detained citizen" told of a meeting's participant is a REQUEST statement of that
meeting, with the readout that reports it ("the ministry said"); "China protested Japan's decision" with no meeting
of those parties is an event of its own (ACCUSE); each meeting's issues come from its sentences ("Fukushima water",
"export controls"), and "the first visit in five years" / "the first since 2019" become claims.
"""
from __future__ import annotations

import datetime as dt
import re

from ..time import value_to_date_range
from .actor_records import Mention
from .actors import ArticleActors
from .arguments import mentions_for
from .candidate import Candidate, PartyOut, Statement
from .context import ArticleContext, quoted
from .cues import COOPERATIVE, FIRST_CLAIM, FURNITURE, PLAIN_SPEECH, PLAIN_SPEECH_WORDS, RECENT_DAYS
from .issues import issues_in, phrases_in
from .meeting import Meeting
from .parse_tree import np_tokens, subject_of
from .places import place_dict
from .sentence_event import SentenceEvent


class StatementBuilder:
    """The assembly's step that attaches statements to meetings and builds the events that stand alone."""
    ctx: ArticleContext
    actors: ArticleActors
    meetings: list[Meeting]
    anchor_basis: str

    def _source_for(self, i: int) -> dict | None:
        srcs = self.ctx.sources[i]
        if not srcs:
            return None
        src = srcs[-1]
        if src.kind == "backref":
            for j in range(i - 1, -1, -1):
                named = [s for s in self.ctx.sources[j] if s.kind != "backref"]
                if named:
                    src = named[-1]
                    break
            else:
                return None
        return src.to_dict()

    def _statements(self, events: list[SentenceEvent], cands: list[Candidate]) -> list[Candidate]:
        standalone: list[Candidate] = []
        mains = [c for c in cands if c.main] or cands[:1]
        for ev in sorted(events, key=lambda e: e.trigger[0]):
            actors = self.parties_of(ev, ev.actors)
            recips = self.parties_of(ev, ev.recipients)
            speaker = None
            if ev.speaker is not None:
                sp = self.resolve(ev.speaker, ev, ev.actors)
                speaker = sp[0] if sp else None
            who = speaker or (actors[0] if actors else None)
            if speaker is not None and speaker.kind != "person" and \
                    any(p.kind == "person" for p in actors):
                # "Jaishankar urged Canada to act, the Indian foreign ministry said": the urging is
                # Jaishankar's; the ministry reports it (the statement's source)
                who = next(p for p in actors if p.kind == "person")
            if speaker is None and len({p.country for p in actors if p.country}) >= 2:
                # "the two sides agreed", "Kamikawa and Cho agreed": a joint act, said by both
                who = PartyOut(" and ".join(p.name or p.country or "?" for p in actors), None, None, None, "group",
                               key=None)
            category = ev.category
            if ev.future and category in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
                category = "AGREE"          # PLOVER: cooperative acts in the future tense are AGREE
            if ev.negated and category in COOPERATIVE:
                category, ev.mode = "REJECT", "meet" if ev.category in ("CONSULT", "AGREE") else None
            elif ev.negated:
                continue
            if category == "ACCUSE" and ev.trigger_text.lower().startswith("protest") and who and who.kind == "generic":
                category, ev.mode = "PROTEST", "demo"
            target = recips[0] if recips else None
            s, e = self.ctx.spans[ev.sentence]
            st = Statement(who, category, ev.mode, ev.trigger_text, target, self.ctx.text[s:e],
                           self._source_for(ev.sentence), (s, e))
            home = self._home_meeting(ev, who, actors, cands, mains)
            if home is not None and st.target is None and who is not None:
                others = [p for p in home.participants if p.country and p.country != who.country]
                if len({p.country for p in others}) == 1:
                    st.target = others[0]
            if home is not None:
                if not any(x.span == st.span and x.category == st.category for x in home.statements):
                    home.statements.append(st)
                    home.cite("statements", (s, e))
                    home.sentences[ev.sentence] = (s, e, self.ctx.text[s:e])
                continue
            c = self._standalone(ev, category, actors, recips)
            if c is not None:
                c.statements.append(st)
                standalone.append(c)
        return standalone

    def _home_meeting(self, ev: SentenceEvent, who: PartyOut | None, actors: list[PartyOut],
                      cands: list[Candidate], mains: list[Candidate]) -> Candidate | None:
        """The meeting at which something was said or done: a participant says it, or a participant's
        government says it in a sentence about the meeting; never when it has a date of its own
        that is not the meeting's."""
        persons = {p.key for p in ([who] if who else []) + actors if p and p.key and p.kind == "person"}
        countries = {p.country for p in ([who] if who else []) + actors if p and p.country}
        s, e = self.ctx.spans[ev.sentence]
        sentence = self.ctx.text[s:e]
        t = ev.timex
        for c in sorted(cands, key=lambda c: not c.main):
            pkeys = {p.key for p in c.participants if p.key}
            pcountries = {p.country for p in c.participants if p.country}
            named = {m.actor for m in self.actors.mentions_in(s, e, ("person",))}
            near_main = c.main and any(0 < ev.sentence - j <= 3 for j in c.sentences)
            about_meeting = near_main or bool(named & pkeys) or bool(re.search(
                r"\b(?:the\s+talks|the\s+meeting|during\s+the|both\s+sides|the\s+two\s+(?:sides|ministers|foreign\s+ministers)|"
                r"the\s+statement|readout)\b", sentence, re.I)) or ev.sentence in c.sentences
            if not (persons & pkeys or (countries and countries <= pcountries and about_meeting)):
                continue
            if persons and not persons & pkeys:
                continue                # named people who were not at the meeting ("the leaders reached a consensus")
            if t is not None and t.value and c.date:
                same = t.value.split("T")[0] == c.date or (t.precision == "day" and t.value[:10] == c.date[:10])
                if not same and persons & pkeys and t.precision == "day" and c.date_precision == "day":
                    # "Kamikawa said on Sunday ...": a participant's words a day or two after the meeting
                    gap = (dt.date.fromisoformat(t.value[:10]) - dt.date.fromisoformat(c.date[:10])).days
                    same = 0 <= gap <= 2 and c.main
                if not same:
                    continue
            if c.status == "background" and ev.sentence not in c.sentences:
                continue
            if ev.sentence in c.sentences or c.main or persons & pkeys:
                return c
        return None

    def _standalone(self, ev: SentenceEvent, category: str, actors: list[PartyOut],
                    recips: list[PartyOut]) -> Candidate | None:
        """An event outside any meeting: kept when a state-level actor and a date are known."""
        actors = [p for p in actors if p.country]
        if not actors or ev.timex is None or not ev.timex.value or ev.timex.precision not in ("day", "month", "year", "week", "season"):
            return None
        if not recips:
            # "Japan protested when a Chinese military plane flew into Japan's airspace"
            s, e = self.ctx.spans[ev.sentence]
            for m in self.actors.mentions_in(ev.trigger[1], e):
                if m.country and m.country not in {a.country for a in actors} and m.kind in ("state", "org", "person"):
                    p = self.party(m.actor)
                    if p:
                        recips = [p]
                        break
            if not recips:
                for h in self.actors.gaz.scan(self.ctx.text, ev.trigger[1], e):
                    e_ = h.of_kind("demonym", "country")
                    if e_ and e_.code not in {a.country for a in actors}:
                        recips = [PartyOut(self.actors.gaz.name_of(e_.code), None, e_.code, "GOV", "state", key=f"state:{e_.code}")]
                        break
        art = self.ctx.article
        c = Candidate(art.id, 0, category, ev.mode, "planned" if ev.future else "happened", actors, recips)
        t = ev.timex
        c.date, c.date_precision, c.date_mod, c.date_text = t.value.split("T")[0], t.precision, t.mod, t.text
        c.date_basis = f"{'explicit date' if t.basis.startswith('explicit') else 'relative to the ' + self.anchor_basis}: \"{t.text}\""
        s, e = self.ctx.spans[ev.sentence]
        c.sentences[ev.sentence] = (s, e, self.ctx.text[s:e])
        c.cite("event", (s, e))
        c.cite("date", (t.start, t.end))
        # (a party is no place: "China protested to the Philippines")
        if ev.place and not any(m.start <= ev.place.start < m.end for m in ev.actors + ev.recipients):
            c.location = place_dict(ev.place)
            c.cite("location", (ev.place.start, ev.place.end))
        rng = value_to_date_range(c.date)
        if self.ctx.anchor and rng and rng[1] < self.ctx.anchor - dt.timedelta(days=RECENT_DAYS):
            c.status = "background"
        c.contexts = ["diplomatic"] if category in ("AGREE", "SUPPORT", "REJECT", "REQUEST", "ACCUSE") else []
        return c

    def _plain_statements(self, cands: list[Candidate]) -> None:
        """Quotes and "said" sentences by a meeting's participants (no PLOVER trigger): the participant who says
        them (`_speaker`), where the sentence names one outside its quotations."""
        for c in cands:
            if not c.main:
                continue
            keys = {p.key for p in c.participants if p.key}
            for i, (s, e) in enumerate(self.ctx.spans):
                if any(st.span == (s, e) for st in c.statements) or self.ctx.kinds[i] in FURNITURE:
                    continue
                text = self.ctx.text[s:e]
                verb = next((v for v in PLAIN_SPEECH.finditer(text) if not quoted(text, 0, v.start())), None)
                if verb is None:
                    continue
                named = [m for m in self.actors.mentions_in(s, e, ("person",))
                         if m.actor in keys and not quoted(self.ctx.text, s, m.start)]
                if not named:
                    continue
                told, who = self._speaker(i, keys)
                if not told:
                    who = self.party(named[0].actor)
                if who is None:
                    continue
                c.statements.append(Statement(who, None, None, verb.group(0), None, text, self._source_for(i), (s, e)))
                c.cite("statements", (s, e))
                c.sentences[i] = (s, e, text)

    def _speaker(self, i: int, keys: set[str]) -> tuple[bool, PartyOut | None]:
        """Who says sentence i's words, read from its parse: the subject of its first verb of saying outside
        quotations. Returns whether the parse tells, and the participant (of `keys`) who says them: None where
        someone else does ("Brazil's ambassador, Marcos Galvão, said that Lula had met Xi"; "Biden told Albanese" of
        a meeting of Albanese's with Xi). A state or body that says what a person did tells that person's words ("the
        ministry said Wang urged Japan to ..."); "he" is the participant the sentence does not name ("he told Mr Xi")."""
        doc = self.ctx.parse_of(i)
        off = self.ctx.start_of(i)
        verb = next((t for t in doc if t.lower_ in PLAIN_SPEECH_WORDS and t.tag_.startswith("VB")
                     and not quoted(doc.text, 0, t.idx)), None)
        if verb is None:
            return False, None
        subjects = sorted((m for s in subject_of(verb)[0] for m in mentions_for(np_tokens(s), off, self.actors)),
                          key=lambda m: (m.kind != "person", m.start))      # (a name beside a title says who)
        for m in subjects:
            if m.kind == "person" and m.actor:
                return True, self.party(m.actor) if m.actor in keys else None
            if m.kind in ("generic", "counterpart"):
                found = self._generic(m) if m.kind == "generic" else [self._counterpart(m, None, subjects)]
                known = [p for p in found if p is not None and p.key]
                if known:
                    return True, next((p for p in known if p.key in keys), None)
                titles = {a.title for k in keys if (a := self.actors.actor(k)) is not None and a.title}
                # ("Brazil's ambassador said": an official of a title no participant holds)
                return (False, None) if m.title is None or m.title in titles else (True, None)
            if m.kind == "pronoun" and m.text.lower() in ("he", "she"):
                return True, self._speaking_pronoun(m, i, keys)
            if m.kind == "group":
                return False, None
        return self._reported_speaker(verb, off, keys)

    def _speaking_pronoun(self, m: Mention, i: int, keys: set[str]) -> PartyOut | None:
        """The participant "he" or "she" stands for as the one who speaks: the person it reads as
        (ReferenceResolver.pronoun_person), unless the sentence names that one after it ("he told Mr Xi": no one tells
        himself), then the one participant the sentence does not name."""
        s, e = self.ctx.spans[i]
        after = {x.actor for x in self.actors.mentions_in(m.end, e, ("person",)) if not quoted(self.ctx.text, s, x.start)}
        read = self.pronoun_person(m, i)
        if read in keys and read not in after:
            return self.party(read)
        named = {x.actor for x in self.actors.mentions_in(s, e, ("person",))}
        rest = sorted(k for k in keys if k not in named and (a := self.actors.actor(k)) and a.kind == "person")
        return self.party(rest[0]) if len(rest) == 1 else None

    def _reported_speaker(self, verb, off: int, keys: set[str]) -> tuple[bool, PartyOut | None]:
        """The person whose words or act a verb of saying reports, where its own subject names no person ("a senior
        official said Biden wants ...", "China said Wang had urged ..."): the subject of the clause it reports; none where
        that clause tells a meeting (the report of the meeting itself, not anyone's words)."""
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            told = {off + t.idx for t in [clause] + [c for c in clause.children if c.dep_ in ("dobj", "attr")]}
            if any(e.category == "CONSULT" and e.trigger[0] in told for e in self.ctx.events):
                return True, None       # "Lavrov called on Modi at his residence, officials said": the meeting told
            for s in clause.children:
                if s.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                for m in mentions_for(np_tokens(s), off, self.actors):
                    if m.kind == "person" and m.actor:
                        return True, self.party(m.actor) if m.actor in keys else None
            return True, None
        return False, None

    def _issues_and_claims(self, c: Candidate) -> None:
        linked = set(c.sentences)
        keys = {p.key for p in c.participants if p.key}
        if c.main:
            for i, (s, e) in enumerate(self.ctx.spans):
                if self.ctx.kinds[i] in FURNITURE:
                    continue
                if any(m.actor in keys for m in self.actors.mentions_in(s, e, ("person",))):
                    linked.add(i)
        seen: dict[str, dict] = {}
        phrases: list[str] = []
        for i in sorted(linked):
            s, e = self.ctx.spans[i]
            text = self.ctx.text[s:e]
            for issue, a, b in issues_in(text):
                if issue.id not in seen:
                    seen[issue.id] = {"id": issue.id, "label": issue.label}
                    c.contexts += [x for x in issue.contexts if x not in c.contexts]
                c.cite(f"issues.{issue.id}", (s + a, s + b))
            phrases += phrases_in(text)
            for m in FIRST_CLAIM.finditer(text):
                claim = {"text": m.group(0).strip(), "what": (m.group("what") or "").strip(),
                         "within": m.group("dur"), "since": m.group("since").strip() if m.group("since") else None,
                         "since_value": None, "evidence": [[s + m.start(), s + m.end()]]}
                if claim["since"]:
                    tx = [t for t in self.ctx.timexes if s + m.start("since") <= t.start < s + m.end("since") and t.value]
                    if tx:
                        claim["since_value"] = tx[0].value
                if claim["text"] not in {x["text"] for x in c.claims}:
                    c.claims.append(claim)
        c.issues = list(seen.values())
        c.phrases = list(dict.fromkeys(phrases))[:12]
