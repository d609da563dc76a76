"""Types part of an interview (or a new shop) in the real app, then waits to be killed
(test_crash_recovery).

    python tests/gui/crash_driver.py STUDY BUSINESS_ID
    python tests/gui/crash_driver.py STUDY --new-business

Prints "AUTOSAVED <interview id>" once the draft with a turnover and a spending line has been
saved (or "AUTOSAVED <business id>" once the new shop with its name and SIRET has), then keeps
the app running as if the surveyor were still typing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from madeinlocal_desktop.domain import Interview
from madeinlocal_desktop.gui.app import build_window, make_application


def main() -> int:
    study, business_id = Path(sys.argv[1]), sys.argv[2]
    app = make_application()
    window = build_window(lang="fr")
    window.show()

    def autosaved(interview: Interview) -> None:
        if interview.turnover_excl_vat and interview.lines:
            print("AUTOSAVED", interview.id, flush=True)
            # Keep typing, unsaved: the kill comes in the middle of this.
            QTest.keyClicks(form.fields.notes, "interrompu pendant la saisie")

    def opened() -> None:
        global form
        window.new_interview(business_id)
        form = window.views["interview"].form
        form.autosaved.connect(autosaved)
        form.fields.consent.setChecked(True)
        QTest.keyClicks(form.fields.turnover, "54 321")
        form.fields.grid.setFocus()
        QTest.keyClick(form.fields.grid, Qt.Key.Key_Return)
        editor = app.focusWidget()
        QTest.keyClicks(editor, "loyer")
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(app.focusWidget(), "1 234")
        QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)

    def business_opened() -> None:
        global editor
        window.new_business()
        editor = window.views["businesses"].editor
        editor.saved.connect(business_saved)
        QTest.keyClicks(editor.name, "Epicerie interrompue")
        QTest.keyClick(editor.name, Qt.Key.Key_Return)  # Enter: on to the SIRET
        QTest.keyClicks(app.focusWidget(), "443 061 841 00047")

    def business_saved(business_id: str) -> None:
        with_siret = editor.siret.text() and editor.business_id == business_id
        if with_siret and not editor.save_pending:
            print("AUTOSAVED", business_id, flush=True)
            editor.saved.disconnect(business_saved)
            editor.address.setFocus()
            QTest.keyClicks(editor.address, "3 rue interrompue")

    window.study_opened.connect(business_opened if business_id == "--new-business" else opened)
    window.open_study(study)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
