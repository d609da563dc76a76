"""What the interview form says around its fields: the summary names what each share is of,
and the business list follows an interview marked complete without another save."""

from __future__ import annotations

from madeinlocal_desktop.domain import InterviewStatus, SpendLine, new_id
from madeinlocal_desktop.gui.business_table_model import INTERVIEW

from .conftest import open_in, wait_idle


def _interview(window, qtbot, study):  # type: ignore[no-untyped-def]
    open_in(window, qtbot, study)
    window.new_interview("bakery-1")
    form = window.views["interview"].form
    wait_idle(window, qtbot)
    return form


def test_the_summary_says_what_each_share_is_of(window, qtbot, small_study) -> None:
    form = _interview(window, qtbot, small_study)
    form.fields.consent.setChecked(True)
    form.apply_field("turnover", 100_000_00)
    form.lines.insert_line(0, SpendLine(new_id(), "rent", 12_500_00, 0.8))
    form.lines.insert_line(1, SpendLine(new_id(), "goods_resale", 20_000_00, 0.0))
    text = form.fields.totals.text()
    # 32 500 € of spending = 32,5 % of the turnover; 10 000 € local = 30,8 % of the spending.
    assert text == ("Dépenses décrites : 32\u202f500\u00a0€ (dépenses = 32,5\u00a0% du "
                    "chiffre d'affaires) · dont locales : 10\u202f000\u00a0€ (30,8\u00a0% des "
                    "dépenses décrites)")


def test_the_business_list_shows_complete_once_marked(window, qtbot, small_study) -> None:
    form = _interview(window, qtbot, small_study)
    register = window.views["businesses"]
    row = register.model.row_of("bakery-1")
    qtbot.waitUntil(lambda: register.model.rows[register.model.row_of("bakery-1")]
                    .interview_status == InterviewStatus.DRAFT, timeout=5000)
    form.fields.consent.setChecked(True)
    form.apply_field("turnover", 100_000_00)
    form.lines.insert_line(0, SpendLine(new_id(), "rent", 12_500_00, 0.8))
    form.mark_complete()
    assert form.interview.status == InterviewStatus.COMPLETE
    qtbot.waitUntil(lambda: not form.save_pending, timeout=5000)
    wait_idle(window, qtbot)
    wait_idle(window, qtbot)  # the list's reload, asked once the save is in the file
    row = register.model.row_of("bakery-1")
    assert register.model.rows[row].interview_status == InterviewStatus.COMPLETE
    assert register.model.index(row, INTERVIEW).data() == "Complet"
