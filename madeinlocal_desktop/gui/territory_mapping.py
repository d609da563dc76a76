"""The column-mapping step of a register file that is not in the SIRENE layout: which column
holds the SIRET, the commune, the NAF code... Guessed from the column names, chosen by hand."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

REQUIRED = ("siret", "commune", "naf")
SHOWN = ("siret", "commune", "naf", "state", "size_code", "usual_name", "legal_name",
         "head_office", "legal_category", "ess", "street_number", "street_type", "street",
         "postal_code")
# Words a column name may contain for each field (lower case, without accents).
HINTS = {
    "siret": ("siret",), "commune": ("commune", "insee", "codgeo"), "naf": ("naf", "ape"),
    "state": ("etat", "state", "actif"), "size_code": ("tranche", "effectif"),
    "usual_name": ("enseigne", "usuel", "nom"), "legal_name": ("raison", "denomination"),
    "head_office": ("siege",), "legal_category": ("juridique",), "ess": ("ess",),
    "street_number": ("numero",), "street_type": ("type",), "street": ("voie", "rue"),
    "postal_code": ("postal", "cp"),
}


def _key(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class ColumnMappingDialog(QDialog):
    def __init__(self, columns: Sequence[str], fields: Mapping[str, str], file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of {name}").format(name=file_name))
        labels = {
            "siret": self.tr("SIRET (required)"), "commune": self.tr("Commune code (required)"),
            "naf": self.tr("NAF / APE code (required)"),
            "state": self.tr("Administrative state (A active, F closed)"),
            "size_code": self.tr("Employee-size code"), "usual_name": self.tr("Usual name"),
            "legal_name": self.tr("Company name"), "head_office": self.tr("Head office"),
            "legal_category": self.tr("Legal category"), "ess": self.tr("ESS flag (O/N)"),
            "street_number": self.tr("Street number"), "street_type": self.tr("Street type"),
            "street": self.tr("Street"), "postal_code": self.tr("Postal code"),
        }
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        used: set[str] = set()
        for name in SHOWN:
            if name not in fields:
                continue
            combo = QComboBox()
            combo.addItem(self.tr("— not in the file —"), None)
            for column in columns:
                combo.addItem(column, column)
            guess = self._guess(name, columns, fields[name], used)
            if guess is not None:
                used.add(guess)
                combo.setCurrentIndex(combo.findData(guess))
            combo.currentIndexChanged.connect(self._update)
            self.combos[name] = combo
            form.addRow(labels.get(name, name), combo)
        intro = QLabel(self.tr("This file is not in the SIRENE layout: say which of its columns "
                               "holds each piece of information. Without a state column every "
                               "establishment is taken as active; without a size column, as "
                               "having declared no staff."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    @staticmethod
    def _guess(name: str, columns: Sequence[str], sirene: str, used: set[str]) -> str | None:
        for column in columns:
            if column == sirene:
                return column
        for column in columns:
            if column not in used and any(h in _key(column) for h in HINTS.get(name, ())):
                return column
        return None

    def _update(self, *_: object) -> None:
        ready = all(self.combos[n].currentData() is not None for n in REQUIRED
                    if n in self.combos)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items()
                if combo.currentData() is not None}
