"""Pictures of the Conflicts view and of the import preview, in French, at 1366×768.

By default they go to a temporary folder and the test only checks them; to refresh the
documentation's pictures:  MADEINLOCAL_SCREENSHOTS=docs/screenshots uv run pytest -k screenshot
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter

from madeinlocal_desktop.gui.bundle_dialogs import ImportBundlesDialog
from madeinlocal_desktop.project import Project

from .conftest import open_in, wait_idle
from .exchange_support import altered_copy, make_two_devices, use_device

SIZE = (1366, 768)


def colours(image: QImage, step: int = 7) -> int:
    """How many distinct colours a sample of pixels has: a blank or broken grab has few."""
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


STATUS_PATH = "~/Documents/Centre-ville-Camille.madeinlocal"


def test_screenshots_of_the_conflicts_view_and_the_import_preview(window, qtbot,
                                                                   tmp_path: Path) -> None:
    folder = Path(os.environ.get("MADEINLOCAL_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    devices = make_two_devices(tmp_path / "study", more_conflicts=True)
    use_device("dev-a")
    with Project.open(devices.b, device="dev-b", who="Lucie") as b:  # an encrypted one too
        from madeinlocal_desktop.domain import Business, new_id

        b.businesses.save(Business(id=new_id(), name="Primeur des Halles", commune="86194"))
        secret = b.sync.make_bundle(tmp_path, passphrase="cheval agrafe")
        assert secret is not None
    altered = altered_copy(devices.bundle, tmp_path / f"copie-{devices.bundle.name}")
    window.resize(*SIZE)
    open_in(window, qtbot, devices.a)

    window.exchange.open_import([devices.bundle, secret.path, altered])
    dialog = window.exchange.dialog
    assert isinstance(dialog, ImportBundlesDialog)
    qtbot.waitUntil(lambda: len(dialog.reports) == 3, timeout=20_000)
    dialog.resize(1100, 520)
    window.statusBar().showMessage(STATUS_PATH)  # a surveyor's path, not the test's tmp folder
    qtbot.wait(100)
    picture = over_window(window, dialog)
    assert colours(picture) > 40
    assert picture.save(str(folder / "import-preview.png"))

    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    dialog.reject()
    window.show_view("conflicts")
    view = window.views["conflicts"]
    qtbot.waitUntil(lambda: view.count == 3, timeout=10_000)
    wait_idle(window, qtbot)
    window.statusBar().showMessage(STATUS_PATH)
    qtbot.wait(100)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == SIZE
    assert colours(image) > 40
    assert image.save(str(folder / "conflicts.png"))


def over_window(window, dialog) -> QImage:  # type: ignore[no-untyped-def]
    """The window with the dialog drawn over its middle, as a person sees them (offscreen,
    a dialog is its own window and a grab of the main window leaves it out)."""
    image = window.grab().toImage()
    front = dialog.grab().toImage()
    painter = QPainter(image)
    painter.fillRect(image.rect(), QColor(0, 0, 0, 70))  # the dimmed window behind a modal dialog
    corner = QPoint((image.width() - front.width()) // 2,
                    (image.height() - front.height()) // 2)
    painter.drawImage(corner, front)
    painter.setPen(QColor(90, 90, 90))
    painter.drawRect(corner.x() - 1, corner.y() - 1, front.width() + 1, front.height() + 1)
    painter.end()
    return image
