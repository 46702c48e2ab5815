"""Property-based requests from the published OpenAPI schema: the server never answers 5xx.

Bounded on purpose (a few examples per operation and mode) so it stays well under a
minute; run it with a larger ``MAX_EXAMPLES`` when hunting.
"""

from __future__ import annotations

import os

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from .conftest import RunningServer

MAX_EXAMPLES = int(os.environ.get("GOLONLINE_SCHEMATHESIS_EXAMPLES", "12"))


def test_no_server_errors_for_generated_requests(server: RunningServer) -> None:
    device = server.office_with_device("FUZ")
    schema = schemathesis.openapi.from_url(server.api_url + "/openapi.json")
    auth = {"Authorization": f"Bearer {device.token}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 6
    with requests.Session() as session:
        for operation in operations:
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

                @settings(
                    max_examples=MAX_EXAMPLES,
                    deadline=None,
                    database=None,
                    derandomize=True,
                    suppress_health_check=list(HealthCheck),
                )
                @given(case=operation.as_strategy(generation_mode=mode))
                def check(case: schemathesis.Case) -> None:
                    response = case.call(base_url=server.base_url, session=session, headers=auth)
                    case.validate_response(response, checks=[not_a_server_error])

                try:
                    check()
                except Unsatisfiable:
                    continue  # no invalid input exists for this operation (e.g. health)
                except AssertionError as exc:  # name the operation in the failure
                    pytest.fail(f"{operation.label} ({mode}): {exc}\n{server.log()[-3000:]}")
