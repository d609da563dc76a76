"""The input-output chart: a plain Figure (no pyplot), every sector, Type II when closed."""

from __future__ import annotations

import io

import pytest
from matplotlib.figure import Figure

from madeinlocal_desktop.analysis.io_charts import multipliers_figure
from madeinlocal_desktop.analysis.io_results import IOMultipliers
from madeinlocal_desktop.analysis.io_workbench import InputOutputWorkbench


def result(closed: bool = False) -> IOMultipliers:
    bench = InputOutputWorkbench.from_shipped("fr-2014-a17")
    bench.set_closed(closed)
    data = bench.compute()
    data["labels"] = list(bench.table.labels or bench.sectors)
    data["column_sources"] = {"C1": "survey"}
    return IOMultipliers.of(data)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_bar_per_sector_with_labels_in_the_language(lang: str) -> None:
    fig = multipliers_figure(result(), lang=lang)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert len(ax.patches) == 17
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1].startswith("C1")  # the largest output multiplier (2.17) on top
    title = fig.get_suptitle()
    assert title == ("Multiplicateurs de production par secteur" if lang == "fr"
                     else "Output multipliers by sector")
    values = [t.get_text() for t in ax.texts]
    assert ("2,17" if lang == "fr" else "2.17") in values
    fig.savefig(io.BytesIO(), format="png")  # lays out and renders without a screen


def test_closed_model_draws_type2_behind_type1_and_hatches_survey_columns() -> None:
    fig = multipliers_figure(result(closed=True), lang="fr")
    ax = fig.axes[0]
    assert len(ax.patches) == 34
    assert sum(1 for p in ax.patches if p.get_hatch()) == 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Type II : fournisseurs et dépense des ménages", "Type I : fournisseurs",
                      "Achats locaux mesurés par l'enquête"]
