"""Exports of a study larger than one chunk: written piece by piece, yet the same files as
the whole study written at once."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from madeinlocal_desktop.demo.study import demo_study
from madeinlocal_desktop.errors import Cancelled
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.project import Project, create_from_data


@pytest.fixture(scope="module")
def large_study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.madeinlocal"
    project, _ = create_from_data(path, interchange.parse(demo_study(seed=3, n_businesses=1300)))
    project.close()
    return path


def test_the_json_export_is_the_whole_document_written_in_chunks(large_study: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    with Project.open(large_study) as project:
        result = project.exchange.export(out)
        whole = interchange.to_document(project.load_all())
    assert len(whole["interviews"]) > 1000  # more than two chunks of 500
    assert result.rows == {"interviews": len(whole["interviews"])}
    expected = json.dumps(whole, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    assert out.read_text(encoding="utf-8") == expected  # byte for byte
    assert interchange.read_file(out).interviews[-1].lines  # and it reads back


def test_the_anonymised_json_export_hides_names_in_every_chunk(large_study: Path,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "anonymous.json"
    with Project.open(large_study) as project:
        project.exchange.export(out, anonymised=True)
        names = {i.surveyor for i in project.interviews.list()} - {None}
        ids = {i.id for i in project.interviews.list()}
    document = json.loads(out.read_text(encoding="utf-8"))
    assert {i["id"] for i in document["interviews"]}.isdisjoint(ids)
    assert {i["surveyor"] for i in document["interviews"]}.isdisjoint(names)
    assert all(i["notes"] == "" for i in document["interviews"])


def test_the_csv_export_counts_every_streamed_row(large_study: Path, tmp_path: Path) -> None:
    with Project.open(large_study) as project:
        result = project.exchange.export(tmp_path / "csv", format="csv")
        lines = sum(len(i.lines) for i in project.interviews.list())
    with (tmp_path / "csv" / "spend_lines.csv").open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f, delimiter=";"))
    assert len(written) - 1 == lines == result.rows["spend_lines"]


def test_a_cancelled_json_export_leaves_no_file(large_study: Path, tmp_path: Path) -> None:
    seen: list[float] = []
    out = tmp_path / "cut.json"
    with Project.open(large_study) as project, pytest.raises(Cancelled):
        project.exchange.export(out, progress=seen.append,
                                should_cancel=lambda: len(seen) >= 2)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("kept", ["nothing", "shops only", "everything"])
def test_each_streamed_list_is_written_as_the_whole_document_would_be(tmp_path: Path,
                                                                       kept: str) -> None:
    """Shops, interviews and respondents are written one by one, empty lists included."""
    import dataclasses

    data = interchange.parse(demo_study(seed=5, n_businesses=12))
    if kept != "everything":
        data = dataclasses.replace(data, interviews=[], respondents=[],
                                   businesses=data.businesses if kept == "shops only" else [])
    out = tmp_path / "out.json"
    interchange.write_file(data, out)
    expected = json.dumps(interchange.to_document(data), ensure_ascii=False, indent=1,
                          allow_nan=False) + "\n"
    assert out.read_text(encoding="utf-8") == expected
