"""In the app: an erased shop reads "effacé", what is held about a shop exports from the list,
and the retention date's warning shows in a banner."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from madeinlocal_desktop.gui.business_register import BusinessRegisterView
from madeinlocal_desktop.gui.business_table_model import NAME
from madeinlocal_desktop.project import Project
from tests.sync.sync_helpers import add_interview

from .conftest import open_in, wait_idle


def _register(window, qtbot, study: Path) -> BusinessRegisterView:  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    view = window.views["businesses"]
    assert isinstance(view, BusinessRegisterView)
    wait_idle(window, qtbot)
    return view


def test_an_erased_shop_reads_efface_and_its_report_exports(window, qtbot, small_study,
                                                            tmp_path) -> None:
    with Project.open(small_study) as project:
        erased = add_interview(project, "Cordonnerie Hippolyte").business_id
        project.businesses.delete(erased)
    view = _register(window, qtbot, small_study)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    names = sorted(view.proxy.index(row, NAME).data() for row in range(view.proxy.rowCount()))
    assert names == ["Boulangerie du Marché", "effacé"]

    out = tmp_path / "held.json"
    view.export_held_about("bakery-1", out)
    qtbot.waitUntil(lambda: "Rapport écrit" in view.banner.text, timeout=20_000)
    assert json.loads(out.read_text(encoding="utf-8"))["business"]["name"] == \
        "Boulangerie du Marché"
    view.export_held_about(erased, tmp_path / "erased.json")
    qtbot.waitUntil(lambda: (tmp_path / "erased.json").exists(), timeout=20_000)
    report = json.loads((tmp_path / "erased.json").read_text(encoding="utf-8"))
    assert report["shown_name"] == "effacé" and "Hippolyte" not in json.dumps(report)


def test_the_retention_date_is_announced_in_a_banner(window, qtbot, small_study) -> None:
    with Project.open(small_study) as project:
        project.privacy.set_retention(date.today() + timedelta(days=12))
    view = _register(window, qtbot, small_study)
    qtbot.waitUntil(lambda: "date de conservation" in view.banner.text, timeout=20_000)
    assert "12\u00a0jour(s)" in view.banner.text


def test_once_the_retention_date_has_passed_the_banner_erases_the_identities(
        window, qtbot, small_study, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    with Project.open(small_study) as project:
        shop = add_interview(project, "Cordonnerie Hippolyte").business_id
        project.privacy.set_retention(date.today() - timedelta(days=1))
    view = _register(window, qtbot, small_study)
    qtbot.waitUntil(lambda: "est passée" in view.banner.text, timeout=20_000)
    assert view.banner._action.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.session.changed, timeout=20_000):
        view.banner._action.click()
    qtbot.waitUntil(lambda: "Identités effacées" in view.banner.text, timeout=20_000)
    wait_idle(window, qtbot)
    names = [view.table.model().index(row, NAME).data()
             for row in range(view.table.model().rowCount())]
    assert "Cordonnerie Hippolyte" not in names and "effacé" in names
    window.close_study()
    with Project.open(small_study) as project:
        assert project.businesses.get(shop).siret is None


def test_an_erased_shops_interview_says_it_keeps_no_notes(window, qtbot, small_study) -> None:
    """A note typed there would be dropped when saved (it may name the shop's people): the
    field is greyed and says why, where a live shop's interview takes notes as before."""
    with Project.open(small_study) as project:
        kept = add_interview(project, "Boulangerie Hippolyte").id
        gone = add_interview(project, "Cordonnerie Hippolyte")
        project.businesses.delete(gone.business_id)
    open_in(window, qtbot, small_study)
    window.show_view("interview")
    view = window.views["interview"]
    wait_idle(window, qtbot)
    form = view.form
    view.open_interview(gone.id)
    qtbot.waitUntil(lambda: form.interview is not None and form.interview.id == gone.id,
                    timeout=20_000)
    assert not form.fields.notes.isEnabled()
    assert "effacée" in form.fields.notes.placeholderText()
    assert form.fields.business.currentText().startswith("effacé")
    view.open_interview(kept)
    qtbot.waitUntil(lambda: form.interview is not None and form.interview.id == kept,
                    timeout=20_000)
    assert form.fields.notes.isEnabled()
    assert form.fields.notes.placeholderText().startswith("Notes : contexte")
