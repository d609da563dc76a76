"""The territory in a real study file: frame versions, design, draw, register links, the call
sheet, the IO employment, and the interchange round trip; refusals change nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from madeinlocal_desktop.errors import InvalidInput, NotFound
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.project import Project, create_from_data
from tests.territory_support import row, sirets, write_csv

S = sirets(40, seed=3)


def extract(tmp_path: Path, name: str = "stock.csv", rows=None) -> Path:
    if rows is None:
        rows = ([row(s, "47.24Z", size="01", etablissementSiege="true",
                     categorieJuridiqueUniteLegale="5499",
                     denominationUsuelleEtablissement=f"BOUTIQUE {i}",
                     libelleVoieEtablissement="RUE CARNOT") for i, s in enumerate(S[:20])]
                + [row(s, "56.10A", size="11", etablissementSiege="false",
                       categorieJuridiqueUniteLegale="9220",
                       denominationUsuelleEtablissement=f"CAFE ASSOCIATIF {i}")
                   for i, s in enumerate(S[20:30])]
                + [row(s, "43.21A", size="NN", commune="86041") for s in S[30:36]])
    return write_csv(tmp_path / name, rows)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    opened = Project.new_study(tmp_path / "t.madeinlocal", "Territoire", 2025,
                               communes=["86194", "86041"], who="test", device="dev-test")
    yield opened
    opened.close()


def test_import_keeps_the_frame_in_the_study_file(project: Project, tmp_path: Path) -> None:
    found = project.territory.import_frame(extract(tmp_path)).value
    assert found.version == 1 and found.report["kept"] == 36
    path = project.path
    project.close()
    with Project.open(path) as again:
        frame = again.territory.frame()
        assert len(frame) == 36 and set(frame["siret"]) == set(S[:36])
        version = again.territory.frame_version()
        assert version["source_name"] == "stock.csv" and len(version["source_sha256"]) == 64
        assert [h["field"] for h in again.history("study", again.study.id)].count("frame") == 1


def test_a_refused_extract_changes_nothing(project: Project, tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    before = project.territory.frame()
    bad = extract(tmp_path, "bad.csv", [row(S[0], "47.24Z"), row(S[1], "47.99Q")])
    with pytest.raises(InvalidInput) as caught:
        project.territory.import_frame(bad, replace=True)
    assert caught.value.code == "territory.unknown_naf"
    assert project.territory.frame().equals(before)
    assert project.territory.frame_version()["version"] == 1
    with pytest.raises(InvalidInput) as caught:  # a second import must say --replace
        project.territory.import_frame(extract(tmp_path))
    assert caught.value.code == "territory.frame_exists"
    assert "--replace" in caught.value.text("fr")


def test_replacing_the_extract_reports_what_changed(project: Project, tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    rows = ([row(s, "47.24Z", size="01", etablissementSiege="true",
                 categorieJuridiqueUniteLegale="5499",
                 denominationUsuelleEtablissement=f"BOUTIQUE {i}",
                 libelleVoieEtablissement="RUE CARNOT") for i, s in enumerate(S[:18])]
            + [row(S[18], "47.24Z", size="02", etablissementSiege="true",
                   categorieJuridiqueUniteLegale="5499",
                   denominationUsuelleEtablissement="BOUTIQUE 18",
                   libelleVoieEtablissement="RUE CARNOT")]
            + [row(s, "47.24Z") for s in S[36:40]])
    found = project.territory.import_frame(extract(tmp_path, "newer.csv", rows), replace=True).value
    assert found.version == 2
    changes = found.changes
    assert (changes["added"], changes["gone"], changes["changed"], changes["unchanged"]) == (
        4, 17, 1, 18)
    assert changes["by_field"]["size_code"] == 1
    assert [v["version"] for v in project.territory.versions()] == [1, 2]


def test_design_draw_and_call_sheet(project: Project, tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    plan = project.territory.save_design({"strata": ["a17"], "scope": ["47", "56"], "n": 10}).value
    assert {s.key: (s.N, s.n) for s in plan.strata} == {"GZ": (20, 7), "IZ": (10, 3)}
    with pytest.raises(InvalidInput):  # refused: the stored design stays
        project.territory.save_design({"strata": ["a17"], "scope": ["47"], "n": 500})
    assert project.territory.design()["n"] == 10
    drawn = project.territory.draw(seed=7, reserve=2).value
    assert drawn["counts"] == {"GZ": {"sample": 7, "reserve": 2},
                               "IZ": {"sample": 3, "reserve": 2}}
    sheet = project.territory.export_call_sheet(tmp_path / "appels.xlsx")
    from openpyxl import load_workbook

    rows = list(load_workbook(sheet, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:6] == ("Strate", "Rôle", "Ordre", "Nom", "SIRET", "Adresse")
    assert rows[1][:3] == ("GZ", "Échantillon", 1)
    assert [r[1] for r in rows[1:15]].count("Réserve") == 4
    assert rows[1][9] == "Commerce de détail de confiseries, chocolats, etc. en magasin " \
                         "spécialisé" or rows[1][9]  # the NAF label in full
    written = project.territory.export_call_sheet(tmp_path / "appels.csv")
    raw = written.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM French Excel needs
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0][0] == "Strate" and len(lines) == 1 + 14
    with pytest.raises(InvalidInput):
        project.territory.export_call_sheet(tmp_path / "appels.pdf")


def test_a_call_sheet_leaves_a_missing_name_blank(project: Project, tmp_path: Path) -> None:
    # A sole trader's establishment has no usual name in SIRENE: the surveyor must not read
    # "nan" in the name column, nor in the address of a unit without one.
    named = [row(s, "47.24Z", denominationUsuelleEtablissement=f"BOUTIQUE {i}",
                 libelleVoieEtablissement="RUE CARNOT") for i, s in enumerate(S[:3])]
    unnamed = [row(s, "47.24Z", denominationUsuelleEtablissement="",
                   libelleVoieEtablissement="") for s in S[3:6]]
    project.territory.import_frame(write_csv(tmp_path / "stock.csv", named + unnamed))
    project.territory.save_design({"strata": ["a17"], "scope": ["47"], "n": 6})
    project.territory.draw(seed=1)
    written = project.territory.export_call_sheet(tmp_path / "appels.csv")
    lines = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines(),
                            delimiter=";"))
    header, body = lines[0], lines[1:]
    name, address = header.index("Nom"), header.index("Adresse")
    assert sorted(r[name] for r in body) == ["", "", "", "BOUTIQUE 0", "BOUTIQUE 1",
                                             "BOUTIQUE 2"]
    assert sorted(r[address] for r in body)[:3] == ["", "", ""]
    assert not any(cell.lower() == "nan" for r in body for cell in r)


def test_search_and_add_to_the_register(project: Project, tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    found = project.territory.search("cafe associatif 3")
    assert [r["siret"] for r in found] == [S[23]] and not found[0]["in_register"]
    business = project.territory.add_to_register(S[23]).value
    assert (business.name, business.siret, business.naf, business.commune) == (
        "CAFE ASSOCIATIF 3", S[23], "56.10A", "86194")
    assert str(business.ownership) == "public"  # an association (legal category 9220)
    assert project.territory.search(S[23][:9])[0]["in_register"]
    with pytest.raises(InvalidInput) as caught:
        project.territory.add_to_register(S[23])
    assert caught.value.code == "territory.already_in_register"
    with pytest.raises(NotFound):
        project.territory.add_to_register(S[39])
    assert len(project.businesses.list()) == 1


def test_profile_jobs_ess_and_head_offices(project: Project, tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    profile = project.territory.profile()
    assert profile["establishments"] == 36
    # 20 × 1.5 (size 01) + 10 × 14.5 (size 11) + 6 × 0 (NN)
    assert profile["jobs"] == pytest.approx(20 * 1.5 + 10 * 14.5)
    assert profile["ess"]["establishments"] == pytest.approx(10 / 30)  # known for 30
    assert profile["ess"]["jobs"] == pytest.approx(145 / 175)
    assert profile["head_office_in_territory"]["share"] == pytest.approx(20 / 30)
    by_sector = {s["code"]: s for s in profile["by_sector"]}
    assert by_sector["IZ"]["jobs"] == pytest.approx(145) and by_sector["FZ"]["jobs"] == 0


def test_regional_employment_follows_the_frame_until_typed(project: Project,
                                                            tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    employment = project.territory.regional_employment("fr-2014-a17")
    assert employment["GZ"] == pytest.approx(30) and employment["IZ"] == pytest.approx(145)
    assert len(employment) == 17 and employment["AZ"] == 0
    assert project.territory.employment_source() is None
    project.territory.apply_employment("fr-2014-a17")
    assert project.territory.employment_source()["source"] == "frame"
    newer = extract(tmp_path, "newer.csv", [row(s, "47.24Z", size="02") for s in S[:20]])
    assert project.territory.import_frame(newer, replace=True).value.employment_updated
    assert project.io.settings().regional_employment["GZ"] == pytest.approx(80)
    typed = dict(project.io.settings().regional_employment, GZ=100.0)
    project.io.save_settings(regional_employment=typed)
    assert project.territory.employment_source() == {"source": "typed"}
    again = extract(tmp_path, "again.csv", [row(s, "47.24Z", size="03") for s in S[:20]])
    assert not project.territory.import_frame(again, replace=True).value.employment_updated
    assert project.io.settings().regional_employment["GZ"] == 100.0


def test_an_exported_study_comes_back_with_its_territory(project: Project,
                                                          tmp_path: Path) -> None:
    project.territory.import_frame(extract(tmp_path))
    project.territory.import_frame(extract(tmp_path, "v2.csv", [row(s, "47.24Z")
                                                                 for s in S[:25]]),
                                   replace=True)
    project.territory.save_design({"strata": ["a17"], "scope": ["47"], "n": 6})
    project.territory.draw(seed=3, reserve=1)
    out = tmp_path / "export.json"
    project.exchange.export(out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["frame"]["version"] == 2 and len(document["frame"]["establishments"]) == 25
    again, _ = create_from_data(tmp_path / "copy.madeinlocal", interchange.read_file(out))
    with again:
        assert again.territory.frame().equals(project.territory.frame())
        assert [v["version"] for v in again.territory.versions()] == [1, 2]
        assert again.territory.design() == project.territory.design()
        mine, theirs = project.territory.current_draw(), again.territory.current_draw()
        assert theirs[0]["seed"] == 3 and theirs[1].equals(mine[1])
        copy = tmp_path / "export2.json"
        again.exchange.export(copy)
    second = json.loads(copy.read_text(encoding="utf-8"))
    for key in ("frame", "sampling_design", "sample_draw"):
        assert second[key] == document[key]


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d["frame"]["establishments"][2].update(naf="47.99Q"),
     "frame.establishments[2].naf"),
    (lambda d: d["frame"]["establishments"][3].update(siret=d["frame"]["establishments"][1][
        "siret"]), "frame.establishments[3].siret"),
    (lambda d: d["frame"]["establishments"][0].update(size_code="7"),
     "frame.establishments[0].size_code"),
    (lambda d: d["sample_draw"]["units"][0].update(siret="12345678901234"),
     "sample_draw.units[0]"),
    (lambda d: d["sampling_design"].update(strata=["commune"]), "sampling_design"),
])
def test_a_bad_territory_section_is_refused_naming_its_place(project: Project, tmp_path: Path,
                                                             change, place) -> None:
    project.territory.import_frame(extract(tmp_path))
    project.territory.save_design({"strata": ["a17"], "scope": ["47"], "n": 6})
    project.territory.draw(seed=3)
    document = interchange.to_document(project.load_all())
    change(document)
    with pytest.raises(InvalidInput) as caught:
        interchange.parse(document)
    assert place in caught.value.text("fr") and place in caught.value.text("en")
