"""Two surveyors' study files of one study, made the real way: a study, its kit, a second file
from the kit, the same shop renamed on both, and the second device's bundle."""

from __future__ import annotations

import dataclasses
import zipfile
from dataclasses import dataclass
from pathlib import Path

from madeinlocal_desktop import paths
from madeinlocal_desktop.domain import Business, Interview, SpendLine, new_id
from madeinlocal_desktop.project import Project

SIRET = "73282932000074"
NAME = "Boulangerie du Marché"
MINE = "Boulangerie du Marché (Camille)"
THEIRS = "Boulangerie du Marché (Lucie)"


@dataclass
class TwoDevices:
    a: Path  # the study file the window opens (device dev-a, the coordinator)
    b: Path  # the surveyor's file, made from the kit (device dev-b)
    kit: Path
    bundle: Path  # dev-b's bundle: one new shop, the renamed shop (a conflict)
    shop_id: str
    new_shop_id: str


def use_device(device: str) -> None:
    """The window's Project.open takes this installation's device id: make it `device`."""
    file = paths.user_config_dir() / "device_id"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(device + "\n", encoding="utf-8")


def make_two_devices(folder: Path, *, more_conflicts: bool = False) -> TwoDevices:
    """`more_conflicts`: the interview's turnover and a line's local share were also typed
    differently on both computers (for pictures of a fuller Conflicts view)."""
    folder.mkdir(parents=True, exist_ok=True)
    shop = Business(id=new_id(), name=NAME, naf="10.71C", commune="86194", siret=SIRET,
                    address="3 place du Marché")
    with Project.new_study(folder / "a.madeinlocal", "Centre de Poitiers", 2025, ["86194"],
                           "Poitiers", device="dev-a", who="Camille") as a:
        a.businesses.save(shop)
        interview_id = new_id()
        a.interviews.save(Interview(
            id=interview_id, business_id=shop.id, date="2026-03-02", surveyor="Camille",
            consent=True, turnover_excl_vat=10_000_050, lines=[
                SpendLine(new_id(), "wages", 3_000_050, 1.0, 0.454),
                SpendLine(new_id(), "rent", 500_025, 0.5, 0.2)]))
        kit = a.exchange.export_kit(folder / "study.mlkit")
        to_b = folder / "to_b"
        to_b.mkdir()
        first = a.sync.make_bundle(to_b)
        assert first is not None
    with Project.create_from_kit(kit, folder / "b.madeinlocal", device="dev-b",
                                 who="Lucie") as b:
        b.sync.import_bundles([first.path])
        b.businesses.save(dataclasses.replace(b.businesses.get(shop.id), name=THEIRS))
        if more_conflicts:
            _retype(b, interview_id, turnover=9_800_000, local_share=0.6)
        # The same shop again, recorded by the other surveyor: a possible duplicate.
        new_shop = b.businesses.save(Business(id=new_id(), name="Boulangerie Marché SARL",
                                              commune="86194", siret=SIRET)).value
        to_a = folder / "to_a"
        to_a.mkdir()
        bundle = b.sync.make_bundle(to_a)
        assert bundle is not None
    with Project.open(folder / "a.madeinlocal", device="dev-a", who="Camille") as a:
        a.businesses.save(dataclasses.replace(a.businesses.get(shop.id), name=MINE))
        if more_conflicts:
            _retype(a, interview_id, turnover=10_200_000, local_share=0.45)
    return TwoDevices(folder / "a.madeinlocal", folder / "b.madeinlocal", kit, bundle.path,
                      shop.id, new_shop.id)


def _retype(project: Project, interview_id: str, *, turnover: int, local_share: float) -> None:
    interview = project.interviews.get(interview_id)
    lines = [dataclasses.replace(line, local_share=local_share) if line.category == "rent"
             else line for line in interview.lines]
    project.interviews.save(dataclasses.replace(interview, turnover_excl_vat=turnover,
                                                lines=lines))


def altered_copy(bundle: Path, target: Path) -> Path:
    """The bundle with one byte of its records changed, the manifest left as it was."""
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "records.jsonl":
                data = data.replace(b"Lucie", b"Lucia", 1)
            copy.writestr(info, data)
    return target


def flipped_copy(bundle: Path, target: Path) -> Path:
    """The bundle with one byte flipped in the middle of the file."""
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    return target
