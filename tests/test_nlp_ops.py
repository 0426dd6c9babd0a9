"""spaCy's matrix products on numpy (parley.nlp.MatmulOps, one BLAS thread): the same analyses as
the model as shipped, faster."""
import importlib

import numpy
import pytest
from thinc.backends.numpy_ops import NumpyOps
from threadpoolctl import threadpool_info

from parley.nlp import MODEL_PACKAGE, MatmulOps, nlp, one_blas_thread

TEXT = [
    "President Luiz Inacio Lula da Silva received Argentine President Javier Milei in Brasilia on "
    "Thursday, their first meeting since the election.",
    "The two leaders discussed trade, the Mercosur agreement with the European Union and the "
    "floods in Rio Grande do Sul, Brazil's foreign ministry said in a statement.",
    "Foreign Minister Mauro Vieira told reporters that Brazil would not accept new tariffs, but he "
    "expected talks in Buenos Aires next month to go well.",
]


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_equals_thincs(trans1, trans2):
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((5, 7) if not trans1 else (7, 5)).astype("float32")
    y = rng.standard_normal((7, 3) if not trans2 else (3, 7)).astype("float32")
    want = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = MatmulOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.dtype == want.dtype and got.shape == want.shape == (5, 3)
    numpy.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    out = numpy.zeros((5, 3), dtype="float32")
    assert MatmulOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    numpy.testing.assert_allclose(out, want, rtol=1e-5, atol=1e-5)


def test_every_trained_layer_uses_the_matrix_product():
    model = nlp()
    for name in ("tok2vec", "tagger", "parser", "ner"):
        nodes = list(model.get_pipe(name).model.walk())
        assert nodes and all(isinstance(n.ops, MatmulOps) for n in nodes), name


def test_analyses_equal_the_shipped_models():
    ref = importlib.import_module(MODEL_PACKAGE).load(exclude=["lemmatizer"])
    ours = nlp()
    labels = set()
    for text in TEXT:
        want = ref(text)
        with one_blas_thread():
            got = ours(text)
        assert [(t.tag_, t.pos_, t.dep_, t.head.i) for t in got] == [(t.tag_, t.pos_, t.dep_, t.head.i) for t in want]
        assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in want.ents]
        labels |= {e.label_ for e in got.ents}
    assert {"PERSON", "GPE", "DATE", "ORG"} <= labels


def test_one_blas_thread_while_parsing_then_as_before():
    def blas_threads():
        return [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]

    before = blas_threads()
    with one_blas_thread():
        assert set(blas_threads()) <= {1}
    assert blas_threads() == before
