"""The feedback sheet of an interviewed shop: one A4 page with its own figures only."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..analysis.chart_format import format_euros, format_number, format_percent
from ..analysis.shop_feedback import MIN_SECTOR, SHIFT, ShopFeedback
from ..domain import Study
from ..errors import Cancelled
from .document import GREY, Document
from .study_report import format_date
from .texts import text


@dataclass(frozen=True)
class Sheet:
    name: str  # the shop's name, the only one on its page
    feedback: ShopFeedback


def _page(doc: Document, sheet: Sheet, study: Study, territory: tuple[float, float],
          labels: Mapping[str, str], written: date) -> None:
    lang = doc.lang

    def t(key: str, **values: object) -> str:
        return text(lang, key, **values)

    shop = sheet.feedback
    doc.add_page()
    doc.paragraph(t("sheet_title"), size=12, colour=GREY, after=2)
    doc.paragraph(sheet.name, size=20, bold=True, after=4)
    doc.paragraph(t("sheet_intro", study=study.name, year=study.fiscal_year), after=5)
    sector = (t("sheet_sector", n=shop.sector_n) if shop.sector_lm3 is not None
              else t("sheet_sector_few", n=MIN_SECTOR))
    doc.grid(["", t("sheet_you"), sector, t("sheet_territory")], [
        ["LM3", format_number(shop.lm3, 3, lang), format_number(shop.sector_lm3, 3, lang),
         format_number(territory[0], 3, lang)],
        [t("sheet_local_share"), format_percent(shop.recirculation, lang),
         format_percent(shop.sector_recirculation, lang), format_percent(territory[1], lang)],
    ], widths=(44, 36, 56, 38), size=9.5)
    doc.key_figure(format_euros(shop.lm3 * 100, lang, 0),
                   t("sheet_lm3_text", value=format_euros(shop.lm3 * 100, lang, 0)))
    doc.ln(2)
    doc.paragraph(t("sheet_leaks"), size=12, bold=True, after=2)
    if not shop.leaks:
        doc.paragraph(t("sheet_no_leak"))
    else:
        doc.grid([t("sheet_col_category"), t("sheet_col_outside"),
                  t("sheet_col_gain").replace("10 %", format_percent(SHIFT, lang, 0))
                  .replace("10%", format_percent(SHIFT, lang, 0))],
                 [[labels.get(leak.category, leak.category), format_euros(leak.outside, lang),
                   t("sheet_gain", euros=format_euros(leak.gain, lang))]
                  for leak in shop.leaks], widths=(74, 40, 60), size=9.5)
        doc.paragraph(t("sheet_shift", before=format_number(shop.lm3, 3, lang),
                        after=format_number(shop.lm3_after, 3, lang),
                        euros=format_euros(shop.gain, lang)), after=6)
    doc.paragraph(t("sheet_footer", date=format_date(written, lang)), size=8.5, colour=GREY)


def write_shop_sheets(sheets: Sequence[Sheet], targets: Sequence[Path], *, study: Study,
                      territory: tuple[float, float], lang: str = "fr",
                      written: date | None = None,
                      progress: Callable[[float], None] | None = None,
                      should_cancel: Callable[[], bool] | None = None) -> list[Path]:
    """All sheets in `targets[0]`, or (as many targets as sheets) one file per shop.
    `territory`: the study's headline LM3 and recirculation share."""
    labels = {c.code: (c.label_fr if lang == "fr" else c.label_en) or c.code
              for c in study.categories}
    written = written or date.today()
    one_each = len(targets) == len(sheets) and len(targets) > 1
    doc: Document | None = None
    for index, sheet in enumerate(sheets):
        if should_cancel is not None and should_cancel():
            raise Cancelled("shop sheets cancelled")
        if doc is None:
            doc = Document(lang, fictitious=study.fictitious, footer_left=study.name[:80],
                           numbered=False)
            doc.set_title(sheet.name if one_each else study.name)
            doc.set_creator("Made in Local")
        _page(doc, sheet, study, territory, labels, written)
        if one_each:
            targets[index].write_bytes(bytes(doc.output()))
            doc = None
        if progress is not None:
            progress((index + 1) / len(sheets))
    if doc is not None:
        targets[0].write_bytes(bytes(doc.output()))
    return list(targets)
