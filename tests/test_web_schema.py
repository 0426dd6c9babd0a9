"""The JSON API and pages against their own OpenAPI document (schemathesis): no server error,
and every status code, content type and body the app sends is one it documents (404 for an
unknown id, 400 for a Host that is not allowed, 403 for a cross-site form post, ...)."""
from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from parley.web import create_app

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_every_response_is_documented(seeds_db):
    # the Host check is tested in test_web.py; here the test client's own host name is allowed
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(seeds_db, allowed_hosts=["testserver"]))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                                               "/events/{event_id}", "/add"}
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def conforms(case):
            case.call_and_validate(checks=CHECKS)

        conforms()


def test_an_undocumented_status_is_caught(seeds_db):
    """The check above can fail: the same app with the 404 of one route left undocumented."""
    app = create_app(seeds_db, allowed_hosts=["testserver"])
    for route in app.routes:
        if getattr(route, "path", "") == "/api/events/{event_id}":
            route.responses = {}
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    case = schema["/api/events/{event_id}"]["GET"].Case(path_parameters={"event_id": "ev-nonexistent"})
    try:
        case.call_and_validate(checks=CHECKS)
    except BaseException as exc:        # schemathesis's FailureGroup
        assert "Undocumented status code" in str(exc) or "404" in str(exc)
    else:
        raise AssertionError("an undocumented 404 passed the schema checks")
