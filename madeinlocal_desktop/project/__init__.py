"""The facade: `Project(path)` and its managers, what the GUI, the CLI and the tests use.

`facade.py` holds `Project`; each manager has its module (`businesses.py`, `interviews.py`,
`respondents.py`, `analysis.py`, `input_output.py`, `exchange.py`, `sync.py`); `reference.py`
and `demo.py` serve front ends that must not reach below this layer.
"""

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
