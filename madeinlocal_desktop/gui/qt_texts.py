"""Words of Qt's own dialogs that Qt's French catalogue (qtbase_fr.qm) lacks.

Qt 6 renamed two labels of its file dialog ("&Look in:", "Files of &type:") and moved the
file types of its list ("Folder") to a new context; its French catalogue holds only the old
texts, so these would show in English. Our catalogue carries
them in Qt's context; this module names them so that lupdate keeps them in the .ts files.
Nothing imports it at run time: Qt asks every installed translator for its own texts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QT_TRANSLATE_NOOP3

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
FILE_TYPES = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)
