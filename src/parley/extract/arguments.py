"""The parties of an act, read from the parse around its trigger: a verb's subjects and objects and its "with",
"between", "to" phrases; a noun's possessor and phrases, or the subject of the verb it hangs on ("X and Y held talks",
"In a meeting in Busan, X and Y agreed ..."); a guest the parser hangs on a place or a day ("met today in Mexico City
with ..."), and no state or forum that is only a topic or a name ("discussed Ukraine", "the Quad Leaders' Summit")."""
from __future__ import annotations

from ..time.lexicon import MONTHS, WEEKDAYS
from .actor_records import Mention
from .actors import ArticleActors
from .clauses import said_during
from .name_shapes import PRONOUNS
from .lexicon import (AHEAD_WORDS, ATTENDED_FORMS, CALL_FORMS, CONTAINING_VERBS, ENCOUNTER_NOUNS, GATHERING_VERBS,
                      HOST_FORMS, INVITATION_NOUNS, INVITED_PREPS, JOINED_FOR_FORMS, JOURNEY_NOUNS, LIGHT_VERBS,
                      MEAL_NOUNS, MEANS_NOUNS, MEET_FORMS, MOVE_VERBS, NAME_PLURALS, NAMING_VERBS,
                      NON_PARTY_MODIFIERS, NON_PARTY_NOUNS, NOUN_TRIGGERS, OFFICIAL_GROUP_NOUNS, ORDERING_PREPS,
                      OWNED_ROLES, PARTY_NOUNS, REFERENCE_VERBS, SPAN_EDGE_FORMS, SPAN_UNITS, SPEECH_FORMS,
                      TALKED_ABOUT_PREPS, TOLD_FORMS, TOPIC_VERB_STEMS)
from .parse_tree import (OBJ, agent_of_place, children_of, coordinated_preps, doc_text, listed_subjects, np_tokens,
                         preps_beside_verb, span_of, subject_of, verb_of)
from .sentence_event import SentenceEvent
from .tense import is_spoken
from .titles import titles

DAY_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)     # the words of a day, never a party ("on Monday")


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
    # "Today I met my counterpart", "President Ruto and I had a very productive meeting": the article's own "I" is the
    # speaker a transcript labels or the official who signs a release (voice.py)
    keep += [me for t in tokens if t.text == "I" and t.pos_ == "PRON"
             and (me := actors.voice_at(offset + t.idx, offset + t.idx + 1)) is not None
             and not any(k.actor == me.actor for k in keep)]
    return keep


def _names_other_thing(m: Mention, tokens, offset: int, actors: ArticleActors) -> bool:
    """Whether a state's mention is a capital in the proper name of something else ("travel to the Bogota International
    Book Fair", "the Moscow State University"): no party, as a capital standing for its government is."""
    tok = next((t for t in tokens if offset + t.idx == m.start), None)
    return tok is not None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and offset + tok.head.idx >= m.end \
        and any(e.kind == "capital" for e in actors.gaz.entries_of(m.text)) \
        and not any(e.kind in ("country", "demonym") for e in actors.gaz.entries_of(m.text))


def with_partners(nodes, offset: int, actors: ArticleActors) -> list[Mention]:
    """The mentions of the "with" phrases that hang on any of `nodes`: the partner the parser attached to a place,
    a topic or an object instead of the act ("met in Mexico City with X", "the dialogue on the boundary issue with X",
    "signed an agreement with X")."""
    return [m for n in nodes for w in children_of(n, {"prep"}) if w.lower_ == "with"
            for p in children_of(w, {"pobj"}) for m in mentions_for(np_tokens(p), offset, actors)]


def visiting_guests(prep) -> list:
    """The guest of "talks with visiting Somali President X", which the parser reads as a gerund ("visiting")
    with its object, not as the phrase's noun."""
    return [o for pc in children_of(prep, {"pcomp"}) if pc.lower_ == "visiting" for o in children_of(pc, {"dobj"})]


def inviters(tok, offset: int, actors: ArticleActors) -> list[Mention]:
    """The host of a visit or talks held "at the invitation of X" (of the trigger or its verb)."""
    out = []
    for t in (tok, tok.head) if tok.head.pos_ in ("VERB", "AUX") else (tok,):
        for p in children_of(t, {"prep"}):
            for inv in children_of(p, {"pobj"}):
                if inv.lower_ in INVITATION_NOUNS and p.lower_ in INVITED_PREPS:
                    out += [m for of in children_of(inv, {"prep"}) if of.lower_ == "of"
                            for po in children_of(of, {"pobj"}) for m in mentions_for(np_tokens(po), offset, actors)]
    return out


def _host_of_talks(tok, c, found: list[Mention], offset: int, actors: ArticleActors) -> bool:
    """Whether the one state before a meeting noun that others are "at" is where it is held, not a party: "Armenia,
    Azerbaijan make progress on peace deal at Kazakhstan talks" (their subject names two other parties)."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "at" and len(found) == 1 and found[0].kind == "state"
            and c.ent_type_ != "NORP" and sum(x.dep_ in ("compound", "amod", "nmod") for x in tok.children) == 1):
        return False
    subject = [m for x in children_of(tok.head.head, {"nsubj"}) for m in mentions_for(np_tokens(x), offset, actors)]
    return len({m.text for m in subject if m.kind in ("state", "person") and m.text != found[0].text}) >= 2


def _by_agent(c) -> bool:
    """Whether a noun's phrase is "by" someone ("a visit by Erdogan"), not "by" a means ("a conversation by phone")."""
    return c.dep_ == "prep" and c.lower_ == "by" and any(o.lower_ not in MEANS_NOUNS for o in children_of(c, {"pobj"}))


def _modifier(c) -> list:
    """The words of a noun's modifier that may name a party: the word, or a name of several words the parser hangs on
    its first ("the Group of Seven summit")."""
    return list(c.subtree) if c.dep_ == "nmod" else [c]


def noun_arguments(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    """Parties of "the meeting between A and B", "A's visit to B", "talks with B", "X held talks";
    of the verb a meeting is the subject of, too ("a shouting match broke out ... between A and B")."""
    children = list(tok.children)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lower_ in REFERENCE_VERBS:
        children += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("between", "among")]
    gathered = []       # "The talks brought together A and B", "The meeting was attended by A and B"
    if tok.dep_ == "nsubj" and tok.head.lower_ in GATHERING_VERBS:
        gathered = children_of(tok.head, {"dobj"})
    # "after a 2+2 meeting that also included Foreign Secretary Enrique Manalo"
    including = [r for r in children_of(tok, {"relcl"}) if r.lower_ in GATHERING_VERBS]
    gathered += [o for r in including for o in children_of(r, {"dobj"})]
    told = any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children)
    between: list[Mention] = []     # the parties the noun names of its own ("a meeting between A and B")
    if tok.dep_ == "nsubjpass" and tok.head.lower_ in ATTENDED_FORMS:
        gathered = [p for a in children_of(tok.head, {"agent"}) for p in children_of(a, {"pobj"})]
        including = [tok.head]
    if told and any(c.dep_ == "advmod" and c.lower_ == "also" for r in including for c in r.children):
        # "The talks ... were also attended by Waltz, Witkoff and Ushakov", "The meeting, which also included Foreign
        # Minister de la Fuente and Security Minister García Harfuch": more people at the talks told
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
                if c.lower_ in ("his", "her") and (verb := verb_of(tok)) is not None:
                    # "Ramaphosa informed Zelenskyy of his telephone conversation with Trump": the clause's subject
                    found = subject_person(verb, offset, actors) or found
            ev.actors += found
        elif c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP", "PERSON", "ORG")
                                                          or (c.text[:1].isupper() and mentions_for(_modifier(c), offset,
                                                                                                    actors))):
            # ("Starmer and Trump held talks ...", read as a modifier of "talks": with its conjuncts)
            found = mentions_for(_modifier(c), offset, actors) + [
                m for cj in children_of(c, {"conj"}) if cj.text[:1].isupper() for m in mentions_for([cj], offset, actors)]
            if not _host_of_talks(tok, c, found, offset, actors):
                ev.actors += found
        elif c.dep_ == "prep" and c.lower_ in ("between", "among", "of", "by"):
            for p in children_of(c, {"pobj"}):
                found = mentions_for(np_tokens(p), offset, actors)
                if not found and p.lower_ in PARTY_NOUNS:
                    # "a meeting between officials of the United States of America and the Russian Federation": whose
                    found = [m for o in children_of(p, {"prep"}) if o.lower_ == "of" for x in children_of(o, {"pobj"})
                             for m in mentions_for(list(x.subtree), offset, actors) if m.kind == "state"]
                ev.actors += found
                between += found if c.lower_ in ("between", "among") else []
        elif c.dep_ == "prep" and c.lower_ == "for" and tok.lower_ in MEAL_NOUNS:
            # "hosted a banquet for (visiting) President X": the guest
            for p in children_of(c, {"pobj"}) + [o for pc in children_of(c, {"pcomp"}) for o in children_of(pc, {"dobj"})]:
                ev.recipients += [m for m in mentions_for(np_tokens(p), offset, actors)
                                  if m.kind in ("person", "counterpart", "generic", "group")]
        elif c.dep_ == "prep" and c.lower_ in ("around", "near", "off") and ev.category == "MOBILIZE":
            for p in children_of(c, {"pobj"}):     # "military drills around Taiwan": whom they are aimed at
                ev.recipients += [m for m in mentions_for(np_tokens(p), offset, actors) if m.kind == "state"]
        elif c.dep_ == "prep" and (c.lower_ in ("with", "to") or
                                   (tok.lower_ in CALL_FORMS and c.lower_ in ("on", "upon", "from"))):
            # ("a courtesy call on the president"; "received a courtesy call from X": the host's
            # verb makes X the actor below)
            for p in children_of(c, {"pobj"}) + visiting_guests(c):
                found = mentions_for(np_tokens(p), offset, actors)
                if c.lower_ == "to":                      # "visit to Beijing": the host is a place or state
                    ev.recipients += [m for m in found if m.kind in ("state", "person", "org")]
                else:
                    ev.recipients += found
        elif c.dep_ == "prep" and c.lower_ in TALKED_ABOUT_PREPS and ev.category == "CONSULT":
            # "the dialogue on the boundary issue with Ajit Doval": the parser hangs the partner on the topic
            ev.recipients += [m for m in with_partners(children_of(c, {"pobj"}), offset, actors) if m.kind == "person"]
    # "talks with Li and with Kishida": a preposition coordinated with the noun's own (or with the verb that holds the
    # noun: "held talks with Macron in Paris and then with Scholz in Berlin")
    withs = [c for c in children if c.dep_ == "prep" and c.lower_ == "with"]
    for w in coordinated_preps(withs) + (preps_beside_verb(tok.head, "with") if withs and tok.dep_ == "dobj" else []):
        ev.recipients += [m for p in children_of(w, {"pobj"}) for m in mentions_for(np_tokens(p), offset, actors)
                          if m not in ev.recipients]
    # a noun inside the object or a phrase of a verb: "X and Y held talks", "In a meeting in Busan, X and Y agreed"
    # ("a day after Blinken's talks with Netanyahu": talks in a phrase, owned by their own party)
    # (and "arrangements for an upcoming visit by Erdogan to Egypt": the visit's own agent)
    # (not "by phone": the means, "what she described as a good conversation by phone with Trump")
    # (nor the plural of a title in a meeting's name: "the Malaysia-Singapore Leaders' Retreat")
    head, owned = tok, tok.dep_ == "pobj" and any(
        c.dep_ == "poss" and c.lower_ not in PRONOUNS and not (c.lower_ in NAME_PLURALS and c.text[:1].isupper())
        or _by_agent(c)
        for c in tok.children)
    contained = False
    for _ in range(2):
        while (head.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj", "compound", "appos", "oprd")
               or (head.dep_ == "advmod" and head.lower_ in AHEAD_WORDS)) and head.head != head:
            head = head.head        # ("arrived in Shanghai, ahead of talks with Xi": the arrival's subject talks)
            if head.pos_ in ("VERB", "AUX") and not (head.dep_ == "prep" and head.lower_ == "following"):
                break               # (but "signed a treaty following talks": "following" is a preposition)
            # "to prepare ground for Modi's upcoming trip to China for the SCO summit": the summit is of Modi's trip
            owned = owned or any(c.dep_ == "poss" for c in head.children)
        # "will arrive on Saturday at the start of a four-day visit that will include formal talks with Albanese": the
        # talks are the visit's, whose traveller is the subject above it
        if not (head.dep_ == "relcl" and head.lower_ in CONTAINING_VERBS and head.head.pos_ == "NOUN"
                and all(s.tag_ == "WDT" or s == head.head for s in subject_of(head)[0])):
            break
        head, contained = head.head, True
    if (saying := said_during(tok)) is not None:
        head = saying       # "Trump has said Washington will keep its troops ..., during talks with Nawrocki": Trump's
    if head != tok and head.pos_ in ("VERB", "AUX") and not owned:
        subs, passive = subject_of(head)
        found = []
        for s in subs:
            found += mentions_for(np_tokens(s), offset, actors)
            for c in s.children:        # "In a dramatic encounter, tensions between A and B escalated"
                if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                    found += [m for p in children_of(c, {"pobj"}) for m in mentions_for(np_tokens(p), offset, actors)]
        if head.tag_ == "VBN" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and tok.head.head == head:
            # "signed the agreement, witnessed by Anwar and his Singapore counterpart Wong at the 11th
            # Malaysia-Singapore Leaders' Retreat": the doers of a passive are at the occasion it was done at
            found += [m for a in children_of(head, {"agent"}) for p in children_of(a, {"pobj"})
                      for m in mentions_for(list(p.subtree), offset, actors) if m.kind in ("person", "counterpart")]
        found = speaker_for_state(head, found, offset, actors)
        # a state that hosts a meeting between others is where they met ("Saudi Arabia hosted a meeting between
        # officials of the United States and Russia"; but "Stoltenberg ... after hosting a meeting between Erdogan and
        # Kristersson" chaired it)
        venue = head.lower_ in HOST_FORMS and len({m.text for m in between}) >= 2 and bool(found) \
            and all(m.kind == "state" for m in found)
        if venue:
            found = []
        if tok.dep_ in ("nsubj", "nsubjpass"):
            ev.reference_only = not ev.actors and not ev.recipients
        elif head.lower_ in LIGHT_VERBS or (tok.dep_ == "pobj" and not ev.actors) or head.lower_ in SPEECH_FORMS \
                or (tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.pos_ == "NOUN" and not ev.actors) \
                or (contained and not ev.actors) \
                or head.lower_ in NAMING_VERBS and (tok.dep_ == "oprd" or tok.dep_ == "dobj" and any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)):
            # (but "Xi ... in the wake of Pelosi's visit to Taiwan": the visit is Pelosi's, not Xi's)
            ev.actors += [m for m in found if m not in ev.actors]
            ev.actors += [m for t in listed_subjects(head, subs) for m in mentions_for(np_tokens(t), offset, actors)
                          if m.kind == "person" and m not in ev.actors]
            if head.lower_ in LIGHT_VERBS and _object_of(tok, head):
                # "held talks here on Tuesday with Retno Marsudi": the parser hangs the other party on the verb
                # (also the second of "held separate talks with Li and with Kishida")
                # (or on its place or day: "held talks here on the 4th with Russian Foreign Minister Sergei Lavrov")
                ev.recipients += [m for m in with_partners([head], offset, actors)
                                  if m not in ev.actors and m not in ev.recipients]
                ev.recipients += [m for w in children_of(head, {"prep"}) if w.lower_ in ("in", "at", "on")
                                  for m in with_partners(children_of(w, {"pobj"}), offset, actors)
                                  if m not in ev.actors and m not in ev.recipients]
            if tok.dep_ == "pobj" and tok.head.lower_ == "for" and head.lower_ in JOINED_FOR_FORMS | MEET_FORMS:
                # "Yoon and Ishiba joined Biden for a trilateral summit", "met with Biden for a trilateral summit": the
                # one joined or met is of it
                joined = [m for o in children_of(head, {"dobj"}) for m in mentions_for(np_tokens(o), offset, actors)]
                ev.recipients += [m for m in joined + with_partners([head], offset, actors)
                                  if m not in ev.actors and m not in ev.recipients]
            if head.lower_ in ("host", "hosts", "hosted", "hosting", "receive", "received") and not venue:
                ev.recipients, ev.actors = ev.actors, ev.recipients
            elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "during") and not ev.recipients \
                    and head.lower_ not in LIGHT_VERBS and (tok.lower_ in ENCOUNTER_NOUNS or theirs
                                                            or head.lower_ in TOLD_FORMS):
                # "in a remarkable encounter, Trump ripped into Zelensky": the person acted on was there;
                # "Putin told Scholz in their phone call": theirs
                objs = children_of(head, OBJ) + [po for p in children_of(head, {"prep"}) if p != tok.head and
                                               p.lower_ in ("into", "with", "against", "at") for po in children_of(p, {"pobj"})]
                ev.recipients += [m for o in objs for m in mentions_for(np_tokens(o), offset, actors)
                                  if m.kind in ("person", "counterpart") and m not in ev.actors]
        elif not ev.actors and not ev.recipients:
            ev.reference_only = True    # "to revive a summit", "boost mutual visits": not a meeting of the subject
    if tok.dep_ in ("nsubj", "nsubjpass") and not ev.actors and not ev.recipients:
        ev.reference_only = True
        # (a journey's first or last day is not its meeting's: "The tour had begun on Monday in Pretoria")
        ev.span_edge = SPAN_EDGE_FORMS.get(tok.head.lower_) if tok.lower_ not in JOURNEY_NOUNS else None


def speaker_for_state(verb, found: list[Mention], offset: int, actors: ArticleActors,
                       no_party: bool = False) -> list[Mention]:
    """"Putin said Moscow would not revive the deal ..., after talks with Erdogan": the state a speaker's words make
    the subject stands, in a phrase the parser hangs on those words, for the speaker who is its official; with
    `no_party`, where their subject is no party at all, the speaker too ("Blinken said ... some of the changes were
    'not workable', after meeting Qatar's prime minister")."""
    if (not found and not no_party) or any(m.kind != "state" for m in found) or not is_spoken(verb):
        return found
    speakers = [m for s in subject_of(verb.head)[0] for m in mentions_for(np_tokens(s), offset, actors)
                if m.kind == "person"]
    if not found:
        return speakers
    states = {m.country for m in found}
    own = [m for m in speakers if (a := actors.actor(m.actor)) is not None and a.country in states]
    return own or found


def verb_arguments(tok, ev: SentenceEvent, offset: int, actors: ArticleActors) -> None:
    subs, passive = subject_of(tok)
    subj_mentions = []
    for s in subs:
        if s.lower_ in ("he", "she") and tok.dep_ == "relcl" and (main := verb_of(tok.head)) is not None \
                and (found := subject_person(main, offset, actors)):
            # "Abdelatty delivered a message from Sisi to King Abdullah II, whom he met": the main clause's subject
            subj_mentions += found
            continue
        subj_mentions += mentions_for(np_tokens(s), offset, actors)
    subj_mentions += [m for t in listed_subjects(tok, subs) for m in mentions_for(np_tokens(t), offset, actors)
                      if m.kind == "person" and m not in subj_mentions]
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        # "Meloni announced that Italy will build centres ..., after meeting Rama": the gerund's subject is its
        # verb's, the state standing for the speaker of those words (and the speaker, where a gerund after "after"
        # or "before" follows words whose subject is no party)
        subj_mentions = speaker_for_state(tok.head.head, subj_mentions, offset, actors,
                                           tok.tag_ == "VBG" and tok.head.lower_ in ORDERING_PREPS)
    objs = []
    topical = tok.lower_.startswith(TOPIC_VERB_STEMS)
    for o in children_of(tok, OBJ):
        # ("a message to King Abdullah II, whom he met at the palace": the clause's antecedent)
        found = mentions_for(np_tokens(tok.head if o.lower_ in ("whom", "who") and tok.dep_ == "relcl" else o),
                             offset, actors)
        if ev.category == "CONSULT" and o.lower_ in NOUN_TRIGGERS:
            # "hosted the Quad Leaders' Summit with Prime Minister Albanese, ...": its guests, not the forum it names
            found = [m for m in found if m.kind != "org"] + with_partners([o], offset, actors)
        if topical:                     # "discussed Ukraine and the Quad": topics, not parties
            found = [m for m in found if m.kind in ("person", "group", "pronoun", "counterpart", "generic")]
        objs += found
    preps = children_of(tok, {"prep", "agent"})
    # "met on Thursday with el-Sissi and with Qatar's Prime Minister": a preposition coordinated with the verb's own
    preps += coordinated_preps(preps)
    if any(p.lower_ == "with" for p in preps):     # "met with Macron in Paris and then with Scholz in Berlin"
        preps += preps_beside_verb(tok, "with")
    if passive:
        preps += agent_of_place(tok)
    if ev.category == "CONSULT":
        ev.others = any(non_party(o) for o in children_of(tok, OBJ) + [
            po for p in preps if p.lower_ == "with" for po in children_of(p, {"pobj"})])
        # (or, in the passive, officials no text names or gives a state: "landed at the airport, where he was received
        # by a delegation of ministers", no one the talks are with)
        ev.others = ev.others or passive and any(
            unnamed_officials(po, offset, actors) for p in preps if p.dep_ == "agent" or p.lower_ == "by"
            for po in children_of(p, {"pobj"}))
    for p in preps:
        if p.lower_ in ("with", "to", "on", "upon", "against", "for", "from", "by", "between", "among", "at"):
            for po in children_of(p, {"pobj"}) + visiting_guests(p):
                found = mentions_for(np_tokens(po), offset, actors)
                if p.lower_ in ("on", "upon") and po.lower_ in DAY_WORDS and not any(m.kind == "person" for m in objs):
                    # "visited the White House on Monday, Starmer on Thursday": a day's apposition is the subject of a
                    # clause the writer left the verb out of, no party (but "will meet Iwaya on Sunday and Prime
                    # Minister Ishiba on Monday" names one, as "met bin Salman in Jeddah on Monday, Qatar's Emir in
                    # Doha on Tuesday" does, whose verb met a person)
                    aside = [span_of(sorted(c.subtree, key=lambda t: t.i), offset) for c in po.children
                             if c.dep_ == "appos"]
                    found = [m for m in found if not any(a <= m.start < b for a, b in aside)]
                if p.lower_ == "by" and po.lower_ in MEANS_NOUNS:
                    # "has spoken by phone with President-elect Donald Trump": the means, no agent (the partner hung
                    # on it)
                    objs += [m for m in with_partners([po], offset, actors) if m not in subj_mentions]
                elif p.dep_ == "agent" or (p.lower_ == "by" and passive):
                    subj_mentions, objs = found, subj_mentions + objs
                elif p.lower_ in ("with", "on", "upon", "against", "to", "between", "among") or ev.category == "CONSULT":
                    if ev.category == "CONSULT" and p.lower_ not in ("with", "to", "between", "among"):
                        found = [m for m in found if m.kind not in ("state",)]   # "met in Singapore": a place
                    objs += found
        elif p.lower_ in ("in", "at") and ev.category == "CONSULT":
            # "met today in Mexico City with President López Obrador": the parser hangs the partner on the place
            objs += with_partners(children_of(p, {"pobj"}), offset, actors)
    if ev.category == "CONSULT" and not objs:
        # "received at Al-Yamamah Palace in Riyadh today the Foreign Secretary ..., Lord David Cameron": an object
        # shifted past the place and time, that the parser reads as a noun of time
        # (not "met on Saturday ..., their first meeting since ...": a meeting noun names the act again)
        # (or as a phrase in apposition to the verb: "received at Al-Yamamah Palace in Riyadh today Iran's Minister of
        # Foreign Affairs Abbas Araghchi")
        # (not a journey's, which takes no object: "arrived in Brasilia on Sunday night, where he will meet his
        # counterpart, Luiz Inacio Lula da Silva": the name, hung on "arrived", is of the clause's counterpart)
        for c in children_of(tok, {"npadvmod", "appos"}) if tok.lower_ not in MOVE_VERBS else ():
            if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in SPAN_UNITS \
                    and c.lower_ not in NOUN_TRIGGERS:
                objs += [m for m in mentions_for(np_tokens(c), offset, actors) if m.kind in ("person", "generic")
                         and m not in subj_mentions]
    if ev.category == "CONSULT" and not objs and tok.lower_ in MEET_FORMS:
        # "will travel to Washington next week to meet President Trump, Downing Street confirmed": the parser makes the
        # object the subject of the saying after it; a person named right after the verb (past a title) is its object
        after = offset + tok.idx + len(tok.text)
        objs += [m for m in actors.mentions_in(after, after + 80) if m.kind == "person" and m not in subj_mentions
                 and (not (gap := doc_text(tok.doc)[after - offset:m.start - offset].strip())
                      or titles()[0].fullmatch(gap))][:1]
    if ev.category == "CONSULT" and not objs:
        # "had met Chinese President Xi Jinping days earlier": the parser hangs the name on the time ("Jinping days")
        for c in children_of(tok, {"advmod", "npadvmod"}):
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
    if ev.category == "CONSULT" and objs:
        # "met Mohammed bin Salman in Jeddah on Monday, ... and Sheikh Mohamed bin Zayed in Abu Dhabi on Wednesday": the
        # last of a list of objects, each with its place and day, that the parser joins to the verb
        for c in children_of(tok, {"conj"}):
            if c.i > tok.i and c.pos_ == "PROPN":
                objs += [m for m in mentions_for(np_tokens(c), offset, actors) if m.kind == "person"
                         and m not in subj_mentions and m not in objs]
    # "urged China to lift ...": the object of the request is the recipient; "told his counterpart"
    if passive and ev.category in ("COERCE", "ASSAULT", "SANCTION") and not objs:
        objs, subj_mentions = subj_mentions, []
    ev.actors += subj_mentions
    ev.recipients += [m for m in objs if m not in ev.actors]


def subject_person(verb, offset: int, actors: ArticleActors) -> list[Mention]:
    """The one person a verb's subject names, as a list (empty where it names none or several)."""
    found = [m for n in children_of(verb, {"nsubj"}) for m in mentions_for(np_tokens(n), offset, actors)
             if m.kind == "person"]
    return found if len(found) == 1 else []


def unnamed_officials(noun, offset: int, actors) -> bool:
    """Whether a noun phrase names officials as a group with no name or state ("a delegation of ministers", "senior
    officials"): lexicon.OFFICIAL_GROUP_NOUNS, no person, state or organisation mentioned in it."""
    if noun.pos_ != "NOUN" or noun.lower_ not in OFFICIAL_GROUP_NOUNS:
        return False
    return not any(m.kind in ("person", "state", "org", "counterpart", "generic")
                   for m in mentions_for(sorted(noun.subtree, key=lambda t: t.i), offset, actors))


def non_party(noun) -> bool:
    """Whether a noun phrase names people who are no state's party: "students", "business leaders", "members of the
    Indian diaspora" (lexicon.NON_PARTY_NOUNS)."""
    def singular(word: str) -> str:         # (the pipeline has no lemmatiser)
        return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") and not word.endswith(
            "ss") else word         # (not "business")

    if noun.pos_ != "NOUN":
        return False
    if singular(noun.lower_) in ("member", "representative", "leader") and (
            of := next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)) is not None:
        noun = next((o for o in of.children if o.dep_ == "pobj"), noun)       # "members of the community"
    mods = {singular(c.lower_) for c in noun.children if c.dep_ in ("compound", "amod")}
    return noun.lower_ in NON_PARTY_NOUNS or singular(noun.lower_) in NON_PARTY_NOUNS \
        or bool(mods & NON_PARTY_MODIFIERS)


def _object_of(tok, verb) -> bool:
    """Whether a noun is the object of a verb, or of the measure the verb takes: "held talks", "held more than seven
    hours of talks", "held two rounds of talks"."""
    return tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "dobj"
                                  and tok.head.head.head == verb)
