"""Light or dark: the palette, and the one stylesheet (resources/style.qss) that reads it.

Neutral colours in the stylesheet are palette roles; what a colour *means* (an error, a warning,
a fictitious figure, a good number) is a tone chosen for the palette's lightness, so a system
palette that is dark gets the dark tones too. Views never write colours: they give a label a role
(`set_role`), and item models ask `colour()` for a tone.
"""

from __future__ import annotations

from collections.abc import Callable
from string import Template

from PySide6 import QtCore
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from .. import paths

THEMES = ("light", "dark")

# Each pair: (light, dark). Text tones have a contrast of at least 4.5 on their background and on
# the palette's window; tests/gui/test_theme.py measures it.
TONES: dict[str, tuple[str, str]] = {
    "error_text": ("#b3261e", "#f2a7a1"),
    "error_bg": ("#fdecea", "#4a1f1c"),
    "error_border": ("#c0392b", "#d9695d"),
    "error_banner_text": ("#5b1a13", "#fbdad6"),
    "warning_text": ("#8a5a00", "#f0c36b"),
    "warning_bg": ("#fff4d6", "#3f3212"),
    "warning_border": ("#c98a00", "#b58a2a"),
    "warning_banner_text": ("#4d3800", "#ffe8b0"),
    "info_bg": ("#e8f1fb", "#1c2f45"),
    "info_border": ("#2f6db5", "#5f93d1"),
    "info_banner_text": ("#12345c", "#d6e6fa"),
    "fictitious_bg": ("#fff3cd", "#3d3410"),
    "fictitious_border": ("#ffe69c", "#8a6d1c"),
    "fictitious_text": ("#664d03", "#ffe69c"),
    "positive": ("#00694c", "#6fd3a8"),
    "chip_bg": ("#e8eef5", "#34404e"),
    "section_bg": ("#eef3f1", "#2c3633"),
    "editable_bg": ("#fff8dc", "#3a3420"),
}

# Secondary text (notes, captions, "saved at"): the window text faded this far towards the
# window (light, dark). Less on dark palettes, where Fusion draws tab pages and group boxes
# lighter than the window: the contrast stays above 4.5 on those too.
_SECONDARY_FADE = (0.35, 0.22)

_DARK = {  # role → colour of the dark palette (Fusion draws it on every platform)
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#292929",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#363636",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#5c5c5c",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f6db5",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#8a8a8a",
    QPalette.ColorRole.Text: "#8a8a8a",
    QPalette.ColorRole.ButtonText: "#8a8a8a",
}

_current: dict[str, str] = {}
_native_style: list[str] = []  # the platform's style, before a theme replaced it


class _Choice:  # a plain class: importing `dataclasses` costs ~3 ms of start-up
    def __init__(self) -> None:
        self.theme = ""  # "light", "dark", or "" to follow the system
        self.system = ""  # the system's scheme, as last known ("" before it is first asked)
        self.following = False  # listening to the system's changes


_choice = _Choice()


def system_theme() -> str:
    """The system's colour scheme, asked now.

    Asking takes ~30 ms the first time: the answer is a value of the `Qt` namespace, which
    PySide builds whole when it is first used. Start-up does without it (`choose`)."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == QtCore.Qt.ColorScheme.Dark else "light"


def choose(app: QApplication, name: str | None, *, system: str | None = None) -> None:
    """Apply the theme chosen ("light", "dark"; anything else follows the system).

    `system` is the system's scheme if known without asking: at start-up, the one seen at the
    last run, so that the first paint need not wait for `system_theme`; `follow_system` checks
    it once the window has painted."""
    _choice.theme = name if name in THEMES else ""
    if system in THEMES:
        _choice.system = system
    elif not _choice.system:
        _choice.system = system_theme()
    apply(app, _choice.theme or _choice.system, _choice.system)


def follow_system(app: QApplication, remember: Callable[[str], object]) -> None:
    """Check the system's scheme now and whenever it changes: apply the theme again if it is
    not the one assumed, and `remember` the scheme for the next start-up."""
    def check() -> None:
        seen = system_theme()
        remember(seen)
        if seen != _choice.system:
            _choice.system = seen
            apply(app, _choice.theme or seen, seen)

    check()
    if not _choice.following:
        _choice.following = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: check())


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tones(palette: QPalette) -> dict[str, str]:
    """The stylesheet's ${names} for this palette."""
    index = 1 if is_dark(palette) else 0
    chosen = {name: pair[index] for name, pair in TONES.items()}
    chosen["secondary"] = _mix(palette.color(QPalette.ColorRole.WindowText),
                               palette.color(QPalette.ColorRole.Window),
                               _SECONDARY_FADE[index])
    return chosen


def stylesheet(palette: QPalette) -> str:
    source = paths.resource("style.qss").read_text(encoding="utf-8")
    return Template(source).substitute(tones(palette))


def apply(app: QApplication, theme: str, system: str | None = None) -> None:
    """Give the application the theme's palette and the stylesheet made for it.

    Light keeps the platform's own style and palette unless the platform itself is dark; dark
    (or light on a dark system) uses Fusion, the one style that draws any palette faithfully.
    `system` is the system's scheme, if known (else it is asked).
    """
    if theme == "dark" or (system if system in THEMES else system_theme()) == "dark":
        if not _native_style:  # asked only now: wrapping the style costs ~20 ms at start-up
            _native_style.append(app.style().objectName())
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    elif _native_style and (app.style().objectName() != _native_style[0]
                            or is_dark(app.palette())):
        app.setStyle(QStyleFactory.create(_native_style[0]))  # back from dark, live
        app.setPalette(QPalette())  # the platform's own
    _current.clear()
    _current.update(tones(app.palette()))
    app.setStyleSheet(stylesheet(app.palette()))


def colour(name: str) -> QColor:
    """A tone of the theme in use, for item models (backgrounds and text of table cells)."""
    if not _current:
        _current.update(tones(QGuiApplication.palette()))
    return QColor(_current[name])


def set_role(widget: QWidget, role: str) -> None:
    """Style `widget` as `role` (resources/style.qss), also when the role changes later."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    _repolish(widget)


def set_level(widget: QWidget, level: str) -> None:
    """The level property of a banner ("error", "warning", "info" or "")."""
    widget.setProperty("level", level)
    _repolish(widget)


def _repolish(widget: QWidget) -> None:
    # A dynamic property is matched when a widget is polished: polish it again, children too
    # (one not polished yet reads the property when first shown).
    if not widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_WState_Polished):
        return
    for target in [widget, *widget.findChildren(QWidget)]:
        style = target.style()
        style.unpolish(target)
        style.polish(target)


def _mix(front: QColor, back: QColor, fade: float) -> str:
    def channel(a: int, b: int) -> int:
        return round(a + (b - a) * fade)

    return QColor(channel(front.red(), back.red()), channel(front.green(), back.green()),
                  channel(front.blue(), back.blue())).name()


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21; 4.5 is the floor for body text)."""
    def luminance(c: QColor) -> float:
        def linear(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
