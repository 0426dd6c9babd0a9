"""The attribute ruler's POS patterns applied without the Matcher give the ruler's `pos_`."""
import importlib

from parley.nlp import MODEL_PACKAGE, nlp
from parley.pos_rules import PosRules

TEXT = [
    "Foreign Minister Anna Keller met her Polish counterpart in Warsaw on Tuesday, and it's said "
    "that they did agree on little.",
    "There were no talks, but the envoys have been meeting since March; nobody knows whether they'll "
    "sign anything that is binding.",
    "Do they want peace?  He did not say so, though officials were quoted as saying the visit "
    "would go ahead unless the ceasefire collapsed.",
    "That was what both sides had hoped for: this deal, those guarantees, and an end to the blockade.",
]


def test_pos_rules_equal_the_attribute_ruler():
    ref = importlib.import_module(MODEL_PACKAGE).load(exclude=["lemmatizer", "ner"])
    ours = nlp()
    assert ours.get_pipe("attribute_ruler") is not ref.get_pipe("attribute_ruler")
    seen = set()
    for text in TEXT:
        want = ref(text)
        with ours.select_pipes(disable=["ner"]):
            got = ours(text)
        assert [t.pos_ for t in got] == [t.pos_ for t in want]
        seen |= {t.pos_ for t in got}
    assert seen >= {"PRON", "AUX", "VERB", "PROPN", "SCONJ", "PART", "SPACE"}


def test_later_pattern_wins_and_index_points_into_the_match():
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"TAG": "NN", "LOWER": "nobody"}]], "attrs": {"POS": "PRON"}, "index": 0},
        {"patterns": [[{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    ]
    rules = PosRules(patterns)

    class Tok:
        def __init__(self, text, tag):
            self.text, self.lower_, self.tag_, self.dep_, self.is_space, self.pos_ = text, text.lower(), tag, "", False, ""

    doc = [Tok("Nobody", "NN"), Tok("there", "EX"), Tok("is", "VBZ"), Tok("house", "NN")]
    rules(doc)
    assert [t.pos_ for t in doc] == ["PRON", "", "VERB", "NOUN"]
