"""The main window: the welcome screen, or an open study's four views in tabs.

It owns the worker (`TaskRunner`), the open `StudySession` and the settings; the views do
their own work through the session. Errors appear in a banner, never in a modal box. A study is
never left (window closed, study closed or switched) while a form holds an edit that could not
be saved: the window asks first, and offers to save the study elsewhere.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from . import gc_guard
from .actions import WindowActions, build_menus
from .encryption_menu import StudyEncryption
from .exchange_menu import ExchangeMenu
from .hub_dialog import HubSync
from .i18n import Translations, resolve_language
from .interop_menu import InteropMenu
from .report_menu import ReportMenu
from .settings import AppSettings
from .tasks import TaskRunner
from .welcome import WelcomeView
from .widgets.banner import Banner
from .widgets.progress_panel import ProgressPanel
from .writer_badge import WriterBadge

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QTabWidget

    from ..domain import Study
    from .session import StudySession

# The study's views and the dialogs are imported when first needed, not before the first window
# shows (benchmarks/bench_gui.py measures it).

_GATE_TIMEOUT_S = 10  # the worker never waits longer for a build, whatever happens to it

VIEWS = ("businesses", "interview", "dashboard", "respondents", "io", "territory", "impact",
         "conflicts",
         "duplicates")


class MainWindow(QMainWindow):
    study_opened = Signal()
    study_failed = Signal()
    study_closed = Signal()

    def __init__(self, settings: AppSettings, translations: Translations,
                 runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.runner = runner or TaskRunner()
        self.session: StudySession | None = None
        self.undo_group = QUndoGroup(self)
        self.progress = ProgressPanel()
        self.statusBar().addPermanentWidget(self.progress)
        self.writer_badge = WriterBadge()  # who types here: asked once per file and computer
        self.statusBar().addPermanentWidget(self.writer_badge)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.study_page: QTabWidget | None = None  # the open study's views
        self.views: dict[str, QWidget] = {}
        self._build_gate = threading.Event()  # closed while the study's views are being built
        self._build_gate.set()
        self._wanted_view = "businesses"
        self._waiting_calls: list[tuple[Any, ...]] = []  # commands for views not built yet
        self._dashboard_stale = False
        self._leaving = False  # the user chose to leave without the unsaved edits
        self.unsaved_dialog: QMessageBox | None = None
        self.unsaved_buttons: dict[str, Any] = {}
        self.help_window: Any = None  # gui/help_window.py, made on the first F1
        self.exchange = ExchangeMenu(self)  # File → Export, kit, bundles, folder sync
        self.interop = InteropMenu(self)  # File → XLSForm, Kobo/ODK submissions, shop lists
        self.hub = HubSync(self)  # Study → Consolidation server, and its status bar text
        self.reports = ReportMenu(self)  # File → PDF report, shop feedback sheets
        self.encryption = StudyEncryption(self)  # Study → encrypt, change passphrase, decrypt
        self._build()
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_size()

    # -- building (again after a language switch) ------------------------------------------------

    def _build(self) -> None:
        handlers: dict[str, Callable[[], object]] = {
            "new_study": self.new_study, "open_study": self.choose_study,
            "open_demo": self.open_demo, "import_file": self.import_file, "save": self.save,
            "close_study": self.close_study, "quit": self.close, "find": self.find_in_view,
            "preferences": self.show_preferences, "new_business": self.new_business,
            "new_interview": lambda: self.new_interview(None),
            "mark_complete": self.mark_complete, "history": self.toggle_history,
            "about": self.about, "guide": self.show_guide, "compare_studies": self.compare_studies,
            "hub": self.hub.open_dialog, "save_elsewhere": self.save_study_elsewhere,
            "study_settings": self.edit_study_settings,
            "consent_wording": self.edit_consent_wording,
            "restore_backup": self.restore_backup, "export_results": self.export_results,
            **self.exchange.handlers(), **self.reports.handlers(), **self.interop.handlers(),
            **self.encryption.handlers(),
            **{f"view_{name}": self._view_shower(name) for name in VIEWS},
        }
        self.window_actions: WindowActions = build_menus(self, self.undo_group, handlers)
        old = self.pages.widget(0)
        self.welcome = WelcomeView()
        self.welcome.new_requested.connect(self.new_study)
        self.welcome.open_requested.connect(self.choose_study)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_study)
        self.pages.insertWidget(0, self.welcome)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self._refresh_recent()
        if self.session is not None:  # a new language: the views again, in their new words
            self._build_study_page(self.session, at_once=True)
        else:
            self.pages.setCurrentWidget(self.welcome)
        self._update_title()

    def _default_size(self) -> None:
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1366, screen.width()), min(740, screen.height()))

    def _refresh_recent(self) -> None:
        recent = self.settings.recent_studies()
        self.welcome.set_recent(recent)
        menu = self.window_actions.recent_menu
        assert menu is not None
        menu.clear()
        for path in recent:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_study(p))
        menu.setEnabled(bool(recent))
        for action in self.window_actions.study_only:
            action.setEnabled(self.session is not None)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("Made in Local")
            return
        study = self.session.study
        title = f"{study.name} — Made in Local"
        if study.fictitious:
            title += " " + self.tr("(fictitious data)")
        self.setWindowTitle(title)

    # -- opening and closing studies -------------------------------------------------------------

    @property
    def banner(self) -> Banner:
        return self.welcome.banner

    def open_study(self, path: Path) -> None:
        path = Path(path).expanduser().resolve()
        if not self._may_leave(lambda: self.open_study(path)):
            return
        self.close_study(forget=False)

        def checked(encrypted: bool) -> None:
            if encrypted:  # asks the passphrase, then comes to `start_opening`
                self.encryption.open_encrypted(path)
            else:
                self.start_opening(path)

        # On the worker: the check imports the study layer (~0.5 s the window would stand still).
        self.runner.run(lambda task: self.encryption.needs_passphrase(path), on_done=checked,
                        on_error=lambda error: self._open_failed(path, error))

    def start_opening(self, path: Path, passphrase: str | None = None, *,
                      on_done: Callable[[], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> None:
        def ready(opened: tuple[Any, Study]) -> None:
            self._study_ready(path, *opened)
            if on_done is not None:
                on_done()

        from .session import open_project  # the session module pulls in the domain: not at start-up

        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))
        self.runner.run(lambda task: open_project(path, passphrase), on_done=ready,
                        on_error=on_error or (lambda error: self._open_failed(path, error)))

    def show_welcome(self) -> None:
        self.statusBar().clearMessage()
        self.pages.setCurrentWidget(self.welcome)

    def _open_failed(self, path: Path, error: BaseException) -> None:
        self.statusBar().clearMessage()
        self.pages.setCurrentWidget(self.welcome)
        self.banner.show_error(error)
        if not path.exists():
            self.settings.forget_recent(path)
            self._refresh_recent()
        self.study_failed.emit()

    def _study_ready(self, path: Path, project: Any, study: Study) -> None:
        from .session import StudySession

        self.statusBar().showMessage(_short(path))
        self.session = StudySession(self.runner, path, project, study)
        self.session.long_work_started.connect(self.progress.start)
        self.session.long_work_progress.connect(self.progress.set_progress)
        self.session.long_work_ended.connect(self.progress.done)
        self.session.path_changed.connect(self._study_moved)
        self.settings.add_recent(path)
        self.banner.clear()
        self._build_study_page(self.session, on_built=self.study_opened.emit)
        self.writer_badge.follow(self.session)
        self._refresh_recent()
        self._update_title()
        self.hub.attach(self.session)
        self._copy_of_the_day(self.session)

    def _copy_of_the_day(self, session: StudySession) -> None:
        """The automatic copy of the study (one a day, kept for the days the user chose)."""
        days = self.settings.backup_days()

        def failed(error: BaseException) -> None:
            self.statusBar().showMessage(self.tr("No automatic copy today: {error}").format(
                error=error), 15_000)

        session.run(lambda project: project.backups.rotate(days), on_error=failed)

    def _build_study_page(self, session: StudySession,
                          on_built: Callable[[], None] | None = None, *,
                          at_once: bool = False) -> None:
        """The study's views in tabs, one view per turn of the event loop (`at_once`: now).

        Built in one go they held the window still for 0.3-0.7 s. Meanwhile the worker waits:
        the views' first reads queue behind the gate instead of competing with their widgets
        for the interpreter (which made the same build take twice as long). A command given
        for a view not built yet runs once it is.
        """
        from PySide6.QtWidgets import QTabWidget

        current = self.current_view()
        if self.study_page is not None:
            self._drop_study_page()
        gate = self._build_gate = threading.Event()
        self.runner.run(lambda task: gate.wait(_GATE_TIMEOUT_S))
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        self.study_page = tabs
        self.views = {}
        self.pages.addWidget(tabs)  # shown with its first view, not empty meanwhile
        self._wanted_view = current or ("interview" if self.settings.open_interview(session.path)
                                        else "businesses")
        makers = self._view_makers(session)
        # The view shown first is built first; the others take their places in VIEWS order.
        order = [self._wanted_view, *(name for name in VIEWS if name != self._wanted_view)]

        def build_next() -> None:
            if self.study_page is not tabs:  # dropped meanwhile (closed, switched)
                gate.set()
                return
            name = order.pop(0)
            view = makers[name]()
            self.views[name] = view
            index = sum(other in self.views for other in VIEWS[:VIEWS.index(name)])
            tabs.insertTab(index, view, self._tab_title(name, view))
            if name == self._wanted_view:
                tabs.setCurrentWidget(view)
                self.pages.setCurrentWidget(tabs)
            waiting, self._waiting_calls = self._waiting_calls, []
            for call in waiting:
                self._call_view(*call)
            if order and not at_once:
                QTimer.singleShot(1, build_next)
                return
            if order:
                build_next()
                return
            self._page_built(session, tabs)
            gate.set()
            if on_built is not None:
                on_built()

        self._waiting_calls = []
        if at_once:
            build_next()
        else:  # in a turn of its own, not in the one that opened the study
            QTimer.singleShot(1, build_next)

    def _view_makers(self, session: StudySession) -> dict[str, Callable[[], QWidget]]:
        from .business_register import BusinessRegisterView
        from .conflicts_view import ConflictsView
        from .duplicates_view import DuplicatesView
        from .interviews_view import InterviewsView
        from .respondents_view import RespondentsView
        from .territory_view import TerritoryView

        def businesses() -> QWidget:
            view = BusinessRegisterView(session)
            view.interview_requested.connect(self.new_interview)
            view.editor.save_elsewhere_requested.connect(self.save_study_elsewhere)
            return view

        def interviews() -> QWidget:
            view = InterviewsView(session, self.settings)
            view.form.save_elsewhere_requested.connect(self.save_study_elsewhere)
            self.undo_group.addStack(view.form.undo_stack)
            self.undo_group.setActiveStack(view.form.undo_stack)
            return view

        return {"businesses": businesses, "interview": interviews,
                "dashboard": lambda: self._make_dashboard(session),
                "respondents": lambda: RespondentsView(session),
                "io": lambda: self._make_input_output(session),
                "territory": lambda: TerritoryView(session),
                "impact": lambda: self._make_impact(session),
                "conflicts": lambda: ConflictsView(session),
                "duplicates": lambda: DuplicatesView(session)}

    def _tab_title(self, name: str, view: QWidget) -> str:
        counted = getattr(view, "tab_title", None)  # conflicts, duplicates: "Conflits (3)"
        if counted is not None:
            return str(counted())
        return {"businesses": self.tr("Businesses"), "interview": self.tr("Interviews"),
                "dashboard": self.tr("Dashboard"), "respondents": self.tr("Round-3 respondents"),
                "io": self.tr("Input-output model"), "territory": self.tr("Territory"),
                "impact": self.tr("Impact")}[name]

    def _page_built(self, session: StudySession, tabs: QTabWidget) -> None:
        for name in ("conflicts", "duplicates"):  # the title carries the count
            counted = self.views[name]
            counted.count_changed.connect(  # type: ignore[attr-defined]
                lambda _=0, n=name, v=counted: tabs.setTabText(tabs.indexOf(v),
                                                              self._tab_title(n, v)))
        tabs.currentChanged.connect(self._tab_changed)
        # Owned by the page: a page built again (a new language) does not add a second listener.
        session.on_changes(tabs, self._mark_dashboard_stale, "records")
        self.show_view(self._wanted_view)

    def _make_dashboard(self, session: StudySession) -> QWidget:
        try:  # imported here: it brings matplotlib, which the first window must not wait for
            from .dashboard import DashboardView
        except ImportError:
            placeholder = QLabel(self.tr("The dashboard is not available in this build."))
            return placeholder
        # Its analysis starts when the tab is first shown, so opening a study is not kept
        # waiting behind it on the worker.
        return DashboardView(session)

    def _make_input_output(self, session: StudySession) -> QWidget:
        try:
            from .io_view import InputOutputView
        except ImportError:
            return QLabel(self.tr("The input-output model is not available in this build."))
        return InputOutputView(session)

    def _make_impact(self, session: StudySession) -> QWidget:
        from .impact_view import ImpactView

        view = ImpactView(session)
        view.io_requested.connect(lambda: self.show_view("io"))
        return view

    def _drop_study_page(self) -> None:
        self._build_gate.set()  # a build under way stops; the worker goes on
        form = getattr(self.views.get("interview"), "form", None)
        if form is not None:
            form.flush()
            self.undo_group.removeStack(form.undo_stack)
        self._call_view("dashboard", "cancel")
        self._call_view("territory", "cancel")
        if self.study_page is not None:
            old = self.study_page
            self.pages.removeWidget(old)
            old.hide()
            # Deleted once the worker has delivered the replies its views are still waiting for
            # (tasks and replies keep their order), so no reply finds its widget gone.
            self.runner.run(lambda task: None, on_done=lambda _: old.deleteLater())
        self.study_page = None
        self.views = {}

    def close_study(self, *, forget: bool = True) -> None:
        if self.session is None:
            return
        if not self._may_leave(lambda: self.close_study(forget=forget)):
            return
        self._drop_study_page()
        self.hub.detach()
        self.writer_badge.follow(None)
        session, self.session = self.session, None
        session.close()
        gc_guard.release()  # what the study's views left in cycles can go now
        if forget:
            self.settings.clear_last_study()
        self.pages.setCurrentWidget(self.welcome)
        self._refresh_recent()
        self._update_title()
        self.statusBar().clearMessage()
        self.study_closed.emit()

    def new_study(self) -> None:
        from .new_study_dialog import NewStudyDialog

        dialog = NewStudyDialog(self.runner, self)
        dialog.accepted.connect(lambda: self._create_study(dialog.path, dialog.study()))
        dialog.open()
        self.new_study_dialog = dialog  # reachable by tests and kept alive while open

    def _create_study(self, path: Path, study: Study) -> None:
        if not self._may_leave(lambda: self._create_study(path, study)):
            return
        from .session import create_project

        self.close_study(forget=False)
        self.runner.run(lambda task: create_project(path, study),
                        on_done=lambda created: self._study_ready(path.resolve(), *created),
                        on_error=lambda error: self._open_failed(path, error))

    def choose_study(self) -> None:
        from . import file_dialogs

        chosen = file_dialogs.open_file(self, "study", self.tr("Open a study"),
                                        self.tr("Made in Local studies (*.madeinlocal)"))
        if chosen is not None:
            self.open_study(chosen)

    def open_demo(self) -> None:
        def demo(task: Any) -> Path:
            from ..project import ensure_demo

            return ensure_demo()

        self.statusBar().showMessage(self.tr("Preparing the demo study…"))
        self.runner.run(demo, on_done=self.open_study, on_error=self.banner.show_error)

    def import_file(self) -> None:
        if self.session is None:
            return
        from . import file_dialogs

        chosen = file_dialogs.open_file(self, "interchange", self.tr("Import an interchange file"),
                                        self.tr("Interchange files (*.json)"))
        if chosen is None:
            return
        session = self.session

        def imported(report: Any) -> None:
            self.statusBar().showMessage(self.tr("Imported: {summary}").format(
                summary=report.summary()), 10_000)

        session.run_long(self.tr("Importing {name}…").format(name=Path(chosen).name),
                         lambda project, task: project.exchange.import_file(chosen),
                         on_done=imported, on_error=self._show_study_error,
                         determinate=False, cancellable=False)

    def _show_study_error(self, error: BaseException) -> None:
        view = self.views.get(self.current_view() or "")
        banner = getattr(view, "banner", None)
        (banner if isinstance(banner, Banner) else self.banner).show_error(error)

    # -- views -----------------------------------------------------------------------------------

    def _view_shower(self, name: str) -> Callable[[], None]:
        return lambda: self.show_view(name)

    def current_view(self) -> str | None:
        if self.study_page is None:
            return None
        shown = self.study_page.currentWidget()
        return next((name for name, view in self.views.items() if view is shown), None)

    def show_view(self, name: str) -> None:
        if self.study_page is None or name not in VIEWS:
            return
        self._wanted_view = name  # a view still being built is shown once it is there
        view = self.views.get(name)
        if view is not None:
            self.study_page.setCurrentWidget(view)

    def _tab_changed(self) -> None:
        if self.current_view() != "dashboard" or not self._dashboard_stale:
            return
        self._dashboard_stale = False
        self._call_view("dashboard", "refresh")

    def _mark_dashboard_stale(self) -> None:
        self._dashboard_stale = True
        if self.current_view() == "dashboard":
            self._tab_changed()

    def export_results(self) -> None:
        """File → Export the results…: the dashboard's figures, all tables, to a spreadsheet."""
        if self.session is None:
            return
        self.show_view("dashboard")
        self._call_view("dashboard", "choose_export")

    def _call_view(self, name: str | None, method: str, *args: Any) -> None:
        view = self.views.get(name or "")
        if view is None and name in VIEWS and not self._build_gate.is_set():
            self._waiting_calls.append((name, method, *args))  # built in a moment
        elif view is not None and hasattr(view, method):
            getattr(view, method)(*args)

    def find_in_view(self) -> None:
        self._call_view(self.current_view(), "focus_search")

    def save(self) -> None:
        self._call_view(self.current_view(), "save")

    def new_business(self) -> None:
        self.show_view("businesses")
        self._call_view("businesses", "new_business")

    def new_interview(self, business_id: str | None) -> None:
        self.show_view("interview")
        self._call_view("interview", "new_interview", business_id)

    def mark_complete(self) -> None:
        form = getattr(self.views.get("interview"), "form", None)
        if form is not None:
            self.show_view("interview")
            form.mark_complete()

    def toggle_history(self) -> None:
        self.show_view("interview")
        self._call_view("interview", "toggle_history")

    def edit_study_settings(self) -> None:
        from .study_settings_dialog import StudySettingsDialog

        if self.session is None:
            return
        self.study_settings_dialog = StudySettingsDialog(self.session, self)
        self.study_settings_dialog.open()

    def edit_consent_wording(self) -> None:
        from .consent_dialog import ConsentDialog

        if self.session is None:
            return
        self.consent_dialog = ConsentDialog(self.session, self)
        self.consent_dialog.open()

    def compare_studies(self) -> None:
        from .comparison_window import ComparisonWindow

        first = self.session.path if self.session is not None else None
        self.comparison_window = ComparisonWindow(self.runner, first, self)
        self.comparison_window.show()

    # -- preferences, about, closing ---------------------------------------------------------------

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.language_changed.connect(self.switch_language)
        dialog.open()
        self.preferences_dialog = dialog

    def switch_language(self, choice: str) -> None:
        if not self._may_leave(lambda: self.switch_language(choice)):
            return  # the views are rebuilt: an unsaved edit must not go with the old ones
        self.translations.apply(resolve_language(choice))
        self._build()

    def show_guide(self) -> None:
        """The user guide, on the page of the view in front (F1), in the interface's language."""
        from .help_window import HelpWindow

        if self.help_window is None or self.help_window.language != self.translations.language:
            if self.help_window is not None:
                self.help_window.close()
                self.help_window.deleteLater()
            self.help_window = HelpWindow(self.translations.language, self)
        self.help_window.show_page(self.current_view())

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(self, self.tr("About Made in Local"), self.tr(
            "<b>Made in Local</b> {version}<br>Measure how much of the money spent in local "
            "shops stays in the territory (LM3 local multiplier).<br>Licence AGPL-3.0 or later."
            "<br><br>Geography: INSEE, DGCL, La Poste (Licence Ouverte 2.0). "
            "Activities: INSEE NAF rév. 2.").format(version=__version__))

    # -- edits that could not be saved -----------------------------------------------------------

    def _autosaving_forms(self) -> list[Any]:
        interview = getattr(self.views.get("interview"), "form", None)
        editor = getattr(self.views.get("businesses"), "editor", None)
        return [form for form in (interview, editor) if form is not None]

    def unsaved_forms(self) -> list[Any]:
        """Forms whose last changes are not in the file, once saving them was tried again."""
        forms = self._autosaving_forms()
        for form in forms:
            form.flush()
        if forms and self.session is not None:
            self.runner.call_sync(lambda: None)  # the saves just asked for have run
        return [form for form in forms if not form.autosaver.confirmed_on_worker()]

    def _may_leave(self, then: Callable[[], None]) -> bool:
        """True when the study can be left now; else ask, and `then` is called if the user
        saves the study elsewhere, once saving works again, or chooses to leave anyway."""
        if self.session is None or self._leaving:
            return True
        unsaved = self.unsaved_forms()
        if not unsaved:
            return True
        self._ask_about_unsaved(unsaved, then)
        return False

    def _ask_about_unsaved(self, forms: list[Any], then: Callable[[], None]) -> None:
        error = next((f.autosaver.error for f in forms if f.autosaver.error), None)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"),
                          self.tr("Your last changes could not be saved in the study file. "
                                  "They are still in the window."), parent=self)
        if error is not None:
            box.setInformativeText(str(error))
        buttons = {
            "elsewhere": box.addButton(self.tr("Save the study elsewhere…"),
                                       QMessageBox.ButtonRole.AcceptRole),
            "retry": box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.ActionRole),
            "discard": box.addButton(self.tr("Leave without these changes"),
                                     QMessageBox.ButtonRole.DestructiveRole),
            "cancel": box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole),
        }
        box.setDefaultButton(buttons["elsewhere"])
        box.setEscapeButton(buttons["cancel"])
        self.unsaved_dialog, self.unsaved_buttons = box, buttons

        def chosen(button: Any) -> None:
            choice = next(name for name, b in buttons.items() if b is button)
            self.unsaved_dialog = None
            if choice == "elsewhere":
                self.save_study_elsewhere(after=lambda: self._leave_if_saved(then))
            elif choice == "retry":
                self._leave_if_saved(then)
            elif choice == "discard":
                self._leave_anyway(then)

        box.buttonClicked.connect(chosen)
        box.open()

    def _leave_if_saved(self, then: Callable[[], None]) -> None:
        if self._may_leave(then):
            then()

    def _leave_anyway(self, then: Callable[[], None]) -> None:
        self._leaving = True
        try:
            then()
        finally:
            self._leaving = False

    def save_study_elsewhere(self, after: Callable[[], None] | None = None) -> None:
        """Copy the study to a new file the user picks and carry on there: the edits that
        could not be saved here (read-only medium, full disk) are saved in the copy."""
        session = self.session
        if session is None:
            return
        from . import file_dialogs

        target, _ = file_dialogs.save_file(self, "study", self.tr("Save the study elsewhere"),
                                           session.path.name,
                                           self.tr("Made in Local studies (*.madeinlocal)"))
        if target is None:
            return
        if target.suffix != ".madeinlocal":
            target = target.with_name(target.name + ".madeinlocal")

        def moved(path: Path) -> None:
            for form in self._autosaving_forms():
                form.flush()  # what could not be saved goes into the copy now
            self.statusBar().showMessage(self.tr("The study now lives in {path}").format(
                path=_short(path)), 15_000)
            if after is not None:
                after()

        session.continue_in_copy(target, on_done=moved, on_error=self._show_study_error)

    def _study_moved(self, path: Path) -> None:
        self.settings.add_recent(path)
        self._refresh_recent()
        self._update_title()

    def restore_backup(self) -> None:
        from .restore_dialog import RestoreDialog

        if self.session is None:
            return
        dialog = RestoreDialog(self.session, self)
        dialog.open_requested.connect(self.open_study)
        dialog.open()
        self.restore_dialog = dialog  # reachable by tests and kept alive while open

    def _close_again(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave(self._close_again):
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry())  # no docks or toolbars to restore
        self.hub.detach()
        if self.session is not None:
            self._drop_study_page()
            self.session.close()
            self.session = None
        super().closeEvent(event)


def _short(path: Path) -> str:
    """The study's path as people write it: "~/Documents/Niort.madeinlocal"."""
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)
