"""A fuzz run of the hub's OpenAPI description (schemathesis): whatever the requests, no 5xx,
and no way past the role checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hub.hub_support import HubProcess, new_study
from tests.sync.sync_helpers import add_interview

# Bundles travel as application/zip: sent as the raw bytes the fuzzer draws.
schemathesis.serializer.alias("application/zip", "application/octet-stream")

EXAMPLES = 12  # per operation and role: small, but every operation meets odd input
COORDINATOR_ONLY = ("/invites", "/members", "/audit", "/public-link")


def test_fuzzed_requests_never_get_a_5xx_nor_pass_the_role_checks(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path)
    alice = study.device("dev-alice", "Alice")
    add_interview(alice)
    alice.hub.sync()
    tokens = {role: study.token(role, role) for role in ("coordinator", "surveyor", "viewer")}
    tokens["none"] = ""
    schema = schemathesis.openapi.from_url(f"{hub.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11
    seen: dict[str, set[int]] = {}
    for operation in operations:
        _fuzz(operation, hub.url, tokens, study.id, seen)
    assert any(403 in statuses for statuses in seen.values())
    alice.close()


def _fuzz(operation: Any, base_url: str, tokens: dict[str, str], study_id: str,
          seen: dict[str, set[int]]) -> None:
    # The fuzzer aims at this study half of the time, so the role checks are reached.
    targets = st.sampled_from([study_id, "00000000-0000-4000-8000-000000000000"])
    path = operation.path
    public = path in ("/v1/enrol", "/v1/health") or path.startswith(("/public/", "/studies/"))
    writes = operation.method.upper() in ("PUT", "POST", "DELETE")
    coordinator_only = any(part in path for part in COORDINATOR_ONLY)

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(), role=st.sampled_from(sorted(tokens)), target=targets)
    def run(case: Any, role: str, target: str) -> None:
        if case.path_parameters and "study" in case.path_parameters:
            case.path_parameters["study"] = target
        headers = {"Authorization": f"Bearer {tokens[role]}"} if tokens[role] else {}
        response = case.call(base_url=base_url, headers=headers, timeout=30)
        status = response.status_code
        seen.setdefault(operation.label, set()).add(status)
        assert status < 500, (operation.label, role, status, response.text[:300])
        if role == "none" and not public:
            assert status == 401, (operation.label, status)
        if status < 300:
            assert not (role == "viewer" and path.startswith("/v1/studies")), operation.label
            assert not (role == "surveyor" and coordinator_only), operation.label
            assert not (role == "none" and writes and path != "/v1/enrol"), operation.label

    run()


def test_a_name_with_a_control_character_is_refused_not_a_server_error(
        hub: HubProcess, tmp_path: Path) -> None:
    """Found by the fuzz run above: PostgreSQL refuses NUL in text, which answered 500."""
    import json
    import urllib.error
    import urllib.request

    study = new_study(hub, tmp_path)
    token = study.token("coordinator", "coordinator")
    for name in ("\x00", "Alice\nBob"):
        request = urllib.request.Request(
            f"{hub.url}/v1/studies/{study.id}/invites", method="POST",
            data=json.dumps({"name": name, "role": "viewer", "hours": 1.0}).encode(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=30)
            status = 200
        except urllib.error.HTTPError as error:
            status = error.code
        assert status == 422, name
