"""Deleting a shop or a respondent erases who it was; its figures and the analysis stay."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from madeinlocal_desktop.domain import Business, Recipient, Respondent, new_id
from madeinlocal_desktop.storage.erasure import ERASED
from tests.sync.sync_helpers import add_interview, coordinator

NAME, SIRET, ADDRESS = "Boulangerie Zéphyrine", "73282932000074", "12 rue des Oubliés"


def raw_bytes(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
    return path.read_bytes()


def named_shop(project):
    interview = add_interview(project, NAME)
    shop = project.businesses.get(interview.business_id)
    project.businesses.save(Business(shop.id, NAME, naf=shop.naf, commune=shop.commune,
                                     siret=SIRET, address=ADDRESS))
    project.businesses.save(Business(shop.id, NAME + " et Fils", naf=shop.naf,
                                     commune=shop.commune, siret=SIRET, address=ADDRESS))
    interview = project.interviews.save(replace(interview, notes="Mme Zéphyrine, gérante")).value
    return shop, interview


def test_erasing_a_shop_keeps_its_figures_and_the_lm3(tmp_path: Path) -> None:
    project = coordinator(tmp_path)
    shop, interview = named_shop(project)
    add_interview(project, "Fromagerie Voisine", (1_200_000, 300_000))
    before = project.analysis.run(bootstrap=50, seed=1)

    project.businesses.delete(shop.id)

    after = project.analysis.run(bootstrap=50, seed=1)
    assert (after.lm3, after.n, after.n_businesses) == (before.lm3, before.n, before.n_businesses)
    kept = project.interviews.get(interview.id)
    assert kept.lines == interview.lines and kept.notes == ""
    assert kept.turnover_excl_vat == interview.turnover_excl_vat
    # The shop stays (its sector and figures count), under the neutral marker.
    assert sorted(b.name for b in project.businesses.list()) == [ERASED, "Fromagerie Voisine"]
    [row] = project._db.query("SELECT * FROM businesses WHERE id = ?", [shop.id])
    assert (row["name"], row["siret"], row["address"], row["erased"]) == (ERASED, None, None, 1)
    history = project.history("businesses", shop.id)
    assert history and not any(NAME in str(h["old"]) + str(h["new"]) for h in history)
    path = project.path
    project.close()
    data = raw_bytes(path)
    for secret in (NAME, SIRET, ADDRESS, "Zéphyrine"):
        assert secret.encode() not in data


def test_a_shop_without_interviews_is_erased_and_removed(tmp_path: Path) -> None:
    project = coordinator(tmp_path)
    shop = project.businesses.save(Business(new_id(), NAME, naf="10.71C", commune="86194",
                                            siret=SIRET)).value
    project.businesses.delete(shop.id)
    assert project.businesses.list() == []
    [row] = project._db.query("SELECT name, siret, deleted FROM businesses")
    assert row == {"name": ERASED, "siret": None, "deleted": 1}


def test_erasing_a_respondent_keeps_its_share(tmp_path: Path) -> None:
    project = coordinator(tmp_path)
    respondent = project.respondents.save(
        Respondent(new_id(), Recipient.SUPPLIER, 0.6, label="Grossiste Onésime")).value
    means = project.respondents.means()
    project.respondents.delete(respondent.id)
    [row] = project._db.query("SELECT * FROM respondents WHERE id = ?", [respondent.id])
    assert (row["label"], row["local_share"], row["erased"]) == (ERASED, 0.6, 1)
    assert means  # the share counted before the erasure
    path = project.path
    project.close()
    assert b"Onesime" not in raw_bytes(path) and "Onésime".encode() not in raw_bytes(path)
