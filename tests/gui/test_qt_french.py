"""Qt's own dialogs speak French with a French interface (Qt's catalogue plus ours)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel, QPushButton


def test_the_file_dialog_is_french_in_a_french_interface(window, qtbot, tmp_path) -> None:
    (tmp_path / "graphiques").mkdir()
    dialog = QFileDialog(window, "Enregistrer le graphique", str(tmp_path),
                         "Image PNG (*.png);;Dessin SVG (*.svg)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text().replace("&", "")
              for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "Regarder dans :"
    assert labels["fileTypeLabel"] == "Fichiers de type :"
    assert labels["fileNameLabel"].startswith("Nom de fichier")
    buttons = {button.text().replace("&", "") for button in dialog.findChildren(QPushButton)}
    assert {"Enregistrer", "Annuler"} <= buttons
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 1)
    folder = model.index(str(tmp_path / "graphiques"))
    assert model.type(folder) == "Dossier"  # the Type column of the list
    dialog.reject()
