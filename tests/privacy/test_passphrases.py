"""A passphrase that protects data leaving the machine is long and not a common one."""

from __future__ import annotations

from pathlib import Path

import pytest

from madeinlocal_desktop import crypto
from madeinlocal_desktop.errors import InvalidInput
from tests.sync.sync_helpers import add_interview, coordinator, join


@pytest.mark.parametrize(("passphrase", "code"), [
    ("", "crypto.passphrase_empty"),
    ("pomme", "crypto.passphrase_short"),
    ("onze lettre", "crypto.passphrase_short"),       # 11 characters
    ("Mot de passe 123", "crypto.passphrase_common"),  # case, spaces and punctuation ignored
    ("123456789012", "crypto.passphrase_common"),
    ("azertyuiopqsd", "crypto.passphrase_common"),     # a run of keys
    ("aaaaaaaaaaaaaaaa", "crypto.passphrase_common"),
])
def test_weak_passphrases_are_refused_with_the_reason(passphrase: str, code: str) -> None:
    with pytest.raises(InvalidInput) as error:
        crypto.check_new_passphrase(passphrase)
    assert error.value.code == code
    french, english = error.value.text("fr"), error.value.text("en")
    assert french != english and "{" not in french + english
    if code == "crypto.passphrase_short":
        assert f"{len(passphrase)} caractères" in french and "12" in french


@pytest.mark.parametrize("passphrase", ["pomme de terre", "cheval agrafe", "Tour Saint-Porchaire"])
def test_several_words_are_a_good_passphrase(passphrase: str) -> None:
    assert crypto.check_new_passphrase(passphrase) == passphrase


def test_a_bundle_is_not_written_with_a_weak_passphrase(tmp_path: Path) -> None:
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    post = tmp_path / "post"
    post.mkdir()
    try:
        add_interview(alice)
        with pytest.raises(InvalidInput) as error:
            alice.sync.make_bundle(post, passphrase="secret")
        assert error.value.code == "crypto.passphrase_short"
        assert list(post.iterdir()) == []
        assert alice.sync.make_bundle(post, passphrase="pomme de terre") is not None
    finally:
        alice.close()
        coord.close()


def test_a_bundle_made_with_a_short_passphrase_before_still_opens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule applies to new passphrases: bundles already sent keep opening."""
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    post = tmp_path / "post"
    post.mkdir()
    try:
        interview = add_interview(alice)
        with monkeypatch.context() as earlier:  # as an earlier version wrote it
            earlier.setattr(crypto, "check_new_passphrase", lambda p: p)
            info = alice.sync.make_bundle(post, passphrase="secret")
        [report] = coord.sync.import_bundles([info.path], passphrase="secret")
        assert report.status == "imported"
        assert coord.interviews.get(interview.id) is not None
    finally:
        alice.close()
        coord.close()
