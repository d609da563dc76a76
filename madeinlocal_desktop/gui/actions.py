"""The main window's menus and shortcuts, built in one place so a language switch rebuilds them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
_Keys = QKeySequence.StandardKey
# Some platforms (and the offscreen one) define no key for these: the usual ones then.
_FALLBACK = {_Keys.New: "Ctrl+N", _Keys.Open: "Ctrl+O", _Keys.Save: "Ctrl+S",
             _Keys.Close: "Ctrl+W", _Keys.Quit: "Ctrl+Q", _Keys.Find: "Ctrl+F",
             _Keys.Preferences: "Ctrl+,", _Keys.Undo: "Ctrl+Z", _Keys.Redo: "Ctrl+Shift+Z",
             _Keys.HelpContents: "F1"}


class WindowActions:
    """Actions the window enables or disables as a study opens and closes."""

    def __init__(self) -> None:  # a plain class: `dataclasses` would cost start-up time
        self.study_only: list[QAction] = []
        self.recent_menu: QMenu | None = None
        self.views: dict[str, QAction] = {}


class MenuBuilder(QObject):
    """Fills a window's menu bar; a QObject so its words have their own translation context."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self.window = window
        self.handlers = handlers
        self.actions = WindowActions()

    def add(self, menu: QMenu, text: str, handler: str, shortcut: Shortcut = None, *,
            study: bool = False) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            # setShortcuts([one]), not setShortcut(one): resolving setShortcut's overloads makes
            # PySide build its whole `Qt` namespace, ~30 ms before the first paint.
            key = shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut)
            if key.isEmpty() and shortcut in _FALLBACK:
                key = QKeySequence(_FALLBACK[shortcut])  # type: ignore[index]
            action.setShortcuts([key])
        action.triggered.connect(self.handlers[handler])
        if study:
            self.actions.study_only.append(action)
        return action

    def build(self, undo_group: QUndoGroup) -> WindowActions:
        bar = self.window.menuBar()
        bar.clear()
        add, keys = self.add, QKeySequence.StandardKey
        file_menu = bar.addMenu(self.tr("&File"))
        add(file_menu, self.tr("&New study…"), "new_study", keys.New)
        add(file_menu, self.tr("&Open a study…"), "open_study", keys.Open)
        self.actions.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        add(file_menu, self.tr("Open the &demo study"), "open_demo")
        add(file_menu, self.tr("New study from a &kit…"), "new_from_kit")
        file_menu.addSeparator()
        add(file_menu, self.tr("&Import an interchange file…"), "import_file", "Ctrl+I",
            study=True)
        add(file_menu, self.tr("&Export…"), "export", "Ctrl+E", study=True)
        add(file_menu, self.tr("Export the study &kit…"), "export_kit", study=True)
        add(file_menu, self.tr("Export the &results…"), "export_results", study=True)
        add(file_menu, self.tr("&PDF report…"), "report_pdf", study=True)
        add(file_menu, self.tr("S&hop feedback sheets…"), "shop_sheets", study=True)
        add(file_menu, self.tr("Export the &XLSForm form…"), "export_xlsform", study=True)
        add(file_menu, self.tr("Import K&oboToolbox / ODK submissions…"), "import_submissions",
            study=True)
        add(file_menu, self.tr("Import a &list of shops…"), "import_shop_list", study=True)
        file_menu.addSeparator()
        add(file_menu, self.tr("Import &bundles…"), "import_bundles", study=True)
        add(file_menu, self.tr("&Make a bundle…"), "make_bundle", study=True)
        add(file_menu, self.tr("S&ync with a folder…"), "sync_folder", study=True)
        file_menu.addSeparator()
        add(file_menu, self.tr("&Save"), "save", keys.Save, study=True)
        add(file_menu, self.tr("Save the study &elsewhere…"), "save_elsewhere", study=True)
        add(file_menu, self.tr("Res&tore a backup…"), "restore_backup", study=True)
        add(file_menu, self.tr("&Close the study"), "close_study", keys.Close, study=True)
        file_menu.addSeparator()
        add(file_menu, self.tr("&Quit"), "quit", keys.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = undo_group.createUndoAction(self.window, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(keys.Undo), QKeySequence(_FALLBACK[keys.Undo])])
        redo = undo_group.createRedoAction(self.window, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        add(edit_menu, self.tr("&Find…"), "find", keys.Find, study=True)
        edit_menu.addSeparator()
        preferences = add(edit_menu, self.tr("&Preferences…"), "preferences", keys.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        study_menu = bar.addMenu(self.tr("&Study"))
        add(study_menu, self.tr("New &business"), "new_business", "Ctrl+B", study=True)
        add(study_menu, self.tr("New &interview"), "new_interview", "Ctrl+Shift+N", study=True)
        add(study_menu, self.tr("&Mark the interview as complete"), "mark_complete",
            "Ctrl+Shift+C", study=True)
        add(study_menu, self.tr("Interview &history"), "history", "Ctrl+H", study=True)
        add(study_menu, self.tr("Study &settings…"), "study_settings", study=True)
        add(study_menu, self.tr("Consent &wording…"), "consent_wording", study=True)
        study_menu.addSeparator()
        add(study_menu, self.tr("&Compare studies…"), "compare_studies")
        add(study_menu, self.tr("Consolidation &server…"), "hub", study=True)
        study_menu.addSeparator()
        add(study_menu, self.tr("&Encrypt the study…"), "encrypt_study", study=True)
        add(study_menu, self.tr("Change the &passphrase…"), "change_passphrase", study=True)
        add(study_menu, self.tr("&Decrypt the study…"), "decrypt_study", study=True)

        view_menu = bar.addMenu(self.tr("&View"))
        views = (("businesses", self.tr("&Businesses")), ("interview", self.tr("&Interviews")),
                 ("dashboard", self.tr("&Dashboard")),
                 ("respondents", self.tr("&Round-3 respondents")),
                 ("io", self.tr("Input-&output model")), ("territory", self.tr("&Territory")),
                 ("impact", self.tr("Im&pact")),
                 ("conflicts", self.tr("&Conflicts")),
                 ("duplicates", self.tr("Possible d&uplicates")))
        for number, (name, text) in enumerate(views, start=1):
            self.actions.views[name] = add(view_menu, text, f"view_{name}", f"Ctrl+{number}",
                                           study=True)

        help_menu = bar.addMenu(self.tr("&Help"))
        add(help_menu, self.tr("&User guide"), "guide", keys.HelpContents)  # F1: this view's page
        about = add(help_menu, self.tr("&About Made in Local"), "about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        return self.actions


def build_menus(window: QMainWindow, undo_group: QUndoGroup,
                handlers: dict[str, Callable[[], object]]) -> WindowActions:
    builder = MenuBuilder(window, handlers)
    actions = builder.build(undo_group)
    builder.deleteLater()  # the actions belong to the window; the builder's job is done
    return actions
