"""A fuzz run of the hub's OpenAPI description (schemathesis): whatever the requests, no 5xx,
and no way past the role checks."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.exchange.sync_helpers import add_interview
from tests.hub.hub_support import HubProcess, new_study

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
        # The fuzzer aims at this study half of the time, so the role checks are reached.
        path_study = st.sampled_from([study.id, "00000000-0000-4000-8000-000000000000"])

        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy(), role=st.sampled_from(sorted(tokens)),
               target=path_study)
        def run(case, role: str, target: str) -> None:
            if case.path_parameters and "study" in case.path_parameters:
                case.path_parameters["study"] = target
            headers = {"Authorization": f"Bearer {tokens[role]}"} if tokens[role] else {}
            response = case.call(base_url=hub.url, headers=headers, timeout=30)
            status = response.status_code
            seen.setdefault(operation.label, set()).add(status)
            assert status < 500, (operation.label, role, status, response.text[:300])
            if role == "none" and operation.path != "/v1/enrol" \
                    and operation.path != "/v1/health" and not operation.path.startswith(
                        ("/public/", "/studies/")):
                assert status == 401, (operation.label, status)
            if status < 300:
                writes = operation.method.upper() in ("PUT", "POST", "DELETE")
                coordinator_only = any(part in operation.path for part in COORDINATOR_ONLY)
                assert not (role == "viewer" and operation.path.startswith("/v1/studies")), \
                    (operation.label, status)
                assert not (role == "surveyor" and coordinator_only), (operation.label, status)
                assert not (role == "none" and writes and operation.path != "/v1/enrol")

        run()
    assert any(403 in statuses for statuses in seen.values())
    alice.close()
