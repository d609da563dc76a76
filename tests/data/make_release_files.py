"""Write the frozen files of this release into tests/data/releases/<version>/ (run once per
release, then commit the folder; tests/storage/test_release_files.py opens every folder).

    uv run python tests/data/make_release_files.py [--force]

- `study.madeinlocal`: a coordinator's study (shops with and without NAF, complete, validated
  and draft interviews, re-spend shares given, automatic and asked-not-answered, Round-3
  respondents, a coordinator default, input-output settings, a deleted shop, and a surveyor's
  bundle merged in);
- `study.mlkit`: its kit;
- `surveyor.mlbundle`: a bundle made by a surveyor's file created from that kit;
- `expected.json`: what a later version must find in them.

The files are made small (a 1 KiB page, one plain file, no WAL) and named in the folder by
what they are, not by a date, so the folder is the release's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from madeinlocal_desktop import __version__  # noqa: E402
from madeinlocal_desktop.domain import (  # noqa: E402
    Business,
    Interview,
    InterviewStatus,
    Ownership,
    Recipient,
    RespendDefault,
    RespendSource,
    Respondent,
    SpendLine,
)
from madeinlocal_desktop.project import Project  # noqa: E402

# A made-up territory of about 100 000 jobs by A17 sector (as tests/io_support.py).
REGION = {
    "AZ": 5590, "DE": 1140, "C1": 3340, "C2": 20, "C3": 360, "C4": 150, "C5": 5670,
    "FZ": 6610, "GZ": 13500, "HZ": 5000, "IZ": 8400, "JZ": 3040, "KZ": 1720, "LZ": 1280,
    "MN": 14530, "OQ": 29650, "RU": 5540,
}
RELEASES = Path(__file__).resolve().parent / "releases"
SHOPS = {  # id → (name, NAF, ownership)
    "a0000000-0000-4000-8000-000000000001": ("Boulangerie du Marché", "10.71C",
                                             Ownership.INDEPENDENT),
    "a0000000-0000-4000-8000-000000000002": ("Librairie des Halles", "47.61Z",
                                             Ownership.INDEPENDENT),
    "a0000000-0000-4000-8000-000000000003": ("Atelier sans code", None, Ownership.FRANCHISE),
    "a0000000-0000-4000-8000-000000000004": ("Fermée depuis", "56.10A", Ownership.INDEPENDENT),
}


def _id(kind: int, number: int) -> str:
    return f"b000000{kind}-0000-4000-8000-{number:012d}"


def build(folder: Path) -> dict:
    work = Path(tempfile.mkdtemp())
    coordinator = work / "study.madeinlocal"
    with Project.new_study(coordinator, "Centre-ville de Poitiers", 2025, ["86194", "86066"],
                           "Grand Poitiers (extrait)", who="Coordination",
                           device="dev-release-coord") as project:
        study = project.study
        study.respend_defaults = {"landlord": RespendDefault(0.2, "NEF 2002, bailleur")}
        project.update_study(study)
        for shop_id, (name, naf, ownership) in SHOPS.items():
            project.businesses.save(Business(shop_id, name, naf=naf, ownership=ownership,
                                             commune="86194"))
        lines = [
            SpendLine(_id(1, 1), "wages", 30_000_00, 1.0, 0.454, RespendSource.SURVEY_MEAN),
            SpendLine(_id(1, 2), "goods_resale", 20_000_00, 1.0, 0.40, RespendSource.SURVEY),
            SpendLine(_id(1, 3), "rent", 5_000_00, 1.0),  # automatic: the default
            SpendLine(_id(1, 4), "supplies", 8_000_00, 0.25, None, RespendSource.SURVEY),
        ]
        shop_ids = list(SHOPS)
        project.interviews.save(Interview(
            _id(2, 1), shop_ids[0], "2026-03-02", surveyor="Camille", consent=True,
            status=InterviewStatus.COMPLETE, turnover_excl_vat=100_000_00, lines=lines,
            notes="Chiffres du bilan 2025"))
        project.interviews.save(Interview(
            _id(2, 2), shop_ids[2], "2026-03-03", surveyor="Camille", consent=True,
            status=InterviewStatus.VALIDATED, turnover_excl_vat=50_000_00,
            lines=[SpendLine(_id(1, 5), "rent", 10_000_00, 1.0, 0.5, RespendSource.SURVEY)]))
        project.interviews.save(Interview(_id(2, 3), shop_ids[1], "2026-03-04",
                                          surveyor="Samir"))  # a draft
        project.businesses.delete(shop_ids[3])
        for number, share in ((1, 0.42), (2, 0.51)):
            project.respondents.save(Respondent(_id(3, number), Recipient.STAFF, share,
                                                label=f"Salarié {number}"))
        project.io.save_settings(regional_employment=REGION, method="flq", delta=0.3)
        kit = work / "study.mlkit"
        project.exchange.export_kit(kit)
        # A first surveyor's bundle, merged: the frozen file has sync state to migrate too.
        first = _surveyor_bundle(kit, work, "Léa", "dev-release-lea", 7, "Épicerie Léa",
                                 "47.11B")
        reports = project.sync.import_bundles([first])
        assert reports[0].status == "imported", reports[0].summary()

    bundle = _surveyor_bundle(kit, work, "Samir", "dev-release-samir", 5, "Café de la Gare",
                              "56.30Z")

    folder.mkdir(parents=True, exist_ok=True)
    _small_copy(coordinator, folder / "study.madeinlocal")
    shutil.copy(kit, folder / "study.mlkit")
    shutil.copy(bundle, folder / "surveyor.mlbundle")
    with Project.open(folder / "study.madeinlocal") as frozen:  # read back what was written
        result = frozen.analysis.run(bootstrap=0).to_dict()
        expected = {
            "app_version": __version__,
            "schema": frozen._db.schema_steps(),
            "study": {"id": frozen.study.id, "name": frozen.study.name},
            "businesses": sorted(b.name for b in frozen.businesses.list()),
            "interviews": len(frozen.interviews.list()),
            "respondents": len(frozen.respondents.list()),
            "lm3": result["lm3"]["ratio_of_totals"],
            "n": result["n"],
            "missing_respend": result["missing"]["counts"]["respend_share"],
            "io_method": frozen.io.settings().method,
            "bundle_adds": ["Café de la Gare"],
            "kit_study": frozen.study.name,
        }
    _small_copy(folder / "study.madeinlocal", folder / "study.madeinlocal", in_place=True)
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1)
                                          + "\n", encoding="utf-8")
    shutil.rmtree(work)
    return expected


def _surveyor_bundle(kit: Path, work: Path, who: str, device: str, number: int, shop: str,
                     naf: str) -> Path:
    """A surveyor's file made from the kit, one complete interview, and its bundle."""
    with Project.create_from_kit(kit, work / f"{device}.madeinlocal", who=who,
                                 device=device) as surveyor:
        business = surveyor.businesses.save(Business(
            f"a0000000-0000-4000-8000-{number:012d}", shop, naf=naf, commune="86066")).value
        surveyor.interviews.save(Interview(
            _id(2, number), business.id, "2026-03-05", surveyor=who, consent=True,
            status=InterviewStatus.COMPLETE, turnover_excl_vat=80_000_00,
            lines=[SpendLine(_id(1, number + 10), "supplies", 20_000_00, 0.5)]))
        out = work / device
        out.mkdir()
        made = surveyor.sync.make_bundle(out)
        assert made is not None
        return made.path


def _small_copy(source: Path, target: Path, *, in_place: bool = False) -> None:
    """One plain file with 1 KiB pages: a few tens of KB instead of a few hundred."""
    if not in_place:
        src = sqlite3.connect(source)
        dest = sqlite3.connect(target)
        src.backup(dest)
        src.close()
        dest.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace this release's files")
    args = parser.parse_args()
    folder = RELEASES / __version__
    if folder.exists() and not args.force:
        print(f"{folder} exists: a release's files are frozen (use --force while it is not "
              "released yet)")
        return 1
    if folder.exists():
        shutil.rmtree(folder)
    expected = build(folder)
    sizes = {p.name: p.stat().st_size for p in sorted(folder.iterdir())}
    print(f"Wrote {folder}: {sizes}; LM3 {expected['lm3']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
