"""Who may do what on the hub: tokens, roles, studies kept apart, codes, and the audit log."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from madeinlocal_desktop import language
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.sync import hub_enrolments
from madeinlocal_desktop.sync.hub_client import HubRefused
from tests.hub.hub_support import HubProcess, call, new_study
from tests.sync.sync_helpers import add_interview


def _paths(study_id: str, member_id: int = 1) -> dict[str, tuple[str, str, object]]:
    """Every API call of a study with a harmless body: name → (method, path, payload)."""
    return {
        "pull": ("GET", f"/v1/studies/{study_id}/bundles", None),
        "download": ("GET", f"/v1/studies/{study_id}/bundles/{'a' * 64}", None),
        "push": ("PUT", f"/v1/studies/{study_id}/bundles/{'a' * 64}", None),
        "members": ("GET", f"/v1/studies/{study_id}/members", None),
        "invite": ("POST", f"/v1/studies/{study_id}/invites",
                   {"role": "surveyor", "name": "Intrus"}),
        "revoke": ("DELETE", f"/v1/studies/{study_id}/members/{member_id}", None),
        "audit": ("GET", f"/v1/studies/{study_id}/audit", None),
        "public-link": ("PUT", f"/v1/studies/{study_id}/public-link", None),
    }


def test_missing_wrong_revoked_or_other_study_tokens_get_401_or_403_and_learn_nothing(
        hub: HubProcess, tmp_path: Path) -> None:
    ours = new_study(hub, tmp_path / "ours")
    theirs = new_study(hub, tmp_path / "theirs")
    alice = ours.device("dev-alice", "Alice")
    add_interview(alice, "Épicerie secrète")
    alice.hub.sync()
    revoked = ours.token("surveyor", "Parti")
    member_id = call(hub.url, "GET", "/v1/me", token=revoked)[1]["member_id"]
    coordinator = ours.token("coordinator", "Chef")
    assert call(hub.url, "DELETE", f"/v1/studies/{ours.id}/members/{member_id}",
                token=coordinator)[0] == 204
    stranger = theirs.token("coordinator", "Autre")
    secrets = (alice.study.name, "Épicerie", alice.ctx.device, "Alice")
    for token, expected in ((None, 401), ("not-a-token", 401), (revoked, 401),
                            (stranger, 403)):
        for name, (method, path, payload) in _paths(ours.id).items():
            status, body = call(hub.url, method, path, payload, token=token)
            assert status == expected, (name, token, status, body)
            shown = json.dumps(body, ensure_ascii=False)
            assert not any(secret in shown for secret in secrets), (name, shown)
    # A study that does not exist answers exactly as one that does but is not yours.
    ghost = "00000000-0000-4000-8000-000000000000"
    for name, (method, path, payload) in _paths(ghost).items():
        assert call(hub.url, method, path, payload, token=stranger)[:2] == \
            call(hub.url, method, path.replace(ghost, ours.id), payload,
                 token=stranger)[:2], name
    # The revoked device's app says so, in French, and keeps its queue.
    language.set_language("fr")
    with pytest.raises(HubRefused, match="ne reconnaît plus cet appareil"):
        ours.enrol(ours.coord, "coordinator")
        token_of = hub_enrolments.get(ours.id, ours.coord.ctx.device)
        assert token_of is not None
        call(hub.url, "DELETE", f"/v1/studies/{ours.id}/members/{token_of.member_id}",
             token=coordinator)
        add_interview(ours.coord, "Après révocation")
        ours.coord.hub.sync()
    language.set_language(None)
    assert ours.coord.hub.status().queued == 1
    alice.close()


def test_each_role_reaches_only_what_it_may(hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path)
    tokens = {role: study.token(role, role) for role in ("coordinator", "surveyor", "viewer")}
    # Revoked by the coordinator: a member of its own, never the caller (member 1 was the
    # coordinator itself when this test ran first on its hub).
    leaving = call(hub.url, "GET", "/v1/me", token=study.token("surveyor", "Parti"))[1]
    allowed = {"coordinator": {"pull", "download", "push", "members", "invite", "revoke",
                               "audit", "public-link"},
               "surveyor": {"pull", "download", "push"}, "viewer": set()}
    for role, token in tokens.items():
        for name, (method, path, payload) in _paths(study.id, leaving["member_id"]).items():
            status, body = call(hub.url, method, path, payload, token=token)
            if name in allowed[role]:
                assert status not in (401, 403), (role, name, status, body)
            else:
                assert (status, body["code"]) == (403, "hub.role_forbids"), (role, name)
    # The viewer sees the results page (and nothing else).
    page = call(hub.url, "GET", f"/studies/{study.id}/results", token=tokens["viewer"])
    assert page[0] == 200 and b"Centre-ville" in page[1]
    # A coordinator's invite from the API works like the CLI's.
    code = call(hub.url, "POST", f"/v1/studies/{study.id}/invites",
                {"role": "viewer", "name": "Partenaire", "hours": 2},
                token=tokens["coordinator"])[1]["code"]
    assert call(hub.url, "POST", "/v1/enrol", {"code": code})[1]["role"] == "viewer"


def test_codes_are_single_use_expire_and_spend_nothing_for_another_study(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path / "a")
    other = new_study(hub, tmp_path / "b")
    code = study.code("surveyor", "Alice")
    refused = call(hub.url, "POST", "/v1/enrol", {"code": code, "study_id": other.id})
    assert refused[0] == 401 and refused[1]["code"] == "hub.code_invalid"
    typed = code.lower().replace("-", " ")  # as read over the phone
    assert call(hub.url, "POST", "/v1/enrol", {"code": typed, "study_id": study.id})[0] == 200
    assert call(hub.url, "POST", "/v1/enrol", {"code": code})[0] == 401
    short = study.code("surveyor", "Bob", hours=1.5 / 3600)
    time.sleep(2)
    assert call(hub.url, "POST", "/v1/enrol", {"code": short})[1]["code"] == "hub.code_invalid"
    # In the app: a code of another study is refused and nothing is written on this computer.
    with pytest.raises(InvalidInput, match=r"unknown, already used or expired|inconnu"):
        other.coord.hub.enrol(hub.url, study.code("surveyor", "Mauvais"))
    assert other.coord.hub.enrolment() is None


def test_tokens_are_stored_only_as_hashes_and_never_in_the_study_file_or_a_bundle(
        hub: HubProcess, tmp_path: Path, user_home: Path) -> None:
    study = new_study(hub, tmp_path)
    alice = study.device("dev-alice", "Alice")
    add_interview(alice)
    alice.hub.sync()
    enrolment = alice.hub.enrolment()
    assert enrolment is not None and len(enrolment.token) >= 43  # 256 bits, base64
    token = enrolment.token.encode()
    config = (user_home / "config" / hub_enrolments.FILE)
    assert token in config.read_bytes()
    assert config.stat().st_mode & 0o077 == 0  # readable by its owner only
    alice.close()
    for path in [*tmp_path.rglob("*.madeinlocal*"), *tmp_path.rglob("*.zip"),
                 *(user_home / "data").rglob("*.zip")]:
        assert token not in path.read_bytes(), path
    with study.engine.connect() as connection:
        for table in ("members", "invites", "audit", "studies"):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                assert enrolment.token not in repr(tuple(row)), table


def test_every_push_pull_invite_enrolment_and_revocation_is_in_the_audit_log(
        hub: HubProcess, tmp_path: Path) -> None:
    study = new_study(hub, tmp_path)
    alice = study.device("dev-alice", "Alice")
    add_interview(alice)
    alice.hub.sync()
    boss = study.token("coordinator", "Chef")
    member = alice.hub.enrolment()
    assert member is not None
    call(hub.url, "DELETE", f"/v1/studies/{study.id}/members/{member.member_id}", token=boss)
    entries = call(hub.url, "GET", f"/v1/studies/{study.id}/audit", token=boss)[1]
    seen = [(e["actor"], e["action"]) for e in entries]
    for expected in [("test", "add-study"), ("test", "invite"), ("Alice", "enrol"),
                     ("Alice", "push"), ("Alice", "pull"), ("Chef", "revoke")]:
        assert expected in seen, expected
    push = next(e for e in entries if e["action"] == "push")
    assert push["detail"]["sha256"] and push["at"].endswith("Z")
    revoke = next(e for e in entries if e["action"] == "revoke")
    assert revoke["detail"]["name"] == "Alice"
    alice.close()
