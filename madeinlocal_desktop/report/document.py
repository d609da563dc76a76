"""An A4 PDF page layout for the report and the shop sheets, over fpdf2.

Text is set in DejaVu Sans, regular and bold (the two faces the bundle keeps), embedded as
subsets; charts are the dashboard's matplotlib figures saved as SVG with their text left as text,
so they stay sharp, searchable and in the same embedded font.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import matplotlib
from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.backends.backend_svg import FigureCanvasSVG, RendererSVG
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from .texts import text

FAMILY = "DejaVu Sans"  # the name matplotlib writes in its SVG, so chart text finds the font
GREEN = (0, 122, 90)
RED = (190, 40, 20)
GREY = (100, 100, 100)
LIGHT = (236, 242, 239)
MARGIN = 18.0  # mm
ShouldStop = Callable[[], None]


def font_files() -> dict[str, Path]:
    """DejaVu Sans regular and bold, as shipped with matplotlib (source, wheel and bundle)."""
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return {"": folder / "DejaVuSans.ttf", "B": folder / "DejaVuSans-Bold.ttf"}


class Document(FPDF):
    """Pages with a footer (page n / total) and, for the demo, "DONNÉES FICTIVES" on each."""

    def __init__(self, lang: str, *, fictitious: bool, footer_left: str = "",
                 numbered: bool = True) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.lang = lang
        self.fictitious = fictitious
        self.footer_left = footer_left
        self.numbered = numbered
        for style, path in font_files().items():
            self.add_font(FAMILY, style, str(path))
        self.set_margins(MARGIN, MARGIN + 4, MARGIN)
        self.set_auto_page_break(True, MARGIN)
        self.set_font(FAMILY, size=10)
        self.set_text_shaping(False)
        self.set_lang(lang)
        self.c_margin = 1.2

    # -- every page ------------------------------------------------------------------------------

    def header(self) -> None:
        if not self.fictitious:
            return
        self.set_xy(MARGIN, 7)
        self.set_font(FAMILY, "B", 9)
        self.set_text_color(*RED)
        self.cell(self.epw, 5, text(self.lang, "fictitious"), align=Align.C)
        self.set_text_color(0, 0, 0)
        self.set_xy(MARGIN, self.t_margin)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*GREY)
        if self.footer_left:
            self.cell(self.epw * 0.7, 5, self.footer_left)
        if self.numbered:
            self.set_x(MARGIN + self.epw * 0.7)
            self.cell(self.epw * 0.3, 5, text(self.lang, "page", page=self.page_no(),
                                              pages="{nb}"), align=Align.R)
        self.set_text_color(0, 0, 0)

    # -- text ------------------------------------------------------------------------------------

    def heading(self, title: str, level: int = 0, *, new_page: bool = False) -> None:
        """A section title, listed in the table of contents and the PDF's outline."""
        if new_page and (self.page == 0 or self.get_y() > self.t_margin + 0.5):
            self.add_page()  # (a page just begun, e.g. after the contents, is used as it is)
        else:
            self.room(22 if level == 0 else 16)
        self.start_section(title, level=level)
        size = 16 if level == 0 else 12
        self.set_font(FAMILY, "B", size)
        self.set_text_color(*(GREEN if level == 0 else (0, 0, 0)))
        self.multi_cell(self.epw, size * 0.5, title, align=Align.L,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2 if level else 3)

    def paragraph(self, body: str, *, size: float = 10, bold: bool = False,
                  colour: tuple[int, int, int] = (0, 0, 0), after: float = 2.5) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        self.set_text_color(*colour)
        self.multi_cell(self.epw, size * 0.5, body, align=Align.L,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(self, items: Sequence[str], *, size: float = 10) -> None:
        self.set_font(FAMILY, "", size)
        for item in items:
            self.set_x(MARGIN + 2)
            self.cell(4, size * 0.5, "•")
            self.multi_cell(self.epw - 6, size * 0.5, item, align=Align.L,
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1)
        self.ln(1.5)

    def key_figure(self, value: str, caption: str) -> None:
        """A large number with its caption, in a tinted box."""
        self.room(24)
        top = self.get_y()
        self.set_fill_color(*LIGHT)
        self.rect(MARGIN, top, self.epw, 20, style="F")
        self.set_xy(MARGIN + 3, top + 3)
        self.set_font(FAMILY, "B", 20)
        self.set_text_color(*GREEN)
        self.cell(42, 14, value)
        self.set_text_color(0, 0, 0)
        self.set_font(FAMILY, "", 9.5)
        self.set_xy(MARGIN + 47, top + 3)
        self.multi_cell(self.epw - 50, 4.6, caption, align=Align.L)
        self.set_xy(MARGIN, top + 23)

    def room(self, height: float) -> None:
        """Start a new page unless `height` mm are left on this one."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    # -- tables and charts -------------------------------------------------------------------------

    def grid(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
             widths: Sequence[float], numeric_from: int = 1, size: float = 8.5,
             bold_last: bool = False) -> None:
        """A table; columns from `numeric_from` on are right-aligned. Headings repeat on a new
        page, and a row never splits across pages."""
        self.room(16)
        self.set_font(FAMILY, "", size)
        align = ["LEFT" if i < numeric_from else "RIGHT" for i in range(len(headers))]
        heading = FontFace(emphasis="BOLD", fill_color=LIGHT)
        with self.table(col_widths=tuple(widths), text_align=tuple(align),
                        headings_style=heading, line_height=size * 0.5,
                        borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                        padding=1, width=self.epw, align=Align.L) as table:
            table.row(list(headers))
            for index, row in enumerate(rows):
                style = (FontFace(emphasis="BOLD") if bold_last and index == len(rows) - 1
                         else None)
                table.row(list(row), style=style)
        self.ln(3)

    def chart(self, figure: Figure, *, width: float | None = None) -> None:
        """`figure` as vector graphics, `width` mm wide (the text width by default)."""
        width = min(width or self.epw, self.epw)
        fig_w, fig_h = figure.get_size_inches()
        height = width * fig_h / fig_w
        top_space = self.page_break_trigger - self.t_margin
        if height > top_space:  # a very tall chart: as tall as a page, narrower
            width, height = width * top_space / height, top_space
        self.room(height + 2)
        self.image(svg_bytes(figure), x=MARGIN + (self.epw - width) / 2, w=width, h=height)
        self.ln(3)

    def contents(self, title: str) -> None:
        """The table of contents, filled in when the document is written."""
        self.heading(title, new_page=True)
        self.insert_toc_placeholder(_render_contents, pages=1)


_METADATA = re.compile(r"<metadata>.*?</metadata>", re.DOTALL)
_UNFILLED_TEXT = re.compile(r'<text style="((?:(?!fill:)[^"])*)"')


def svg_bytes(figure: Figure) -> io.BytesIO:
    # Text stays text (no glyph outlines): fpdf2 sets it in the embedded DejaVu Sans, the PDF
    # stays small and fast to write, and pdftotext finds the chart's words.
    # fpdf2 draws no SVG <pattern>: a hatched bar (a scenario's gain) would lose its fill and
    # log English on the console, so hatches become a darker edge for the PDF.
    hatched = [p for p in figure.findobj(Patch) if p.get_hatch()]
    for patch in hatched:
        patch.set_hatch("")
        patch.set_edgecolor("#1b5e20")
        patch.set_linewidth(1.2)
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        svg = _svg_drawn_once(figure)
    # matplotlib leaves out the fill of black text (SVG's default); fpdf2 would let it inherit
    # the last fill used (white, light grey), so it is written out.
    svg = _UNFILLED_TEXT.sub(r'<text style="fill: #000000; \1"', svg)
    svg = _METADATA.sub("", svg, count=1)  # fpdf2 would log that it skips it
    return io.BytesIO(svg.encode())


class _OneRendererCanvas(FigureCanvasSVG):
    """An SVG canvas whose layout engine measures text with the renderer that draws it."""

    renderer: Any = None

    def get_renderer(self) -> Any:
        return self.renderer


def _svg_drawn_once(figure: Figure) -> str:
    """What `figure.savefig(..., format="svg", facecolor="white")` writes, drawn once, not twice.

    `savefig` draws a constrained-layout figure twice (a draw without output to run the layout,
    then the real one) and measures every text three times, with three renderers. Here the
    layout runs once, measuring with the SVG renderer that then draws the figure, so each label
    is measured once (matplotlib caches text sizes per renderer): the same layout, the same
    SVG, in about two thirds of the time. The figure keeps its own layout engine and canvas.
    """
    dpi, previous, engine = figure.dpi, figure.canvas, figure.get_layout_engine()
    canvas = _OneRendererCanvas(figure)  # (becomes the figure's canvas until the end)
    text = io.StringIO()
    try:
        figure.dpi = 72  # as print_svg: SVG units are points
        width, height = figure.get_size_inches()
        canvas.renderer = MixedModeRenderer(
            figure, width, height, dpi,
            RendererSVG(width * 72, height * 72, text, image_dpi=dpi, metadata={"Date": None}))
        if engine is not None:
            engine.execute(figure)
            figure.set_layout_engine("none")  # laid out: the draw must not redo it
        with _white(figure):
            figure.draw(canvas.renderer)
        canvas.renderer.finalize()
        return text.getvalue()
    finally:
        figure.dpi = dpi
        figure.set_canvas(previous)
        if engine is not None:
            figure.set_layout_engine(engine)


@contextlib.contextmanager
def _white(figure: Figure) -> Iterator[None]:
    """savefig's `facecolor="white"`: the figure's own colour comes back afterwards."""
    colour = figure.get_facecolor()
    figure.set_facecolor("white")
    try:
        yield
    finally:
        figure.set_facecolor(colour)


def _render_contents(pdf: Any, outline: Sequence[Any]) -> None:
    for section in outline:
        if section.level > 1 or section.name == text(pdf.lang, "contents"):
            continue
        indent = 6 * section.level
        pdf.set_font(FAMILY, "B" if section.level == 0 else "", 10.5 if section.level == 0
                     else 9.5)
        link = pdf.add_link(page=section.page_number)
        pdf.set_x(MARGIN + indent)
        pdf.cell(pdf.epw - indent - 14, 5.6, section.name, link=link)
        pdf.cell(14, 5.6, str(section.page_number), align=Align.R, link=link,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
