"""What a coordinator met with real bundles (issue 10): a preview that counted no conflict for a
batch that makes one, concurrent edits that together break a rule, "Saisie par : root",
bundle names that do not say whose they are, and one bad file stopping a folder sync."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from madeinlocal_desktop import language
from madeinlocal_desktop.domain import InterviewStatus
from madeinlocal_desktop.errors import InvalidInput
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.sync.bundles import file_name, id_from_file_name, order_key, safe_person
from madeinlocal_desktop.sync.conflicts import shown
from tests.fuzz_support import _patch_headers
from tests.sync.sync_helpers import add_interview, coordinator, join


@pytest.fixture
def trio(tmp_path: Path):
    coord = coordinator(tmp_path)
    alice = join(coord, tmp_path, "dev-alice", "Alice")
    bob = join(coord, tmp_path, "dev-bob", "Bob")
    post = tmp_path / "post"
    post.mkdir()
    yield coord, alice, bob, post
    for project in (coord, alice, bob):
        project.close()


def test_the_preview_of_a_batch_counts_the_conflict_the_batch_makes(trio) -> None:
    """Two surveyors renamed the same shop: each bundle alone changes the coordinator's file
    without conflict, but importing both makes one. Previewing each against the file as it
    is said 0; the preview now counts what importing them one after the other does."""
    coord, alice, bob, post = trio
    interview = add_interview(alice)
    first = alice.sync.make_bundle(post)
    bob.sync.import_bundles([first.path])
    coord.sync.import_bundles([first.path])
    shop = alice.businesses.get(interview.business_id)
    alice.businesses.save(dataclasses.replace(shop, name="Boulangerie Martin"))
    bob.businesses.save(dataclasses.replace(shop, name="Boulangerie du Marché Martin"))
    batch = [alice.sync.make_bundle(post).path, bob.sync.make_bundle(post).path]
    before = coord.path.read_bytes()
    preview = coord.sync.preview(batch)
    assert [r.status for r in preview] == ["preview", "preview"]
    assert [r.counts.conflicting for r in preview] == [0, 1]
    assert coord.path.read_bytes() == before and coord.businesses.get(shop.id).name == shop.name
    imported = coord.sync.import_bundles(batch)
    assert [r.counts for r in imported] == [r.counts for r in preview]
    assert len(coord.sync.conflicts()) == 1


def test_concurrent_edits_that_together_break_a_rule_are_rejected_and_said(trio) -> None:
    """Alice completes an interview; Bob, at the same time, unticks the consent of his copy
    (a draft there). Each edit is valid; merged, the interview would be complete without
    consent: the record is rejected with the reason, and the rest of the bundle imported."""
    _, alice, bob, post = trio
    interview = add_interview(alice)
    draft = dataclasses.replace(interview, status=InterviewStatus.DRAFT)
    alice.interviews.save(draft)
    bob.sync.import_bundles([alice.sync.make_bundle(post).path])
    alice.interviews.save(dataclasses.replace(draft, status=InterviewStatus.COMPLETE))
    bob.interviews.save(dataclasses.replace(draft, consent=False))
    other = add_interview(alice, "Épicerie")  # the same bundle brings more
    [imported] = bob.sync.import_bundles([alice.sync.make_bundle(post).path])
    assert imported.status == "imported"
    [rejection] = [r for r in imported.rejections if r.table == "interviews"]
    assert rejection.reason.code == "record.merge_breaks_rule"
    assert "consentement" in rejection.reason.text("fr")
    kept = bob.interviews.get(interview.id)
    assert (kept.status, kept.consent) == (InterviewStatus.DRAFT, False)
    assert bob.interviews.get(other.id).status == InterviewStatus.COMPLETE


# -- whose bundle is it ----------------------------------------------------------------------------

@pytest.mark.parametrize(("who", "safe"), [
    ("Élodie Martin-Dupré", "Elodie-Martin-Dupre"), ("camille_b", "camille-b"),
    ("../../etc/passwd", "etc-passwd"), ("CON", "CON"), ("李", ""), (None, ""),
    ("  Zoë   O'Brien ", "Zoe-O-Brien"),
])
def test_a_surveyor_name_is_safe_in_a_file_name_on_every_system(who: str | None,
                                                                 safe: str) -> None:
    assert safe_person(who) == safe
    name = file_name("dev-a", 3, "99e99e98-faf1-4990-bdec-ac24b3636093", who)
    assert name.startswith(f"{safe}_dev-a_000003_" if safe else "dev-a_000003_")
    assert id_from_file_name(name) == "99e99e98-faf1-4990-bdec-ac24b3636093"
    assert "/" not in name and "\\" not in name and ":" not in name


def test_old_bundle_names_still_read_and_sort_with_the_new_ones() -> None:
    bundle_id = "99e99e98-faf1-4990-bdec-ac24b3636093"
    old, new = f"dev-b_000002_{bundle_id}.zip", f"Lucie_dev-b_000010_{bundle_id}.zip"
    assert id_from_file_name(old) == id_from_file_name(new) == bundle_id
    assert sorted([new, old, f"dev-b_000001_{bundle_id}.zip"], key=order_key) == [
        f"dev-b_000001_{bundle_id}.zip", old, new]


def test_the_surveyor_named_on_this_computer_signs_changes_bundles_and_conflicts(
        tmp_path: Path) -> None:
    with coordinator(tmp_path) as coord:
        kit = coord.exchange.export_kit(tmp_path / "study.mlkit")
    path = tmp_path / "laptop.madeinlocal"
    with Project.create_from_kit(kit, path, device="dev-laptop") as laptop:
        assert laptop.writer is None and laptop.ctx.who != "Lucie"  # the login, meanwhile
        assert laptop.set_writer("  Lucie Martin ").value == "Lucie Martin"
        with pytest.raises(InvalidInput):
            laptop.set_writer("   ")
    with Project.open(path, device="dev-laptop") as laptop:  # asked once: kept in the file
        assert laptop.writer == laptop.ctx.who == "Lucie Martin"
        interview = add_interview(laptop)
        (tmp_path / "post").mkdir()
        info = laptop.sync.make_bundle(tmp_path / "post")
    assert info.who == "Lucie Martin" and info.path.name.startswith("Lucie-Martin_dev-laptop_")
    with Project.open(tmp_path / "dev-coord.madeinlocal", device="dev-coord") as coord:
        coord.sync.import_bundles([info.path])
        [row] = coord._db.query("SELECT updated_by FROM interviews WHERE id = ?",
                                [interview.id])
        assert row["updated_by"] == "Lucie Martin"
        assert coord.sync.bundles()[-1]["who"] == "Lucie Martin"
    with Project.open(path, device="elsewhere") as copy:  # another computer asks again
        assert copy.writer is None


def test_conflict_values_are_written_the_way_the_language_writes_them() -> None:
    assert [shown("staff_fte", v, "fr") for v in (3.0, 2.5)] == ["3", "2,5"]
    assert [shown("staff_fte", v, "en") for v in (3.0, 2.5)] == ["3", "2.5"]
    assert shown("turnover_cents", 300_000_050, "fr") == "3\u202f000\u202f000,50\u00a0€"
    assert shown("amount_cents", 500_000, "en") == "€5,000"
    assert shown("local_share", 0.454, "fr") == "45,4\u202f%"
    assert shown("consent", 1, "fr") == "oui" and shown("notes", None, "fr") == "(vide)"
    assert shown("fiscal_year", 2025, "fr") == "2025"


def test_the_conflicts_list_speaks_the_current_language(trio) -> None:
    _, alice, bob, post = trio
    interview = add_interview(alice)
    bob.sync.import_bundles([alice.sync.make_bundle(post).path])
    shop = alice.businesses.get(interview.business_id)
    alice.businesses.save(dataclasses.replace(shop, staff_fte=3.0))
    bob.businesses.save(dataclasses.replace(shop, staff_fte=2.5))
    alice.sync.import_bundles([bob.sync.make_bundle(post).path])
    try:
        language.set_language("fr")
        [conflict] = alice.sync.conflicts()
    finally:
        language.set_language(None)
    assert sorted(o.shown for o in conflict.options) == ["2,5", "3"]
    assert {o.who for o in conflict.options if not o.mine} == {"Bob"}


# -- folder sync ---------------------------------------------------------------------------------

def test_bad_files_in_a_synced_folder_are_reported_and_the_sync_goes_on(trio,
                                                                        tmp_path: Path) -> None:
    coord, alice, _, post = trio
    interview = add_interview(alice)
    good = alice.sync.make_bundle(post)
    shared = tmp_path / "shared"
    shared.mkdir()
    data = good.path.read_bytes()
    bad_names = []
    for number, damage in enumerate((
            lambda d: _patch_headers(d, 6, 8, 0x1, flag=True),  # zip-encrypted members
            lambda d: _patch_headers(d, 8, 10, 99, flag=False),  # unknown compression
            lambda d: d[: len(d) // 3])):  # a cloud copy still arriving
        bad = shared / f"Zoe_dev-zoe_{number + 1:06d}_{good.bundle_id}.zip"
        bad.write_bytes(damage(data))
        bad_names.append(bad.name)
    shutil.copy(good.path, shared)
    result = coord.sync.sync_folder(shared)
    assert sorted(r.file.name for r in result.refused) == sorted(bad_names)
    assert all(r.error is not None and r.error.code == "bundle.damaged" for r in result.refused)
    assert [r.file.name for r in result.imported] == [good.path.name]
    assert coord.interviews.get(interview.id).turnover_excl_vat == interview.turnover_excl_vat
