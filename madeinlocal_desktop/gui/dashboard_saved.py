"""Saved scenarios in the dashboard's what-if panel: keep the sliders under a name, load one
back, delete one, and compare two side by side (issue 13 §3, issue 14 §1).

Every call to the study (`project.scenarios`) runs on the worker that owns it; the figures shown
for a saved scenario are those of `Project.scenarios.run`: its LM3, the euros it keeps locally
and, when the study's input-output model is set, its jobs, income and value added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..analysis.scenario_impact import ScenarioSpec
from ..domain.changes import split_result
from ..errors import UserFacingError
from . import theme
from .dashboard_format import Numbers, named
from .tasks import TaskRunner

if TYPE_CHECKING:
    from ..project import Project
    from .session import StudySession


def _saved_figures(project: Project, name: str) -> dict[str, Any]:
    """On the worker: the scenario, its result, and whether it has input-output effects (as
    the sliders' figures, from the study's model or, until one is set, the national table)."""
    spec = project.scenarios.get(name)
    result = project.scenarios.run(spec.name)
    return {"spec": spec, "result": result, "io": result.get("jobs") is not None}


class SavedScenarios(QWidget):
    """A list of the study's saved scenarios with Save, Delete and Compare beside it."""

    loaded = Signal(object)  # the ScenarioSpec chosen in the list
    listChanged = Signal()  # the names on offer changed (after a save or a delete)
    exportRequested = Signal()  # the saved scenarios' table to a spreadsheet

    def __init__(self, runner: TaskRunner, numbers: Numbers,
                 current: Callable[[], ScenarioSpec | None],
                 parent: QWidget | None = None, *, session: StudySession | None = None) -> None:
        super().__init__(parent)
        self._runner, self._numbers, self._current = runner, numbers, current
        self._session = session  # broadcasts what a save or a delete changed
        self.project: Project | None = None
        self.figures: dict[str, Any] | None = None  # the loaded scenario's, as _saved_figures
        self.dialog: ScenarioCompareDialog | None = None
        self.names: list[str] = []
        self.choice = named(QComboBox(), "savedScenarios")
        self.choice.setMinimumContentsLength(14)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setToolTip(self.tr("Scenarios kept in the study file"))
        self.save_button = named(QToolButton(), "saveScenario")
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Keep the current sliders as a named scenario"))
        self.delete_button = named(QToolButton(), "deleteScenario")
        self.delete_button.setText(self.tr("Delete"))
        self.compare_button = named(QToolButton(), "compareScenarios")
        self.compare_button.setText(self.tr("Compare…"))
        self.summary = named(QLabel(), "savedSummary")
        self.summary.setWordWrap(True)
        self.summary.hide()  # shown with a loaded scenario's figures
        self.error = named(QLabel(), "savedError")
        self.error.setWordWrap(True)
        theme.set_role(self.error, "alert")
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice, 1)
        for button in (self.save_button, self.delete_button, self.compare_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self.choice.activated.connect(self._chosen)
        self.save_button.clicked.connect(self._ask_name)
        self.delete_button.clicked.connect(self._ask_delete)
        self.compare_button.clicked.connect(self._open_compare)
        self._show_names([])

    # -- the study -------------------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.figures = None
        self._summarise("")
        self._say("")
        self.reload()

    def reload(self, select: str | None = None) -> None:
        project = self.project
        if project is None:
            self._show_names([])
            return
        self._run(lambda task: project.scenarios.names(),
                  lambda names: self._show_names(names, select))

    def _show_names(self, names: list[str], select: str | None = None) -> None:
        self.names = list(names)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Saved scenarios ({count})").format(count=len(names)), None)
        for name in names:
            self.choice.addItem(name, name)
        index = self.choice.findData(select) if select else -1
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)
        self.save_button.setEnabled(self.project is not None)
        self.delete_button.setEnabled(bool(names))
        self.compare_button.setEnabled(len(names) >= 2)
        self.listChanged.emit()

    def selected(self) -> str | None:
        data = self.choice.currentData()
        return None if data is None else str(data)

    # -- actions (the buttons ask, these do: tests call them directly) ----------------------

    def save_current(self, name: str, *, replace: bool = False) -> None:
        """Keep the sliders' scenario under `name`; a refusal is shown under the list."""
        project, spec = self.project, self._current()
        if project is None or spec is None:
            return
        named_spec = ScenarioSpec(spec.shifts, spec.respend_share, name)

        def saved(result: ScenarioSpec) -> None:
            self._say("")
            self.reload(select=result.name)
            self.load(result.name)

        self._run(lambda task: project.scenarios.save(named_spec, replace=replace), saved)

    def load(self, name: str) -> None:
        project = self.project
        if project is None:
            return
        self._run(lambda task: _saved_figures(project, name), self._show_figures)

    def delete(self, name: str) -> None:
        project = self.project
        if project is None:
            return

        def deleted(_: Any) -> None:
            self.figures = None
            self._summarise("")
            self.reload()

        self._run(lambda task: project.scenarios.delete(name), deleted)

    def compare(self, first: str, second: str) -> None:
        project = self.project
        if project is None:
            return

        def arrived(found: tuple[dict[str, Any], bool]) -> None:
            result, io = found
            if self.dialog is None or not isValid(self.dialog):
                self.dialog = ScenarioCompareDialog(self._numbers, self.names, self.compare,
                                                    parent=self)
                self.dialog.export_button.clicked.connect(self.exportRequested)
            self.dialog.show_result(result, io=io)
            self.dialog.show()

        def both(task: Any) -> tuple[dict[str, Any], bool]:
            found = project.scenarios.compare(first, second)
            return found, found["a"].get("jobs") is not None

        self._run(both, arrived)

    # -- showing ---------------------------------------------------------------------------

    def _show_figures(self, figures: dict[str, Any]) -> None:
        self._say("")
        self.figures = figures
        text = self.figures_text(figures["result"], io=figures["io"])
        count = len(figures["spec"].shifts)
        if count > 1:  # the sliders show its first category only
            text = self.tr("Its {count} categories together:").format(count=count) + " " + text
        self._summarise(text)
        self.loaded.emit(figures["spec"])

    def figures_text(self, result: dict[str, Any], *, io: bool) -> str:
        n = self._numbers
        text = self.tr("LM3 {after} (today {before}) · {kept} kept locally per year").format(
            after=n.decimal(result["lm3_after"], 3), before=n.decimal(result["lm3_before"], 3),
            kept=n.euros(result["extra_local_euros"], signed=True))
        if io:
            text += "\n" + self.tr("{jobs} jobs, {income} of income, {value} of value added "
                                   "in the territory").format(
                jobs=n.decimal(result["jobs"] or 0.0, 1), income=n.euros(result["income"]),
                value=n.euros(result["value_added"]))
        return text

    def _summarise(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _run(self, work: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if isValid(self):
                    callback(value)
            return deliver

        def failed(error: BaseException) -> None:
            if isinstance(error, UserFacingError):
                self._say(str(error))
            else:
                self._say(self.tr("Unexpected error: {error}").format(error=error))

        if self._session is not None:
            self._session.run(lambda _project: work(None), on_done=alive(done),
                              on_error=alive(failed))
            return
        self._runner.run(work, on_done=alive(lambda result: done(split_result(result)[0])),
                         on_error=alive(failed))

    # -- the buttons -----------------------------------------------------------------------

    def _chosen(self, index: int) -> None:
        name = self.choice.itemData(index)
        if name is not None:
            self.load(str(name))

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save the scenario"),
                                        self.tr("Name of the scenario:"),
                                        QLineEdit.EchoMode.Normal, self.selected() or "")
        if not ok or not name.strip():
            return
        taken = name.strip().casefold() in {n.casefold() for n in self.names}
        if taken and QMessageBox.question(
                self, self.tr("Save the scenario"),
                self.tr("A scenario is already called “{name}”. Replace it?").format(
                    name=name.strip())) != QMessageBox.StandardButton.Yes:
            return
        self.save_current(name, replace=taken)

    def _ask_delete(self) -> None:
        name = self.selected()
        if name is None:
            self._say(self.tr("Choose a saved scenario in the list first."))
            return
        if QMessageBox.question(self, self.tr("Delete the scenario"),
                                self.tr("Delete the scenario “{name}”?").format(name=name)
                                ) == QMessageBox.StandardButton.Yes:
            self.delete(name)

    def _open_compare(self) -> None:
        if len(self.names) < 2:
            return
        first = self.selected() or self.names[0]
        second = next(n for n in self.names if n != first)
        self.compare(first, second)


class ScenarioCompareDialog(QDialog):
    """Two saved scenarios side by side: their LM3, euros kept and effects, and B − A."""

    def __init__(self, numbers: Numbers, names: list[str],
                 compare: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two scenarios"))
        self._numbers, self._compare = numbers, compare
        self.first = named(QComboBox(), "compareFirst")
        self.second = named(QComboBox(), "compareSecond")
        for box in (self.first, self.second):
            box.addItems(names)
            box.activated.connect(self._changed)
        self.table = named(QTableWidget(0, 4), "scenarioComparison")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.note = named(QLabel(), "comparisonNote")
        self.note.setWordWrap(True)
        choose = QHBoxLayout()
        choose.addWidget(QLabel("A"))
        choose.addWidget(self.first, 1)
        choose.addWidget(QLabel("B"))
        choose.addWidget(self.second, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.export_button = named(buttons.addButton(
            self.tr("Export the scenarios…"), QDialogButtonBox.ButtonRole.ActionRole),
            "exportScenarios")
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _changed(self, *_: Any) -> None:
        self._compare(self.first.currentText(), self.second.currentText())

    def rows(self, result: dict[str, Any], *, io: bool) -> list[tuple[str, str, str, str]]:
        n = self._numbers
        a, b, d = result["a"], result["b"], result["difference"]

        def lm3(v: float) -> str:
            return n.decimal(v, 3)

        def jobs(v: float) -> str:
            return n.decimal(v, 1)

        def signed(v: float | None, show: Callable[[float], str]) -> str:
            if v is None:
                return "—"
            return ("+" if v >= 0 else "") + show(v)

        measures: list[tuple[str, str, Callable[[float], str]]] = [
            (self.tr("LM3 today"), "lm3_before", lm3),
            (self.tr("LM3 after"), "lm3_after", lm3),
            (self.tr("Extra kept locally (round 2, per year)"), "extra_local_euros", n.euros),
            (self.tr("Extra kept locally (with round 3, per year)"), "extra_local_euros_r2_r3",
             n.euros)]
        if io:
            measures += [(self.tr("Jobs"), "jobs", jobs),
                         (self.tr("Income (wages and salaries)"), "income", n.euros),
                         (self.tr("Value added"), "value_added", n.euros)]
        return [(label, show(a[key]) if a.get(key) is not None else "—",
                 show(b[key]) if b.get(key) is not None else "—", signed(d.get(key), show))
                for label, key, show in measures]

    def show_result(self, result: dict[str, Any], *, io: bool) -> None:
        a, b = result["a"]["scenario"]["name"], result["b"]["scenario"]["name"]
        for box, name in ((self.first, a), (self.second, b)):
            box.setCurrentIndex(max(box.findText(name), 0))
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), f"A · {a}", f"B · {b}",
                                              "B − A"])
        rows = self.rows(result, io=io)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.note.setText("" if io else self.tr(
            "Jobs, income and value added appear once the study's input-output model is set "
            "(Input-output model tab)."))
