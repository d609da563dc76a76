"""Add or edit one shop, beside the register: saved as it is typed, checks in the field,
duplicates flagged.

Like the interview form, the shop is saved a moment after each change (gui/autosave.py), as a
draft if need be: a shop without SIRET or NAF code is fine. A value that fails its check (a
SIRET with a wrong key, a half-typed commune) is explained in its field and never saved: the
shop keeps its last valid value there. A save that fails keeps what was typed and is tried
again. A shop that looks like one already in the register (same SIRET, or same name in the
same commune) gets a warning, not a refusal: two outlets of one brand may share a name.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ..domain import Business, Ownership, check_naf, new_id, normalise_siret, siret_is_valid
from ..errors import InvalidInput, UserFacingError
from . import labels, theme
from .autosave import ELSEWHERE_HELPS, Autosaver, Snapshot
from .completers import SearchCompleter, prepare_choices
from .forms.ui_business_editor import Ui_BusinessEditor
from .reference_choices import (
    PickedCommune,
    commune_choices,
    commune_names,
    naf_choices,
    naf_labels,
)
from .session import StudySession
from .widgets.field_message import FieldWithMessage


class BusinessEditor(QWidget, Ui_BusinessEditor):
    """The form is ui/business_editor.ui; this class gives it its checks and its autosave."""

    saved = Signal(str)  # the business id
    interview_requested = Signal(str)
    save_elsewhere_requested = Signal()

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._business: Business | None = None  # as stored; None for a shop not saved yet
        self._failure_shown = False  # the banner says a save failed
        self._commune_code: str | None = None
        self._communes: dict[str, str] = {}
        self._naf_labels: dict[str, str] = {}

        self.setupUi(self)
        theme.set_role(self.title, "title")
        theme.set_role(self.saved_at, "secondary")
        theme.set_role(self.keys_hint, "secondary")
        for value in Ownership:
            self.ownership.addItem(labels.ownership(value), str(value))
        self.name_field = FieldWithMessage.in_place_of(self.name)
        self.siret_field = FieldWithMessage.in_place_of(self.siret)
        self.naf_field = FieldWithMessage.in_place_of(self.naf)
        self.commune_field = FieldWithMessage.in_place_of(self.commune)
        self.staff_field = FieldWithMessage.in_place_of(self.staff)
        self.save_button.clicked.connect(self.save)
        self.interview_button.clicked.connect(
            lambda: self._business and self.interview_requested.emit(self._business.id))

        self._similar_timer = QTimer(self, singleShot=True, interval=300)
        self._similar_timer.timeout.connect(self._check_similar)
        for edit in (self.name, self.siret):
            edit.textEdited.connect(self._similar_timer.start)
        self.siret.textEdited.connect(lambda: self._check_siret(final=False))
        self.siret.editingFinished.connect(lambda: self._check_siret(final=True))
        self.naf.editingFinished.connect(self._check_naf)
        self.commune.textEdited.connect(self._commune_typed)
        self.commune.editingFinished.connect(self._check_commune)
        self.staff.error_changed.connect(self.staff_field.set_message)
        self.name.textEdited.connect(self._check_name)
        self.autosaver = Autosaver(session, self._save_snapshot, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.banner.action_clicked.connect(self.save_elsewhere_requested)
        self._connect_autosave()
        self._enter_moves_on()
        session.run(lambda p: (prepare_choices(commune_choices()), prepare_choices(naf_choices()),
                               commune_names(), naf_labels()),
                    on_done=self._reference_loaded, on_error=self.banner.show_error)
        self.edit(None)

    # -- reference data ----------------------------------------------------------------------

    def _reference_loaded(self, loaded: tuple[Any, ...]) -> None:
        communes, nafs, self._communes, self._naf_labels = loaded
        self.commune_completer = SearchCompleter(communes, self)
        self.commune_completer.attach(self.commune)
        self.commune_completer.chosen.connect(self._commune_chosen)
        self.naf_completer = SearchCompleter(nafs, self)
        self.naf_completer.attach(self.naf)
        self.naf_completer.chosen.connect(self._naf_chosen)
        self._show_naf_label()

    @property
    def reference_ready(self) -> bool:
        return bool(self._communes)

    # -- which business ----------------------------------------------------------------------

    def edit(self, business: Business | None) -> None:
        self.autosaver.flush()  # what was typed in the previous shop is saved first
        self._business = business
        # A new shop gets its id now, so saving twice in a row updates it instead of adding two.
        self._new_id = new_id()
        self._loading = True
        self.banner.clear()
        self.saved_at.setText("")
        for field in (self.name_field, self.siret_field, self.naf_field, self.commune_field,
                      self.staff_field):
            field.set_message("")
        self.title.setText(self.tr("New business") if business is None
                           else self.tr("Business: {name}").format(name=business.name))
        self.interview_button.setEnabled(business is not None)
        b = business or Business(id="", name="")
        self.name.setText(b.name)
        self.siret.setText(b.siret or "")
        self.naf.setText(b.naf or "")
        self.ownership.setCurrentIndex(max(0, self.ownership.findData(str(b.ownership))))
        self._commune_code = b.commune
        self.commune.setText(self._commune_text(b.commune))
        self.address.setText(b.address or "")
        self.staff.set_value(b.staff_fte)
        self._show_naf_label()
        self._loading = False
        if self.autosaver.failing:
            self._show_failure()

    @property
    def business_id(self) -> str | None:
        return self._business.id if self._business else None

    @property
    def editing_id(self) -> str:
        """The shop's id, stored or not yet."""
        return self._business.id if self._business else self._new_id

    def new_business(self) -> None:
        self.edit(None)
        self.name.setFocus()

    def _commune_text(self, code: str | None) -> str:
        if not code:
            return ""
        name = self._communes.get(code)
        return f"{name} ({code})" if name else code

    # -- checks ------------------------------------------------------------------------------

    def _check_siret(self, *, final: bool) -> None:
        siret = normalise_siret(self.siret.text()) or ""
        message = ""
        if siret and not siret.isdigit():
            message = self.tr("A SIRET has only digits")
        elif len(siret) > 14:
            message = self.tr("A SIRET has 14 digits ({n} typed)").format(n=len(siret))
        elif len(siret) == 14 and not siret_is_valid(siret):
            message = self.tr("The check key is wrong: check the number on the invoice or "
                              "the shop front")
        elif siret and len(siret) < 14 and final:
            message = self.tr("A SIRET has 14 digits ({n} typed)").format(n=len(siret))
        self.siret_field.set_message(message)

    def _check_name(self) -> None:
        self.name_field.set_message("" if self.name.text().strip() else
                                    self.tr("The business needs a name"))

    def _naf_chosen(self, payload: object) -> None:
        assert isinstance(payload, tuple)
        self.naf.setText(str(payload[0]))
        self._check_naf()
        self._changed()

    def _check_naf(self) -> None:
        text = self.naf.text().strip()
        try:
            code = check_naf(text)
        except InvalidInput:
            if self.naf_completer_matches():
                return  # a word typed to search; the list is open
            self.naf_field.set_message(self.tr("The NAF code should look like 47.24Z"))
            return
        if code and code != text:
            self.naf.setText(code)
        self._show_naf_label()

    def naf_completer_matches(self) -> bool:
        completer = getattr(self, "naf_completer", None)
        return bool(completer and completer.popup().isVisible())

    def _commune_popup_open(self) -> bool:
        completer = getattr(self, "commune_completer", None)
        return bool(completer and completer.popup().isVisible())

    def _show_naf_label(self) -> None:
        code = self.naf.text().strip().upper()
        if not code:
            self.naf_field.set_message("")
        elif code in self._naf_labels:
            self.naf_field.set_message(self._naf_labels[code], "info")
        elif self._naf_labels:
            self.naf_field.set_message(self.tr("Not a NAF sub-class: pick one in the list"),
                                       "warning")

    def _commune_typed(self) -> None:
        self._commune_code = None
        self.commune_field.set_message("")

    def _commune_chosen(self, payload: object) -> None:
        assert isinstance(payload, PickedCommune)
        self._commune_code = payload.code
        self.commune.setText(f"{payload.name} ({payload.code})")
        self.commune_field.set_message("")
        self._similar_timer.start()
        self._changed()

    def _check_commune(self) -> None:
        text = self.commune.text().strip()
        if not text:
            self._commune_code = None
        elif self._commune_code is None and text.upper() in self._communes:
            self._commune_code = text.upper()  # an INSEE code typed in full
            self.commune.setText(self._commune_text(self._commune_code))
            self._changed()
        elif self._commune_code is None and not self._commune_popup_open():
            self.commune_field.set_message(self.tr("Choose the commune in the list"))
            return
        self.commune_field.set_message("")
        self._similar_timer.start()

    def _check_similar(self) -> None:
        name, siret = self.name.text().strip(), self.siret.text()
        if not name and not siret:
            return
        commune, exclude = self._commune_code, self._business.id if self._business else None
        self.session.run(
            lambda p: p.businesses.similar(name, commune, siret, exclude_id=exclude),
            on_done=self._show_similar)

    def _show_similar(self, found: list[Business]) -> None:
        if found:
            names = ", ".join(f"{b.name} ({self._communes.get(b.commune or '', '—')})"
                              for b in found[:3])
            self.banner.show_message(
                self.tr("A similar shop is already in the register: {names}. Check it is not "
                        "the same before saving.").format(names=names), "warning")
        elif self.banner.level == "warning":
            self.banner.clear()

    # -- autosave ----------------------------------------------------------------------------

    def _connect_autosave(self) -> None:
        """Every edit a person makes schedules a save (values set by `edit` are not edits)."""
        for edit in (self.name, self.siret, self.naf, self.commune, self.address):
            edit.textEdited.connect(self._changed)
        self.staff.value_edited.connect(self._changed)
        self.ownership.activated.connect(self._changed)

    def _enter_moves_on(self) -> None:
        """Enter goes to the next field, as Tab does (a pick in a suggestion list included)."""
        order = (self.name, self.siret, self.naf, self.ownership, self.commune, self.address,
                 self.staff)
        for edit, following in itertools.pairwise(order):
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(lambda f=following: f.setFocus())
        self.staff.returnPressed.connect(self.save)

    def _changed(self) -> None:
        if not self._loading:
            self.autosaver.changed()

    def _valid_values(self) -> Business | None:
        """The shop as it may be stored now: each field that fails its check keeps its last
        stored value (None for a new shop), so nothing invalid is ever saved."""
        stored = self._business
        name = self.name.text().strip() or (stored.name if stored else "")
        if not name:
            return None  # a new shop is stored once it has a name
        siret = normalise_siret(self.siret.text())
        if siret is not None and not siret_is_valid(siret):
            siret = stored.siret if stored else None
        try:
            naf = check_naf(self.naf.text())
        except InvalidInput:  # a word typed to search the list
            naf = stored.naf if stored else None
        commune = self._commune_code
        if commune is None and self.commune.text().strip():  # typed, not chosen yet
            commune = stored.commune if stored else None
        staff = self.staff.value() if not self.staff.error else (
            stored.staff_fte if stored else None)
        return Business(id=self.editing_id, name=name, siret=siret, naf=naf,
                        ownership=Ownership(self.ownership.currentData()), commune=commune,
                        address=self.address.text().strip() or None,
                        staff_fte=staff)  # type: ignore[arg-type]

    def _save_snapshot(self) -> Snapshot | None:
        business = self._valid_values()
        if business is None or business == self._business:
            return None
        return business.id, lambda project: project.businesses.save(business)

    def _saved(self, business: Business) -> None:
        if business.id == self.editing_id:  # else saved after the editor moved on
            self._show_saved(business)
        self.saved.emit(business.id)

    def _show_saved(self, business: Business) -> None:
        created = self._business is None
        self._business = business
        if created:
            self.interview_button.setEnabled(True)
        self.title.setText(self.tr("Business: {name}").format(name=business.name))
        clock = QTime.currentTime().toString("HH:mm:ss")
        self.saved_at.setText(self.tr("Saved at {time}").format(time=clock))
        if self._failure_shown:
            self.banner.clear()
            self._failure_shown = False
        self.saved_at.setToolTip("")

    def _save_failed(self, error: BaseException) -> None:
        self._show_failure()
        fields = {"name": self.name_field, "siret": self.siret_field, "naf": self.naf_field,
                  "commune": self.commune_field, "staff_fte": self.staff_field}
        if isinstance(error, UserFacingError) and error.field in fields:
            fields[error.field].set_message(str(error))

    def _show_failure(self) -> None:
        error = self.autosaver.error
        if error is None:
            return
        self.saved_at.setText(self.tr("Not saved"))
        self.saved_at.setToolTip(self.tr("What you typed is kept in the window"))
        elsewhere = self.autosaver.failure_code in ELSEWHERE_HELPS
        self._failure_shown = True
        self.banner.show_message(self.tr("Not saved: {reason}").format(reason=str(error)),
                                 action=self.tr("Save the study elsewhere…") if elsewhere
                                 else None)

    def flush(self) -> None:
        self.autosaver.flush()

    @property
    def save_pending(self) -> bool:
        return self.autosaver.pending

    # -- saving now (Ctrl+S) -------------------------------------------------------------------

    def problems(self) -> list[FieldWithMessage]:
        self._check_siret(final=True)
        self._check_naf()
        self._check_commune()
        if not self.name.text().strip():
            self.name_field.set_message(self.tr("The business needs a name"))
        fields = (self.name_field, self.siret_field, self.naf_field, self.commune_field,
                  self.staff_field)
        return [f for f in fields if f.error or (f is self.staff_field and self.staff.error)]

    def save(self) -> None:
        """Save now what can be saved; say which fields are not saved, and why."""
        problems = self.problems()
        self.autosaver.save_now()
        if problems:
            self.banner.show_message(self.tr("The fields marked in red are not saved until "
                                             "corrected; the rest is saved."))
            problems[0].setFocus()
