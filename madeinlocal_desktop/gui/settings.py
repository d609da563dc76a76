"""What the app remembers between runs (QSettings, an INI file in the user's config folder).

Tests get a fresh folder each (MADEINLOCAL_HOME), so they never see a developer's settings.
Writes that must survive a crash (the interview being typed) are synced at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

MAX_RECENT = 8


class AppSettings:
    def __init__(self, file: Path | None = None) -> None:
        file = file or paths.user_config_dir() / "madeinlocal.ini"
        self._q = QSettings(str(file), QSettings.Format.IniFormat)

    # -- studies -----------------------------------------------------------------------------

    def recent_studies(self) -> list[Path]:
        value = self._q.value("studies/recent", [])
        # An INI file gives back a one-item list as a plain string.
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(item)) for item in items if item]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_studies() if p != path]
        self._q.setValue("studies/recent", [str(p) for p in [path, *recent][:MAX_RECENT]])
        self._q.setValue("studies/last", str(path))
        self._q.sync()

    def forget_recent(self, path: Path) -> None:
        self._q.setValue("studies/recent",
                         [str(p) for p in self.recent_studies() if p != path])
        if self.last_study() == path:
            self._q.remove("studies/last")
        self._q.sync()

    def last_study(self) -> Path | None:
        value = self._q.value("studies/last", "")
        return Path(str(value)) if value else None

    def clear_last_study(self) -> None:
        """The user closed the study: next start shows the welcome screen."""
        self._q.remove("studies/last")
        self._q.sync()

    def open_interview(self, study: Path) -> str | None:
        """The interview that was on screen in that study, to bring it back after a crash."""
        value = self._q.value(f"interviews/{_key(study)}", "")
        return str(value) if value else None

    def set_open_interview(self, study: Path, interview_id: str | None) -> None:
        if interview_id:
            self._q.setValue(f"interviews/{_key(study)}", interview_id)
        else:
            self._q.remove(f"interviews/{_key(study)}")
        self._q.sync()

    # -- preferences -------------------------------------------------------------------------

    def language(self) -> str:
        """"fr", "en", or "" to follow the system."""
        return str(self._q.value("ui/language", ""))

    def set_language(self, code: str) -> None:
        self._q.setValue("ui/language", code)
        self._q.sync()

    def theme(self) -> str:
        """"light", "dark", or "" to follow the system."""
        return str(self._q.value("ui/theme", ""))

    def set_theme(self, name: str) -> None:
        self._q.setValue("ui/theme", name)
        self._q.sync()

    def system_theme_seen(self) -> str:
        """The system's colour scheme when last asked ("light", "dark"; "" if never)."""
        return str(self._q.value("ui/system_theme", ""))

    def set_system_theme_seen(self, name: str) -> None:
        if name != self.system_theme_seen():
            self._q.setValue("ui/system_theme", name)
            self._q.sync()

    def surveyor(self) -> str:
        return str(self._q.value("interviews/surveyor_name", ""))

    def set_surveyor(self, name: str) -> None:
        self._q.setValue("interviews/surveyor_name", name.strip())
        self._q.sync()

    def reopen_last(self) -> bool:
        return str(self._q.value("studies/reopen_last", "true")).lower() == "true"

    def set_reopen_last(self, value: bool) -> None:
        self._q.setValue("studies/reopen_last", "true" if value else "false")
        self._q.sync()

    def backup_days(self) -> int:
        """How many days of automatic copies of each study to keep."""
        try:
            return max(1, min(365, int(str(self._q.value("studies/backup_days", "7")))))
        except ValueError:
            return 7

    def set_backup_days(self, days: int) -> None:
        self._q.setValue("studies/backup_days", str(max(1, min(365, days))))
        self._q.sync()

    # -- file dialogs ------------------------------------------------------------------------

    def last_folder(self, kind: str) -> Path | None:
        """The folder last chosen in a file dialog for this kind of file (gui/file_dialogs.py)."""
        value = self._q.value(f"folders/{kind}", "")
        return Path(str(value)) if value else None

    def set_last_folder(self, kind: str, folder: Path) -> None:
        self._q.setValue(f"folders/{kind}", str(folder))
        self._q.sync()

    # -- window ------------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.sync()


def _key(study: Path) -> str:
    # INI keys cannot hold slashes; a study is known by its absolute path.
    return str(study.resolve()).replace("/", "|").replace("\\", "|")
