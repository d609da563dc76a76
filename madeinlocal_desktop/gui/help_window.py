"""The user guide, read offline: the Markdown pages of docs/guide in a QTextBrowser.

The pages ship with the app (resources/guide in the bundle and the wheel, docs/guide in a source
checkout), one folder per language; F1 on a view opens that view's page. Links between pages,
images beside them and back/forward all work through QTextBrowser's own history.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFragment,
    QTextImageFormat,
)
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QToolBar, QWidget

from .. import paths

# Each main-window view has its own page, named after the view (gui/main_window.py: VIEWS).
VIEW_PAGES = {name: f"{name}.md" for name in (
    "businesses", "interview", "dashboard", "respondents", "io", "territory", "impact",
    "conflicts", "duplicates")}
INDEX = "index.md"


def guide_dir() -> Path:
    """The guide's folder: bundled beside the other resources, or docs/guide from source."""
    bundled = paths.resource("guide")
    if bundled.is_dir():
        return bundled
    return paths.resources_dir().parent / "docs" / "guide"


def page_path(language: str, view: str | None = None) -> Path:
    """The page for a view (or the guide's index), in the interface's language if it exists."""
    name = VIEW_PAGES.get(view or "", INDEX)
    folder = guide_dir() / ("fr" if language == "fr" else "en")
    return folder / name


class HelpWindow(QMainWindow):
    """One window for the whole guide; `show_page` brings it forward on a view's page."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # every link goes through `follow`
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._page_shown)
        self.setCentralWidget(self.browser)
        self._build_toolbar()
        self.resize(1000, 720)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Navigation"))
        bar.setMovable(False)
        self.addToolBar(bar)
        self.back_action = self._action(bar, self.tr("Back"), QKeySequence.StandardKey.Back,
                                        "Alt+Left", self.browser.backward)
        self.forward_action = self._action(bar, self.tr("Forward"),
                                           QKeySequence.StandardKey.Forward, "Alt+Right",
                                           self.browser.forward)
        self.contents_action = self._action(bar, self.tr("Contents"), None, "Alt+Home",
                                            self.show_contents)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)

    def _action(self, bar: QToolBar, text: str, standard: QKeySequence.StandardKey | None,
                fallback: str, slot: object) -> QAction:
        action = bar.addAction(text)
        keys = QKeySequence.keyBindings(standard) if standard is not None else []
        action.setShortcuts([*keys, QKeySequence(fallback)])
        action.triggered.connect(slot)
        return action

    def show_page(self, view: str | None = None) -> None:
        """Open the page of `view` (a name from VIEW_PAGES), or the guide's index."""
        page = page_path(self.language, view)
        if self.browser.source().toLocalFile() != str(page):
            self.browser.setSource(QUrl.fromLocalFile(str(page)),
                                   QTextDocument.ResourceType.MarkdownResource)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_contents(self) -> None:
        self.show_page(None)

    def heading(self) -> str:
        """The page's first heading: what the user reads as its title."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                return block.text()
            block = block.next()
        return ""

    def images(self) -> list[QImage | QPixmap]:
        """The images the page shows, as loaded from their files."""
        return [image for _, _, image in self._images()]

    def _images(self) -> Iterator[tuple[QTextFragment, QTextImageFormat, QImage | QPixmap]]:
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    image_format = fragment.charFormat().toImageFormat()
                    image = document.resource(QTextDocument.ResourceType.ImageResource,
                                              QUrl(image_format.name()))
                    if isinstance(image, QImage | QPixmap) and not image.isNull():
                        yield fragment, image_format, image
                it += 1
            block = block.next()

    def _page_shown(self) -> None:
        self._fit_images()
        QTimer.singleShot(0, self._fit_images)  # again once a first show has laid it out
        heading = self.heading()
        title = self.tr("User guide — Made in Local")
        self.setWindowTitle(f"{heading} — {title}" if heading else title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_images)  # once the page's own width has followed

    def _fit_images(self) -> None:
        """Screenshots are as wide as the app's window: shown no wider than the page."""
        widest = max(200, self.browser.viewport().width() - 40)
        cursor = QTextCursor(self.browser.document())
        for fragment, image_format, image in list(self._images()):
            width = min(image.width(), widest)
            if image_format.width() == width:
                continue
            image_format.setWidth(width)
            image_format.setHeight(image.height() * width / image.width())
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image_format)

    def follow(self, url: QUrl) -> None:
        """A guide page in this window; a web address in the system's browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
