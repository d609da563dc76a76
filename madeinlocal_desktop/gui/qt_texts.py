"""Words of Qt's own dialogs that Qt's French catalogue (qtbase_fr.qm) lacks.

Qt 6 renamed two labels of its file dialog ("&Look in:", "Files of &type:") and its French
catalogue still holds the old texts only, so they would show in English. Our catalogue carries
them in Qt's context; this module names them so that lupdate keeps them in the .ts files.
Nothing imports it at run time: Qt asks every installed translator for its own texts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
