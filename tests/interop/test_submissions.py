"""Kobo and ODK submissions in: the interviews equal those typed in the app for the same
answers, a re-import changes nothing, an edited submission updates its interview."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from madeinlocal_desktop.cli import main
from madeinlocal_desktop.domain import Business, Interview, InterviewStatus, Ownership, SpendLine
from madeinlocal_desktop.domain import RespendSource as Src
from madeinlocal_desktop.project import Project

from .conftest import (
    BOULANGERIE_DUPUY,
    DATA,
    FIRST,
    LINES_ROWS,
    MAIN_ROWS,
    TABLE_BLOSSAC,
    write_kobo_xlsx,
    write_odk_zip,
)


def _typed(project: Project, with_repeats: bool = True) -> None:
    """The three interviews as a surveyor types them in the app."""
    cheese = project.businesses.save(Business(
        id="typed-cheese", name="Fromagerie Les Trois Vallées", siret="81234567800013",
        naf="47.29Z", commune="86194", ownership=Ownership.INDEPENDENT)).value

    def line(category: str, euros: float, share: float, respend: float | None = None) -> Any:
        return SpendLine(id=f"typed-{category}-{euros}", category=category,
                         amount=round(euros * 100), local_share=share, respend_share=respend,
                         respend_source=Src.SURVEY if respend is not None else None)

    first = [line("wages", 98000, 0.8), line("owner_pay", 30000, 1.0)]
    second = [line("wages", 42000, 1.0)]
    if with_repeats:
        first += [line("goods_resale", 120000, 0.35, 0.4), line("rent", 24000, 1.0),
                  line("energy", 8500.5, 0.0)]
        second += [line("goods_resale", 110000, 0.625, 0.3), line("services", 6000, 0.5)]
    for interview in (
        Interview(id="typed-1", business_id=TABLE_BLOSSAC, date="2026-03-10",
                  surveyor="Camille", consent=True, status=InterviewStatus.COMPLETE,
                  turnover_excl_vat=31_200_000, notes="Chiffres de la liasse 2025",
                  lines=first),
        Interview(id="typed-2", business_id=cheese.id, date="2026-03-11", surveyor="Théo",
                  consent=True, status=InterviewStatus.COMPLETE, turnover_excl_vat=18_500_000,
                  lines=second),
        Interview(id="typed-3", business_id=BOULANGERIE_DUPUY, date="2026-03-12",
                  surveyor="Manon", notes="Repasser après les fêtes"),
    ):
        project.interviews.save(interview)


def _answers(project: Project, before: set[str]) -> list[tuple[Any, ...]]:
    """Each new interview as what was answered: shop, fields, lines (ids left out)."""
    shops = {b.id: b for b in project.businesses.list()}
    found = []
    for i in project.interviews.list():
        if i.id in before:
            continue
        shop = shops[i.business_id]
        found.append(((shop.name, shop.siret, shop.naf, shop.commune, shop.ownership),
                      i.date, i.surveyor, i.consent, i.status, i.turnover_excl_vat, i.notes,
                      [(x.category, x.amount, x.local_share, x.respend_share, x.respend_source)
                       for x in i.lines]))
    return sorted(found, key=lambda a: a[1])


@pytest.mark.parametrize("kind", ["kobo_xlsx", "kobo_csv", "odk_zip"])
def test_imported_interviews_equal_the_typed_ones(kind: str, demo_file: Path, tmp_path: Path,
                                                 request: pytest.FixtureRequest) -> None:
    source = request.getfixturevalue(kind)
    typed_file = tmp_path / "typed.madeinlocal"
    shutil.copy(demo_file, typed_file)
    with Project.open(typed_file) as typed:
        before = {i.id for i in typed.interviews.list()}
        _typed(typed, with_repeats=kind != "kobo_csv")
        expected = _answers(typed, before)
    with Project.open(demo_file) as project:
        plan = project.interop.import_submissions(source).value
        assert [item.status for item in plan.items] == ["new"] * 3
        assert plan.repeats_dropped == (kind == "kobo_csv")  # "export as XLSX…"
        assert _answers(project, before) == expected
        assert len(project.businesses.list()) == 121  # one new shop, entered once


def test_the_same_answers_from_two_tools_are_one_interview(demo_file: Path, kobo_xlsx: Path,
                                                          odk_zip: Path) -> None:
    with Project.open(demo_file) as project:
        count = len(project.interviews.list())
        project.interop.import_submissions(kobo_xlsx)
        plan = project.interop.import_submissions(odk_zip).value
        assert [item.status for item in plan.items] == ["unchanged"] * 3
        assert len(project.interviews.list()) == count + 3


def test_reimport_changes_nothing(demo_file: Path, odk_zip: Path) -> None:
    with Project.open(demo_file) as project:
        project.interop.import_submissions(odk_zip)
    before = demo_file.read_bytes()
    with Project.open(demo_file) as project:
        plan = project.interop.import_submissions(odk_zip).value
    assert [item.status for item in plan.items] == ["unchanged"] * 3
    assert demo_file.read_bytes() == before


def test_an_edited_submission_updates_its_interview(demo_file: Path, tmp_path: Path) -> None:
    with Project.open(demo_file) as project:
        project.interop.import_submissions(write_kobo_xlsx(tmp_path / "v1.xlsx"))
        main = [list(row) for row in MAIN_ROWS]
        main[0][13] = 315000  # the turnover, corrected on the server
        lines = [list(row) for row in LINES_ROWS]
        lines[1][2] = 90  # and the rent's local share
        edited = write_kobo_xlsx(tmp_path / "v2.xlsx", main, lines)
        preview = project.interop.preview_submissions(edited)
        assert [item.status for item in preview.items] == ["updated", "unchanged", "unchanged"]
        plan = project.interop.import_submissions(edited).value
        first = next(item.interview for item in plan.items if item.instance_id == FIRST)
        assert first is not None
        stored = project.interviews.get(first.id)
        assert stored.turnover_excl_vat == 31_500_000
        assert [x.local_share for x in stored.lines if x.category == "rent"] == [0.9]
        changes = {(row["field"], row["old"], row["new"]) for row in
                   project.interviews.history(first.id)}
        assert ("turnover_cents", "31200000", "31500000") in changes
        assert ("local_share", "1.0", "0.9") in changes


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _cli(*args: Any) -> Any:
    return CliRunner().invoke(main, [str(a) for a in args])


BAD = {
    "other_version": ("xlsx", lambda m, lines: m[0].__setitem__(3, "1.0badc0de"),
                      "autre version du formulaire", "another version of the form"),
    "other_study": ("xlsx", lambda m, lines: m[1].__setitem__(2, "0000-autre-etude"),
                    "formulaire d'une autre étude", "another study's form"),
    "share_130": ("xlsx", lambda m, lines: lines[0].__setitem__(2, 130),
                  "lines, ligne 2, colonne lines/local_share : La part doit être comprise "
                  "entre 0 et 100 % (saisi : 130 %)",
                  "lines, row 2, column lines/local_share: The share must be between 0 and "
                  "100% (got 130%)"),
    "unknown_category": ("xlsx", lambda m, lines: lines[3].__setitem__(0, "tobacco"),
                         "colonne lines/category : choisissez une catégorie",
                         "column lines/category: choose a spending category"),
    "no_instance_id": ("xlsx", lambda m, lines: m[2].__setitem__(21, None),
                       "ligne 4, colonne _uuid : la réponse n'a pas d'identifiant",
                       "row 4, column _uuid: the submission has no instance id"),
    "no_rows": ("xlsx", lambda m, lines: (m.clear(), lines.clear()),
                "ne contient aucune ligne de données", "holds no data rows"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_is_one_clear_line_and_changes_nothing(case: str, demo_file: Path,
                                                        tmp_path: Path) -> None:
    _, spoil, french, english = BAD[case]
    main_rows = [list(row) for row in MAIN_ROWS]
    lines = [list(row) for row in LINES_ROWS]
    spoil(main_rows, lines)
    bad = write_kobo_xlsx(tmp_path / "bad.xlsx", main_rows, lines)
    before = demo_file.read_bytes()
    for lang, expected in (("fr", french), ("en", english)):
        result = _cli("--lang", lang, "import-submissions", demo_file, bad)
        assert result.exit_code != 0
        message = _plain(result.output.strip())
        assert "\n" not in message and _plain(expected) in message, message
        assert "Traceback" not in message
    assert demo_file.read_bytes() == before
    with Project.open(demo_file) as project:  # the facade refuses it the same way
        with pytest.raises(Exception, match=r"\w") as error:
            project.interop.import_submissions(bad)
        assert type(error.value).__name__ == "InvalidInput"
    assert demo_file.read_bytes() == before


def test_cli_preview_lists_each_submission_and_writes_nothing(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    result = _cli("--lang", "fr", "import-submissions", demo_file, DATA / "kobo.csv",
                  "--preview")
    assert result.exit_code == 0, result.output
    output = _plain(result.output)
    assert "kobo.csv, ligne 3 : nouvelle — Fromagerie Les Trois Vallées" in output
    assert "exportez en XLSX pour les avoir" in output
    assert "nouvelles : 3 ; mises à jour : 0 ; inchangées : 0 ; refusées : 0" in output
    assert demo_file.read_bytes() == before


def test_kobo_csv_with_commas_and_select_multiple_summary_columns(tmp_path: Path) -> None:
    from madeinlocal_desktop.exchange.submission_readers import read_submissions

    path = tmp_path / "kobo_comma.csv"
    path.write_text(
        "surveyor,notes,sources,sources/accounts,sources/estimate,_uuid,_submission_time\n"
        "Camille,\"Loyer, charges comprises\",accounts estimate,1,1,"
        "1d3a0c7e-4b8f-4c2a-9e51-0a7b3c9d2e11,2026-03-10T08:42:15\n", encoding="utf-8")
    found = read_submissions(path)
    [submission] = found.submissions
    assert submission.instance_id == FIRST
    assert submission.answers.values["notes"] == "Loyer, charges comprises"
    assert submission.answers.values["sources"] == "accounts estimate"
    assert "accounts" not in submission.answers.values and found.repeats_dropped


def test_odk_line_for_no_submission_is_refused(demo_file: Path, tmp_path: Path) -> None:
    orphan = write_odk_zip(tmp_path / "odk.zip", {"-lines": (
        "services,6000,50,,uuid:2e4b", "services,6000,50,,uuid:9e4b")})
    result = _cli("--lang", "en", "import-submissions", demo_file, orphan)
    assert result.exit_code != 0
    assert "row 6, column PARENT_KEY: this spending line belongs to no submission" \
        in result.output


def test_a_cancelled_import_changes_nothing(demo_file: Path, kobo_xlsx: Path) -> None:
    from madeinlocal_desktop.errors import Cancelled

    before = demo_file.read_bytes()
    seen: list[float] = []
    with Project.open(demo_file) as project, pytest.raises(Cancelled):
        project.interop.import_submissions(kobo_xlsx, progress=seen.append,
                                           should_cancel=lambda: True)
    assert seen and demo_file.read_bytes() == before
