"""The study report and the shop feedback sheets as PDF (fpdf2), without Qt.

The facade (`Project.report`, `Project.shop_sheets`) gathers the figures with the same calls as
`analyse --format json`; this package only lays them out, in French or English.
"""

from .shop_sheet import write_shop_sheets
from .study_report import ReportInputs, write_report

__all__ = ["ReportInputs", "write_report", "write_shop_sheets"]
