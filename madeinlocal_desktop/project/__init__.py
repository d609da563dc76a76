"""The facade: `Project(path)` and its managers, what the GUI, the CLI and the tests use.

`facade.py` holds `Project`; each manager has its module (`businesses.py`, `interviews.py`,
`respondents.py`, `analysis.py`, `input_output.py`, `exchange.py`, `sync.py`); `reference.py`
and `demo.py` serve front ends that must not reach below this layer.

Names are imported on first use (PEP 562): `from ..project import commune_name` must not bring
in sqlite-utils, pandas and cryptography with the facade, which a command's `--help` and the
first window do not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..domain.io_settings import IOSettings
    from ..exchange.exports import CsvDialect, ExportFormat, ExportResult
    from ..storage.backups import CopySummary
    from ..sync.bundles import BundleInfo
    from ..sync.conflicts import Conflict, ConflictOption
    from ..sync.duplicates import PossibleDuplicate, ShopSummary
    from ..sync.folder_sync import FolderSyncResult
    from ..sync.replication import Counts, Rejection
    from ..sync.study_bundles import BundleReport
    from .backups import DEFAULT_KEEP_DAYS, Backups
    from .base import Manager, Progress, ShouldCancel
    from .demo import demo_path, ensure_demo
    from .exchange import Exchange, ImportReport
    from .facade import Project, create_from_data, kit_is_protected, study_file_from_kit
    from .impact import Impact, compare_studies, export_comparison
    from .privacy import ERASED_NAME, Privacy
    from .reference import (
        Commune,
        Epci,
        commune_name,
        naf_subclasses,
        reference_communes,
        reference_epcis,
    )
    from .sync import Sync

_HOMES = {
    "Backups": "madeinlocal_desktop.project.backups",
    "BundleInfo": "madeinlocal_desktop.sync.bundles",
    "BundleReport": "madeinlocal_desktop.sync.study_bundles",
    "Commune": "madeinlocal_desktop.project.reference",
    "Conflict": "madeinlocal_desktop.sync.conflicts",
    "ConflictOption": "madeinlocal_desktop.sync.conflicts",
    "CopySummary": "madeinlocal_desktop.storage.backups",
    "Counts": "madeinlocal_desktop.sync.replication",
    "CsvDialect": "madeinlocal_desktop.exchange.exports",
    "DEFAULT_KEEP_DAYS": "madeinlocal_desktop.project.backups",
    "ERASED_NAME": "madeinlocal_desktop.project.privacy",
    "Epci": "madeinlocal_desktop.project.reference",
    "Exchange": "madeinlocal_desktop.project.exchange",
    "ExportFormat": "madeinlocal_desktop.exchange.exports",
    "ExportResult": "madeinlocal_desktop.exchange.exports",
    "FolderSyncResult": "madeinlocal_desktop.sync.folder_sync",
    "IOSettings": "madeinlocal_desktop.domain.io_settings",
    "Impact": "madeinlocal_desktop.project.impact",
    "ImportReport": "madeinlocal_desktop.project.exchange",
    "Manager": "madeinlocal_desktop.project.base",
    "PossibleDuplicate": "madeinlocal_desktop.sync.duplicates",
    "Privacy": "madeinlocal_desktop.project.privacy",
    "Progress": "madeinlocal_desktop.project.base",
    "Project": "madeinlocal_desktop.project.facade",
    "Rejection": "madeinlocal_desktop.sync.replication",
    "ShopSummary": "madeinlocal_desktop.sync.duplicates",
    "ShouldCancel": "madeinlocal_desktop.project.base",
    "Sync": "madeinlocal_desktop.project.sync",
    "commune_name": "madeinlocal_desktop.project.reference",
    "compare_studies": "madeinlocal_desktop.project.impact",
    "create_from_data": "madeinlocal_desktop.project.facade",
    "demo_path": "madeinlocal_desktop.project.demo",
    "ensure_demo": "madeinlocal_desktop.project.demo",
    "export_comparison": "madeinlocal_desktop.project.impact",
    "kit_is_protected": "madeinlocal_desktop.project.facade",
    "naf_subclasses": "madeinlocal_desktop.project.reference",
    "reference_communes": "madeinlocal_desktop.project.reference",
    "reference_epcis": "madeinlocal_desktop.project.reference",
    "study_file_from_kit": "madeinlocal_desktop.project.facade",
}

__all__ = [
    "DEFAULT_KEEP_DAYS",
    "ERASED_NAME",
    "Backups",
    "BundleInfo",
    "BundleReport",
    "Commune",
    "Conflict",
    "ConflictOption",
    "CopySummary",
    "Counts",
    "CsvDialect",
    "Epci",
    "Exchange",
    "ExportFormat",
    "ExportResult",
    "FolderSyncResult",
    "IOSettings",
    "Impact",
    "ImportReport",
    "Manager",
    "PossibleDuplicate",
    "Privacy",
    "Progress",
    "Project",
    "Rejection",
    "ShopSummary",
    "ShouldCancel",
    "Sync",
    "commune_name",
    "compare_studies",
    "create_from_data",
    "demo_path",
    "ensure_demo",
    "export_comparison",
    "kit_is_protected",
    "naf_subclasses",
    "reference_communes",
    "reference_epcis",
    "study_file_from_kit",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
