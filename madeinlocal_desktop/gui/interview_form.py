"""One interview, keyboard first, saved as it is typed.

Every change is an undoable command (QUndoStack) and schedules an autosave of the draft a
moment later, so a crash or a flat battery loses at most the last keystroke. Only valid values
are ever stored: a field that fails its check shows why and keeps its last valid value. A save
that fails (file locked, read-only medium, full disk) keeps what was typed, says why and is
tried again (gui/autosave.py).
Staff payroll and owners' pay are the `wages` and `owner_pay` spending lines of the data model,
given their own fields because every interview asks for them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCompleter, QMessageBox, QVBoxLayout, QWidget

from .. import language
from ..domain import Interview, InterviewStatus, SpendLine, new_id
from ..domain.changes import Changes
from ..domain.consent import ConsentWording
from ..domain.rules import completeness_problems
from ..errors import UserFacingError
from . import formatting, labels
from .autosave import ELSEWHERE_HELPS, Autosaver, Snapshot
from .business_choices import BusinessChoices
from .interview_commands import SetField, close_merging
from .interview_fields import InterviewFields
from .panel_tasks import run_quietly
from .session import StudySession
from .widgets.number_edits import NumberEdit

_now = time.monotonic

SECTIONS = {"staff": "wages", "owner": "owner_pay"}  # form section → spending category


class InterviewForm(QWidget):
    autosaved = Signal(object)  # the saved Interview
    history_toggled = Signal(bool)
    save_elsewhere_requested = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.fields = InterviewFields(session.study.categories, self.undo_stack)
        self.lines = self.fields.lines
        self.interview: Interview | None = None
        self._sections: dict[str, SpendLine | None] = {"staff": None, "owner": None}
        self._section_positions: dict[str, int] = {}
        self._statuses: dict[str, InterviewStatus] = {}  # as last stored, by interview id
        self._loading = False
        self._typed: str | None = None  # the field being typed in, during its undo push
        self._message = ""  # why "complete" was refused, until the next change
        self._wordings: list[ConsentWording] = []  # the study's consent versions, oldest first
        self._erased: frozenset[str] = frozenset()  # shops whose identity is erased
        self.businesses = BusinessChoices()  # what the business box lists
        self.consent_box: QMessageBox | None = None  # the whole wording, when asked for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        self.autosaver = Autosaver(session, self._save_snapshot, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.state_changed.connect(self._show_save_state)
        self.fields.banner.action_clicked.connect(self.save_elsewhere_requested)
        self._connect()
        self.setEnabled(False)
        session.changed.connect(self._study_changed)
        self.load_consent_wording()

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        f = self.fields
        f.business.activated.connect(self._business_picked)
        line_edit = f.business.lineEdit()
        if line_edit is not None:  # Enter or Tab after a few letters picks the best match
            line_edit.editingFinished.connect(self._business_typed)
        f.date.dateChanged.connect(
            lambda d: self._edit("date", d.toString(Qt.DateFormat.ISODate), self.tr("date")))
        f.surveyor.textEdited.connect(
            lambda text: self._edit("surveyor", text.strip() or None, self.tr("surveyor")))
        f.consent.toggled.connect(lambda on: self._edit("consent", on, self.tr("consent")))
        f.consent_read_button.clicked.connect(self.read_consent_wording)
        f.notes.textChanged.connect(
            lambda: self._edit("notes", f.notes.toPlainText(), self.tr("notes")))
        numbers: list[tuple[NumberEdit, str, str]] = [
            (f.turnover, "turnover", self.tr("turnover")),
            (f.payroll, "staff.amount", self.tr("payroll")),
            (f.staff_local, "staff.local_share", self.tr("staff living locally")),
            (f.owner_pay, "owner.amount", self.tr("owners' pay")),
            (f.owner_local, "owner.local_share", self.tr("local owners")),
        ]
        for edit, key, label in numbers:
            edit.value_edited.connect(lambda value, k=key, n=label: self._edit(k, value, n))
            edit.error_changed.connect(self._refresh_messages)
            edit.editingFinished.connect(self.end_typing_step)
        f.surveyor.editingFinished.connect(self.end_typing_step)
        self.lines.changed.connect(self._changed)
        self.lines.errors_changed.connect(self._refresh_messages)
        f.add_line_button.clicked.connect(f.grid.next_line)
        f.remove_line_button.clicked.connect(
            lambda: self.lines.remove_line(f.grid.currentIndex().row()))
        f.complete_button.clicked.connect(self.mark_complete)
        f.validate_button.clicked.connect(self.validate)
        f.reopen_button.clicked.connect(self.reopen)
        f.history_button.toggled.connect(self.history_toggled)

    def set_businesses(self, choices: BusinessChoices,
                       erased: frozenset[str] = frozenset()) -> None:
        """Every business, for the business box (made on the worker: `BusinessChoices.of`);
        `erased`: the ids of those whose identity is erased (their interviews keep no notes)."""
        self._erased = erased
        self.businesses = choices
        box = self.fields.business
        current = self.interview.business_id if self.interview else None
        box.blockSignals(True)
        box.setModel(QStringListModel(self.businesses.labels, box))  # the old one goes with it
        box.setCurrentIndex(self.businesses.row_of(current))
        box.blockSignals(False)

    def _business_picked(self) -> None:
        picked = self.businesses.id_at(self.fields.business.currentIndex())
        self._edit("business_id", picked, self.tr("business"))

    def _business_typed(self) -> None:
        box = self.fields.business
        if self._loading or self.interview is None:
            return
        found = self.businesses.best_match(box.currentText())
        if found >= 0:
            box.setCurrentIndex(found)
            self._edit("business_id", self.businesses.id_at(found), self.tr("business"))

    def set_surveyors(self, names: list[str]) -> None:
        self.fields.surveyor.setCompleter(QCompleter(names, self))

    # -- loading -----------------------------------------------------------------------------

    def load(self, interview: Interview, *, stored: bool = True) -> None:
        self.flush()
        self._loading = True
        self.interview = dataclasses.replace(interview, lines=[])
        if stored:
            self._statuses[interview.id] = interview.status
        self._sections = {"staff": None, "owner": None}
        self._section_positions = {}
        grid: list[SpendLine] = []
        for position, line in enumerate(interview.lines):
            section = next((k for k, c in SECTIONS.items() if c == line.category), None)
            if section and self._sections[section] is None:
                self._sections[section] = line
                self._section_positions[section] = position
            else:
                grid.append(line)
        f = self.fields
        f.business.setCurrentIndex(self.businesses.row_of(interview.business_id))
        f.date.setDate(QDate.fromString(interview.date, Qt.DateFormat.ISODate))
        f.surveyor.setText(interview.surveyor or "")
        f.consent.setChecked(interview.consent)
        self._show_consent_wording()
        f.turnover.set_value(interview.turnover_excl_vat)
        for key in ("staff.amount", "staff.local_share", "owner.amount", "owner.local_share"):
            self._show(key, self._get(key))
        f.notes.setPlainText(interview.notes)
        self.lines.set_lines(grid)
        self.undo_stack.clear()
        self._message = ""
        self._loading = False
        self.setEnabled(True)
        self._refresh_state()
        self._show_save_state()
        if not self.autosaver.failing:
            f.saved_at.setText(self.tr("Saved") if stored else "")

    # -- the consent wording --------------------------------------------------------------------

    def _study_changed(self, changes: Changes) -> None:
        if changes.settings:  # the coordinator's new wording, or one a bundle brought
            self.load_consent_wording()

    def load_consent_wording(self) -> None:
        run_quietly(self.session, self, lambda project: project.settings.consent_versions(),
                    on_done=self._wordings_loaded, on_error=lambda error: None)

    def _wordings_loaded(self, wordings: list[ConsentWording]) -> None:
        self._wordings = wordings
        self._show_consent_wording()

    def _consent_wording(self) -> tuple[bool, ConsentWording | None]:
        """The version the interview agreed to (True), else the one to read now (False)."""
        agreed = self.interview.consent_version if self.interview else None
        wording = next((w for w in self._wordings if w.version == agreed), None)
        if wording is not None and self.interview is not None and self.interview.consent:
            return True, wording
        return False, self._wordings[-1] if self._wordings else None

    def _heading(self, agreed: bool, wording: ConsentWording) -> str:
        return (self.tr("Agreed to: version {version}") if agreed else
                self.tr("To read before ticking, version {version}")).format(
                    version=wording.version)

    def _show_consent_wording(self) -> None:
        f = self.fields
        agreed, wording = self._consent_wording()
        f.consent_read_button.setText(self.tr("Read…"))
        f.consent_read_button.setEnabled(wording is not None)
        if wording is None:
            f.consent_heading.set_full_text("")
            f.consent_read_button.setToolTip("")
            return
        text = wording.text(language.current())
        # Its first words where the form has room, the version first: a narrow form still says
        # which one it is.
        short = (self.tr("Agreed, v{version}") if agreed else self.tr("To read, v{version}"))
        f.consent_heading.set_full_text(short.format(version=wording.version) + " — " + text)
        f.consent_read_button.setToolTip(
            f"<p><b>{html.escape(self._heading(agreed, wording))}</b></p>"
            f"<p>{html.escape(text)}</p>")

    def read_consent_wording(self) -> None:
        """The whole wording in a box the surveyor can read aloud from."""
        agreed, wording = self._consent_wording()
        if wording is None:
            return
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Consent wording"),
                          self._heading(agreed, wording), parent=self)
        box.setInformativeText(wording.text(language.current()))
        box.open()
        self.consent_box = box

    def new_interview(self, business_id: str | None, surveyor: str | None) -> None:
        interview = Interview(id=new_id(), business_id=business_id or "",
                              date=dt.date.today().isoformat(), surveyor=surveyor or None)
        self.load(interview, stored=False)
        if business_id:
            self.save_now()  # it shows in the list at once, and survives a crash
        (self.fields.date if business_id else self.fields.business).setFocus()

    def clear(self) -> None:
        self.flush()
        self.interview = None
        self.setEnabled(False)

    # -- reading and writing the interview -----------------------------------------------------

    def _get(self, key: str) -> Any:
        assert self.interview is not None
        if "." in key:
            section, attribute = key.split(".")
            line = self._sections[section]
            return getattr(line, attribute) if line else None
        if key == "turnover":
            return self.interview.turnover_excl_vat
        return getattr(self.interview, key)

    def _edit(self, key: str, value: Any, label: str) -> None:
        if self._loading or self.interview is None:
            return
        old = self._get(key)
        if old != value:
            self._typed = key  # the widget already shows what was typed: leave it alone
            try:
                self.undo_stack.push(SetField(self, key, old, value, label))
            finally:
                self._typed = None

    def end_typing_step(self) -> None:
        close_merging(lambda: self.undo_stack.command(self.undo_stack.index() - 1))

    def apply_field(self, key: str, value: Any) -> None:
        """Called by the undo commands: store the value, show it, autosave."""
        assert self.interview is not None
        if "." in key:
            section, attribute = key.split(".")
            line = self._sections[section] or SpendLine(
                id=new_id(), category=SECTIONS[section], amount=None, local_share=None)
            self._sections[section] = dataclasses.replace(line, **{attribute: value})
        elif key == "turnover":
            self.interview.turnover_excl_vat = value
        else:
            setattr(self.interview, key, value)
        if key == "consent":  # the wording agreed to is the one on screen when ticked
            current = self._wordings[-1].version if self._wordings else None
            self.interview.consent_version = current if value else None
            self._show_consent_wording()
        if key != self._typed:
            self._show(key, value)
        self._changed()

    def _show(self, key: str, value: Any) -> None:
        """Put a value in its widget unless it is already there (keeps the cursor in place)."""
        f = self.fields
        self._loading, was_loading = True, self._loading
        try:
            if key == "business_id":
                f.business.setCurrentIndex(self.businesses.row_of(value))
            elif key == "date":
                f.date.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
            elif key == "surveyor" and f.surveyor.text().strip() != (value or ""):
                f.surveyor.setText(value or "")
            elif key == "consent":
                f.consent.setChecked(bool(value))
            elif key == "notes" and f.notes.toPlainText() != value:
                f.notes.setPlainText(value)
            else:
                edit = {"turnover": f.turnover, "staff.amount": f.payroll,
                        "staff.local_share": f.staff_local, "owner.amount": f.owner_pay,
                        "owner.local_share": f.owner_local}.get(key)
                if edit is not None and (edit.value() != value or edit.error):
                    edit.set_value(value)
        finally:
            self._loading = was_loading

    def snapshot(self) -> Interview:
        """The interview as it may be stored now: valid values only, unfinished lines left out."""
        assert self.interview is not None
        lines = [line for line in self.lines.lines if line.category]
        # Staff and owners go back where they were read from; new ones first, staff leading.
        default = {name: rank for rank, name in enumerate(SECTIONS)}
        places = {name: self._section_positions.get(name, default[name]) for name in SECTIONS}
        for section in sorted(SECTIONS, key=lambda name: places[name]):
            line = self._sections[section]
            if line is not None and (line.amount is not None or line.local_share is not None):
                lines.insert(min(places[section], len(lines)), line)
        return dataclasses.replace(self.interview, lines=[dataclasses.replace(x) for x in lines])

    # -- autosave ----------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._message = ""
        self._refresh_state()
        self.autosaver.changed()

    def flush(self) -> None:
        """Save now what is waiting for the autosave (before leaving this interview)."""
        self.fields.grid.commit_editing()
        self.autosaver.flush()

    @property
    def save_pending(self) -> bool:
        return self.autosaver.pending

    def save_now(self) -> None:
        self.autosaver.save_now()

    def _save_snapshot(self) -> Snapshot | None:
        """What the autosave stores now: the interview as it may be stored (needs its shop)."""
        if self.interview is None or not self.interview.business_id:
            return None
        interview = self.snapshot()
        return interview.id, lambda project: project.interviews.save(interview)

    def _saved(self, interview: Interview) -> None:
        clock = QTime.currentTime().toString("HH:mm:ss")
        if not self.autosaver.failing:
            self.fields.saved_at.setText(self.tr("Saved at {time}").format(time=clock))
        self._refresh_messages()
        self.autosaved.emit(interview)
        self._statuses[interview.id] = interview.status

    def _save_failed(self, error: BaseException) -> None:
        self._refresh_messages()

    def _show_save_state(self) -> None:
        if self.autosaver.failing:
            self.fields.saved_at.setText(self.tr("Not saved"))
            self.fields.saved_at.setToolTip(self.tr("What you typed is kept in the window"))
        else:
            self.fields.saved_at.setToolTip("")

    def save_failure_text(self) -> str:
        """Why the last changes are not in the file, in words a surveyor can act on."""
        error = self.autosaver.error
        if error is None or not self.autosaver.failing:
            return ""
        if isinstance(error, UserFacingError):
            reason = str(error)
        else:
            reason = self.tr("the study file could not be written ({error})").format(
                error=type(error).__name__)
        retry = self.autosaver.retry_at
        if retry is None:
            return self.tr("Not saved: {reason}").format(reason=reason)
        seconds = max(1, round(retry - _now()))
        return self.tr("Not saved: {reason} Next try in {seconds} s.").format(
            reason=reason, seconds=seconds)

    # -- status ------------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What stops this interview from being complete."""
        if self.interview is None:
            return []
        # The core's own rule (the facade refuses the same), then what only the form knows.
        found = [*self.field_errors(),
                 *(str(problem) for problem in completeness_problems(self.snapshot()))]
        unfinished = [str(n) for n, line in enumerate(self.lines.lines, start=1)
                      if not line.category and (line.amount is not None
                                                or line.local_share is not None)]
        if unfinished:
            found.append(self.tr("choose a category on line {lines}").format(
                lines=", ".join(unfinished)))
        return found

    def field_errors(self) -> list[str]:
        f = self.fields
        named = ((f.turnover, self.tr("Turnover")), (f.payroll, self.tr("Payroll")),
                 (f.staff_local, self.tr("Staff living locally")),
                 (f.owner_pay, self.tr("Owners' pay")),
                 (f.owner_local, self.tr("Paid to local owners")))
        return [f"{name}: {edit.error}" for edit, name in named if edit.error] \
            + self.lines.errors()

    def _set_status(self, status: InterviewStatus) -> None:
        self.end_typing_step()  # each status change is its own undo step, never merged
        self._edit("status", status, self.tr("status"))
        self.end_typing_step()

    def mark_complete(self) -> None:
        self.fields.grid.commit_editing()  # Ctrl+Shift+C while a cell is typed in counts it
        problems = self.problems()
        if problems:
            self._message = self.tr("Not complete yet: {problems}.").format(
                problems="; ".join(problems))
            self._refresh_messages()
            return
        self._set_status(InterviewStatus.COMPLETE)

    def validate(self) -> None:
        self.fields.grid.commit_editing()
        if self.interview and self.interview.status == InterviewStatus.COMPLETE \
                and not self.problems():
            self._set_status(InterviewStatus.VALIDATED)

    def reopen(self) -> None:
        if self.interview and self.interview.status == InterviewStatus.VALIDATED:
            self._set_status(InterviewStatus.COMPLETE)

    # -- what the form shows around the fields ---------------------------------------------------

    def _refresh_state(self) -> None:
        if self.interview is None:
            return
        f, status = self.fields, self.interview.status
        name = f.business.currentText() if self.interview.business_id else ""
        f.title.setText(name or self.tr("New interview: choose the business"))
        f.status.setText(labels.status(status))
        validated = status == InterviewStatus.VALIDATED
        f.complete_button.setVisible(status == InterviewStatus.DRAFT)
        f.validate_button.setVisible(status == InterviewStatus.COMPLETE)
        f.reopen_button.setVisible(validated)
        for widget in (f.business, f.date, f.surveyor, f.consent, f.notes):
            widget.setEnabled(not validated)
        # The study keeps no notes about an erased shop (they may name its people): say so
        # rather than let a note be typed and then dropped when saved.
        erased = self.interview.business_id in self._erased
        f.notes.setEnabled(not validated and not erased)
        f.notes.setPlaceholderText(
            self.tr("No notes are kept for a shop whose identity was erased.") if erased
            else QCoreApplication.translate("InterviewFields",
                                            "Notes: context, doubts, what to check later\u2026"))
        for section in f.data_sections:
            section.setEnabled(not validated and self.interview.consent)
        self.lines.read_only = validated
        self._refresh_totals()
        self._refresh_messages()

    def _refresh_totals(self) -> None:
        lines = self.snapshot().lines
        spent = sum(line.amount or 0 for line in lines)
        local = sum(round((line.amount or 0) * (line.local_share or 0)) for line in lines)
        self.fields.totals.setText(self._totals_text(spent, local))

    def _totals_text(self, spent: int, local: int) -> str:
        """The spending described and its local part, each share saying what it is of: the
        spending against the turnover is not the local share."""
        text = self.tr("Spending described: {spent}").format(spent=formatting.money(spent))
        turnover = self.interview.turnover_excl_vat if self.interview else None
        if turnover:
            text += " " + self.tr("(spending = {share} of the turnover)").format(
                share=formatting.percent(spent / turnover))
        text += " · " + self.tr("of which local: {local}").format(local=formatting.money(local))
        if spent:
            text += " " + self.tr("({share} of the spending described)").format(
                share=formatting.percent(local / spent))
        return text

    def _refresh_messages(self, *_: object) -> None:
        banner = self.fields.banner
        errors = self.field_errors()
        turnover = self.interview.turnover_excl_vat if self.interview else None
        spent = sum(line.amount or 0 for line in self.snapshot().lines) if self.interview else 0
        failure = self.save_failure_text()
        if failure:  # what was typed is at risk: that comes first
            elsewhere = self.autosaver.failure_code in ELSEWHERE_HELPS
            banner.show_message(failure, action=self.tr("Save the study elsewhere…")
                                if elsewhere else None)
        elif errors:
            banner.show_message(self.tr("Not saved until corrected: {errors}").format(
                errors=" · ".join(errors)))
        elif self._message:
            banner.show_message(self._message, "warning")
        elif turnover is not None and spent > turnover:
            banner.show_message(self.tr("The spending described is more than the turnover: "
                                        "check the amounts with the owner."), "warning")
        else:
            banner.clear()
