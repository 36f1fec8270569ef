"""Property tests from the app's own OpenAPI document: no input may cause a 500.

schemathesis generates parameters and bodies for every operation (hostile
strings included) and calls the app in-process through ASGI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from webdata import ADMIN_TOKEN, open_test_store  # noqa: E402

from warta.config import Config  # noqa: E402
from warta.web.api import create_app  # noqa: E402

_STORE = open_test_store(Path(__import__("tempfile").mkdtemp(prefix="warta-st-")) / "schema.db")
APP = create_app(_STORE, Config(admin_token=ADMIN_TOKEN))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.mark.slow
@schema.exclude(path_regex="^/api/admin/").parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_read_endpoints_never_500(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text[:300])
    # 405 comes from schemathesis trying methods the operation does not declare.
    assert response.status_code in (200, 404, 405, 422), (case.path, case.query, response.status_code)


@pytest.mark.slow
@schema.include(path_regex="^/api/admin/").parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_admin_endpoints_refuse_without_token(case: Any) -> None:
    """Without the token every generated request is refused before any work is done."""
    response = case.call(headers={"Authorization": "Bearer not-the-token"})
    # 400 and 422: FastAPI rejects a malformed body before the token check runs.
    assert response.status_code in (400, 401, 405, 413, 422), response.text[:300]
