"""Reading spaCy's parse: a token's noun phrase and children, a verb's subjects, a mention's span, and where a
character offset falls in a Doc. No word lists of acts here: what a phrase tells is decided by the modules that use
these ("Wang Yi and his Japanese counterpart Yoko Kamikawa" is one noun phrase; "Iwaya, on his first visit to China,
also met ..." has Iwaya for subject)."""
from __future__ import annotations

from bisect import bisect_right

from .lexicon import OBJECT_CONTROL_PREPS, ORDERING_PREPS, ORDINAL_WORDS, REPORT_FORMS
from .titles import titles


SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}


OBJ = {"dobj", "dative", "attr", "oprd"}


NP_SKIP = {"prep", "relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "mark", "parataxis"}


def abs_span(tok, offset: int) -> tuple[int, int]:
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
                    out += [x for a in _names_in_title(c) for x in a.subtree]
                continue
            out.append(c)
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _names_in_title(prep) -> list:
    """The names a title's of-phrases run into: in apposition to its body ("the chairman of the National People's
    Congress, Zhao Leji"), or joined to its last body with a title of their own ("General Secretary of the Communist
    Party of Vietnam Central Committee and State President Tô Lâm")."""
    names = []
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        for a in p.children:
            if a.i > p.i and a.tag_ == "NNP" and (a.dep_ == "appos" or a.dep_ == "conj" and any(
                    x.i < a.i and titles()[0].fullmatch(x.text) for x in a.subtree)):
                names.append(a)
            elif a.dep_ == "prep" and a.lower_ == "of":
                names += _names_in_title(a)
    return names


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


def span_of(tokens, offset: int) -> tuple[int, int]:
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def children_of(tok, deps):
    return [c for c in tok.children if c.dep_ in deps]


def coordinated_preps(preps: list) -> list:
    """The prepositions coordinated with `preps`, the same word again ("with el-Sissi and with Qatar's Prime
    Minister"), that the parser hangs on the first one instead of on its head."""
    out = [c for p in preps for c in p.conjuncts if c.pos_ == "ADP" and c.lower_ == p.lower_ and c not in preps]
    # (or on a preposition within its object: "with his counterparts from Mauritius and Bangladesh and with US President
    # Joe Biden", the second "with" a conjunct of "from")
    return out + [c for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"
                  for c in q.conjuncts if c.pos_ == "ADP" and c.lower_ == p.lower_ and c not in preps and c not in out]


def preps_beside_verb(verb, word: str) -> list:
    """A preposition the parser made a conjunct of a verb ("held talks with Macron in Paris and then with Scholz in
    Berlin": the second "with" hangs on "held", as if it were another verb of the clause)."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == word]


def agent_of_place(verb) -> list:
    """The agent of a passive verb that the parser hung on the noun of one of its phrases of place or manner ("was
    received with military honours at the chancellery by Chancellor Olaf Scholz": "by" hangs on "chancellery"), where
    the verb has none of its own: "by" found down a chain of prepositions and their objects from the verb."""
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return []
    found, todo = [], [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    for _ in range(3):
        nxt = []
        for prep in todo:
            for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")):
                for c in obj.children:
                    if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                        found.append(c)
                    elif c.dep_ == "prep":
                        nxt.append(c)
        todo = nxt
    return found[:1]


def ordered_to(prep):
    """The verb a phrase of "before" or "after" orders its act to: the one it hangs on, but for a reporting clause set
    after the sentence ("will be received by Steinmeier, before holding talks with Scholz, a spokesperson confirmed": the
    parser hangs the phrase on "confirmed") or a later clause of its own (`_later_clause`), the sentence's own verb."""
    verb = prep.head
    if _later_clause(verb, prep):
        return prep.sent.root
    return verb.head if _reporting_tail(verb, prep) else verb


def _later_clause(verb, prep) -> bool:
    """Whether the parser hung the phrase on the verb of a later clause of its own ("met Raisi on Saturday, hours after
    holding talks with Amir-Abdollahian during the first visit ... since the two countries agreed to restore ties"),
    not on the sentence's verb told before it."""
    root = prep.sent.root
    return verb.i > prep.i and root.i < prep.i and root.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "mark" and prep.i < c.i < verb.i for c in verb.children)


def _reporting_tail(verb, prep) -> bool:
    """Whether `verb` is a reporting clause set after its sentence (", a government spokesperson confirmed"), that
    `prep` (a phrase before it) belongs to the sentence's own verb, not to."""
    return verb.lower_ in REPORT_FORMS and verb.dep_ in ("advcl", "parataxis", "ccomp") and verb.head.i < prep.i \
        and verb.head.pos_ in ("VERB", "AUX") and all(s.i > prep.i for s in children_of(verb, SUBJ))


def with_conj(toks):
    out = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def subject_of(verb):
    """Subjects of a verb, climbing through xcomp/conj/advcl/ccomp when it has none of its own."""
    if _nth_after(verb):
        return with_conj(children_of(verb.head, SUBJ)), False
    cur = verb
    for _ in range(4):
        subs = children_of(cur, SUBJ)
        if subs:
            passive = any(s.dep_ == "nsubjpass" for s in subs)
            if cur.dep_ == "relcl" and all(s.tag_ in ("WP", "WDT") or s.lower_ == "that" for s in subs):
                subs = [cur.head]       # "Scholz and Macron, who met ...": the antecedent
            return with_conj([s for s in subs if s.dep_ != "expl"]), passive
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            # a gerund after a preposition takes its verb's subject ("Blinken said ... after meeting him"),
            # or its object after "for" ("criticised Scholz for speaking with Putin")
            prep = cur.head
            verb = ordered_to(prep) if prep.lower_ in ORDERING_PREPS else prep.head
            if prep.lower_ in ORDERING_PREPS and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head    # "urged the EU to reconsider its plan ..., after meeting Xi": who urged met him
            objs = children_of(verb, {"dobj"}) if prep.lower_ in OBJECT_CONTROL_PREPS else []
            if objs:
                return with_conj(objs), False
            if len(with_conj(children_of(verb, SUBJ))) > 1:
                return [], False        # "After meeting Li, Iwaya and Wang held a dialogue": which of them met Li?
            cur = verb
            continue
        if cur is verb and (taken := _subject_in_mark(verb)) is not None:
            return with_conj([taken]), False    # "after President Prabowo Subianto met Xi": the name the parser hung on
                                                # "after"
        if cur is verb and (lead := _leading_name(verb)) is not None:
            return [lead], False    # "Iwaya, on his first visit to China, also met Li Qiang": a name read as a modifier
        if cur is verb and (listed := _fronted_list(verb)):
            return listed, False
        if cur.dep_ == "xcomp" and (objs := [o for o in children_of(cur.head, {"dobj"}) if o.i < cur.i]):
            return with_conj(objs), False      # "expected Xi to visit Russia", "invited Lula to visit": the object
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp") and cur.head != cur:
            cur = cur.head
            continue
        if cur.dep_ == "relcl" and cur.head.dep_ == "attr" and cur.head.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            cur = cur.head.head     # "Milei became the first foreign leader to meet Trump": who became it
            continue
        break
    return [], False


def _nth_after(verb) -> bool:
    """Whether an infinitive tells what the subject of "became the second leader after X" did, where the parser takes X
    for its subject ("Ishiba became the second foreign leader after Israeli Prime Minister Benjamin Netanyahu to hold
    talks with Trump": X did it before)."""
    return verb.dep_ in ("advcl", "relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children) \
        and any(a.dep_ == "attr" and any(o.lower_ in ORDINAL_WORDS for o in a.children) for a in verb.head.children)


def _subject_in_mark(verb):
    """The name right before a verb with no subject, which the parser made the object of the word that opens the verb's
    clause ("issued after President Prabowo Subianto met Chinese President Xi Jinping": "Subianto" of "after")."""
    for mark in verb.children:
        if mark.dep_ != "mark" or mark.i > verb.i:
            continue
        name = next((c for c in mark.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
        if name is not None and max(t.i for t in name.subtree) + 1 == verb.i:
            return name
    return None


def _leading_name(verb):
    """The capitalised word that opens a verb's sentence before a comma, where the parser reads that name as a modifier
    of the verb rather than its subject ("Iwaya, on his first visit to China since taking office, also met ..."), or as
    an adverb that a relative clause follows ("Yoon, who returned home this week, met Xi": not "However,")."""
    first = verb.sent.start
    return next((c for c in verb.children if c.i == first and c.text[:1].isupper() and c.i + 1 < len(verb.doc)
                 and verb.doc[c.i + 1].text == "," and (
                     c.dep_ in ("npadvmod", "dep") and c.pos_ in ("PROPN", "NOUN")
                     or c.dep_ == "advmod" and any(r.dep_ == "relcl" for r in c.children))), None)


def _fronted_list(verb) -> list:
    """The names listed right before a verb that has no subject, which the parser joined to the phrase that
    opens the sentence ("At Monday's summit in London, Keir Starmer, Ursula von der Leyen and António Costa agreed a
    package": the names read as more places after London)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.i >= verb.i or c.i != verb.sent.start:
            continue
        tail = max(t.i for t in c.subtree)
        # (its auxiliaries between: "According to the itinerary released by the Prime Minister's Office, Biden and
        # Trudeau will hold a bilateral meeting")
        if tail >= verb.i or any(t.head != verb or t.dep_ not in ("aux", "neg", "advmod")
                                 for t in verb.doc[tail + 1:verb.i]):
            continue
        first = next((t for t in c.subtree if t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.dep_ == "pobj"
                      and verb.doc[t.left_edge.i - 1].text == ","), None)
        if first is not None:
            return [first] + [t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
    return []


def listed_subjects(verb, subs: list) -> list:
    """Names listed before a verb's subject with a comma, as headlines coordinate ("Wang Yi, Retno Marsudi hold talks",
    which the parser reads as a phrase of time): the caller keeps those that are people."""
    if not subs or subs[0].pos_ != "PROPN":
        return []
    first = min(s.i for s in subs)
    return [c for c in verb.children if c.dep_ in ("npadvmod", "dep", "nmod") and c.pos_ == "PROPN" and c.i < first
            and verb.doc[c.i + 1].text == "," and all(t.pos_ in ("PROPN", "PUNCT") for t in verb.doc[c.i + 1:first])]


def token_index(doc, rel: int) -> int | None:
    tok = token_at_offset(doc, rel)
    return tok.i if tok is not None else None


def in_subtree(tok, root) -> bool:
    cur = tok
    for _ in range(40):
        if cur == root:
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def tree_distance(x, tok) -> int:
    """How many arcs of the parse part two tokens (a large number where one is missing)."""
    if x is None:
        return 99
    up = {t.i: n for n, t in enumerate([x, *x.ancestors])}
    for n, t in enumerate([tok, *tok.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 99


def doc_text(doc) -> str:
    """The doc's text, joined once (spaCy joins its tokens again on every `doc.text`)."""
    text = doc.user_data.get("parley.text")
    if text is None:
        text = doc.user_data["parley.text"] = doc.text
    return text


def token_at_offset(doc, rel: int):
    """The token of `doc` that covers character `rel`, or None: tokens are indexed by character
    offset once per doc, so looking up every time expression and place stays linear."""
    starts = doc.user_data.get("parley.token_starts")
    if starts is None:
        starts = doc.user_data["parley.token_starts"] = [t.idx for t in doc]
    i = bisect_right(starts, rel) - 1
    if i >= 0 and rel < doc[i].idx + len(doc[i].text):
        return doc[i]
    return None


def verb_of(x):
    """The verb a token's phrase hangs from (the token itself where it is one), or None."""
    return next((t for t in [x, *x.ancestors] if t.pos_ in ("VERB", "AUX")), None)