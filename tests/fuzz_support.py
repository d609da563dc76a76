"""Bad files, made on purpose: mutated interchange documents and mutated bundles, and the one
verdict every one of them must get (issue 10, "Bad files must get one clear line and change
nothing").

Each input is imported into a real study file on disk, through the facade as the app and the
command line do. The outcome is one of:

- `refused`: a UserFacingError whose text is one line in French and in English, and the study
  file is byte for byte as it was (no write-ahead log left either);
- `accepted`: the import went through, and the study still opens, analyses, exports, and its
  JSON export reads back;
- anything else is a defect: `traceback` (an exception that is not a UserFacingError),
  `changed` (refused, yet the file changed), `broken` (accepted, yet the study no longer
  opens, analyses or exports).

The corpora are generated from a seed (random and targeted mutations), so a failure names its
case and replays. Used by tests/exchange/test_fuzz_interchange.py, tests/sync/test_fuzz_bundles.py
and benchmarks/bench_fuzz.py.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import random
import shutil
import struct
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from madeinlocal_desktop import crypto
from madeinlocal_desktop.domain import (
    Business,
    Interview,
    InterviewStatus,
    Recipient,
    Respondent,
    SpendLine,
    rules,
)
from madeinlocal_desktop.errors import UserFacingError
from madeinlocal_desktop.exchange import interchange
from madeinlocal_desktop.project import Project
from madeinlocal_desktop.project.facade import create_from_data
from madeinlocal_desktop.sync.bundles import MANIFEST, RECORDS, SIGNATURE
from madeinlocal_desktop.sync.study_bundles import study_key

STUDY_ID = "5e1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"
SHOP, SHOP_2 = "11111111-1111-4111-8111-111111111111", "11111111-1111-4111-8111-111111111112"
INTERVIEW, DRAFT = "22222222-2222-4222-8222-222222222222", "22222222-2222-4222-8222-222222222223"

# Values that broke, or nearly broke, a reader somewhere: wrong types, out-of-range numbers,
# numbers too large for a float or for SQLite, NaN and infinities, lone surrogates, formula-like
# text, nesting, dates that are not dates.
POOL: tuple[Any, ...] = (
    None, True, False, 0, -1, 2, 7, 0.5, 1.3, -0.25, 30000.125, 0.1 + 0.2, 1e17, 1e30, 1e308,
    10**19, 10**400, float("nan"), float("inf"), float("-inf"), "", "   ", "x", "\ud800",
    "Café \udfff", "Épicerie", "🙂", "2026-13-45", "2026-02-30", "02/03/2026", "47.24Z", "4724z",
    "86194", "99999", "0.4", "40 %", "=HYPERLINK(\"x\")", "@SUM(A1)", "a" * 3000, [], {}, [1, 2],
    {"a": 1}, [[[[[]]]]], "complete", "draft", "validated", "staff", "martian", "share",
    "never", "73282932000074", STUDY_ID, SHOP, INTERVIEW, "not-a-uuid",
)


@dataclass(frozen=True)
class Case:
    name: str  # replays the case: its kind and number
    data: bytes


@dataclass(frozen=True)
class Outcome:
    kind: str  # refused | accepted | traceback | changed | broken
    detail: str = ""  # the error code, or what went wrong

    @property
    def defect(self) -> bool:
        return self.kind not in ("refused", "accepted")


def one_line(error: UserFacingError) -> str | None:
    """What is wrong with an error's text, if anything: it must be one line in both languages,
    printable (no lone surrogate), never the bare code of a missing text."""
    for lang in ("fr", "en"):
        text = error.text(lang)
        if "\n" in text.strip() or not text.strip():
            return f"{lang} text is not one line: {text!r}"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return f"{lang} text cannot be printed: {text!r}"
    return None


def _opens_analyses_exports(path: Path, work: Path, device: str, *,
                            csv: bool = True) -> str | None:
    """None when the study opens, every record in it still follows the rules of local input,
    it analyses (a one-line answer such as "no interview can be analysed" counts), exports as
    JSON and CSV, and its JSON export reads back; else what failed."""
    try:
        with Project.open(path, device=device) as project:
            data = project.load_all()
            codes = {c.code for c in rules.check_study(data.study).categories}
            for business in data.businesses:
                rules.check_business(business)
            for interview in data.interviews:
                rules.check_interview(interview, codes, marking=False)
            for respondent in data.respondents:
                rules.check_respondent(respondent)
            with contextlib.suppress(UserFacingError):
                project.analysis.run(bootstrap=0, seed=1)
            target = work / "export.json"
            project.exchange.export(target)
            interchange.read_file(target)
            if csv:  # the slower export, on a share of the cases
                project.exchange.export(work / "export-csv", format="csv")
        return None
    except Exception:  # the defect being looked for
        return traceback.format_exc(limit=6)


class _Target:
    """A study file that receives bad files, restored from its template after each accepted
    one (a refused one must leave it as it was: that is checked, not assumed)."""

    device = "dev-coord"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.study = folder / "target.madeinlocal"
        self.template = folder / "template.madeinlocal"
        self.scratch = folder / "scratch"
        self.scratch.mkdir(parents=True, exist_ok=True)
        self.project: Project | None = None
        self.accepted = 0

    def _restore(self) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{self.study}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.study)

    def _import(self, project: Project, file: Path) -> str:
        """Import the file; what the outcome should say about it (rejected records)."""
        raise NotImplementedError

    def _bytes(self) -> tuple[bytes, bytes]:
        """The study file and its write-ahead log, as they are on disk."""
        wal = Path(f"{self.study}-wal")
        return self.study.read_bytes(), wal.read_bytes() if wal.exists() else b""

    def close(self) -> None:
        self._close()

    def _close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None

    def run(self, case: Case) -> Outcome:
        file = self.scratch / ("input" + self.suffix)
        file.write_bytes(case.data)
        # The file stays open from one refused input to the next, as in the app; what is on
        # disk (the file and its log) must not move when an input is refused.
        if self.project is None:
            self.project = Project.open(self.study, device=self.device)
        before = self._bytes()
        try:
            detail = self._import(self.project, file)
        except UserFacingError as error:
            wrong = one_line(error)
            if wrong:
                return Outcome("traceback", wrong)
            if self._bytes() != before:
                self._close()
                self._restore()
                return Outcome("changed", error.code)
            return Outcome("refused", error.code)
        except Exception:
            self._close()
            self._restore()
            return Outcome("traceback", traceback.format_exc(limit=8))
        self._close()
        self.accepted += 1
        broken = _opens_analyses_exports(self.study, self.scratch, self.device,
                                         csv=self.accepted % 4 == 1)
        self._restore()
        return Outcome("broken", broken) if broken else Outcome("accepted", detail)

    suffix = ""


# -- interchange documents ----------------------------------------------------------------------

def base_document() -> dict[str, Any]:
    """A small whole study: two shops, a complete and a draft interview, Round-3 answers, and
    the study's settings, so that every kind of field is there to be mutated."""
    return {
        "format": "madeinlocal/1",
        "study": {
            "id": STUDY_ID, "name": "Centre de Poitiers", "fiscal_year": 2025,
            "territory": {"name": "Poitiers", "communes": ["86194", "86041"]},
            "rules": {"boundary": "communes", "radius_km": None,
                      "supplier_test": "facturation dans le territoire",
                      "staff_test": "domicile dans le territoire",
                      "local_branch_counts_as_local": True, "vat_excluded": True},
            "respend_defaults": {"landlord": {"share": 0.2, "justification": "NEF 2002"}},
            "fictitious": False,
        },
        "surveyors": [{"id": "33333333-3333-4333-8333-333333333333", "name": "Camille"}],
        "businesses": [
            {"id": SHOP, "name": "Boulangerie du Marché", "siret": "73282932000074",
             "naf": "10.71C", "ownership": "independent", "commune": "86194",
             "address": "3 place du Marché", "staff_fte": 4.5},
            {"id": SHOP_2, "name": "Épicerie Saint-Pierre", "siret": None, "naf": None,
             "ownership": "franchise", "commune": None, "address": None, "staff_fte": None},
        ],
        "interviews": [
            {"id": INTERVIEW, "business_id": SHOP, "date": "2026-03-02", "surveyor": "Camille",
             "consent": True, "status": "complete", "turnover_excl_vat": 100000.5,
             "notes": "", "lines": [
                 {"category": "wages", "amount": 30000, "local_share": 1.0,
                  "respend_share": 0.454, "respend_source": "survey_mean"},
                 {"category": "goods_resale", "amount": 20000.25, "local_share": 0.4,
                  "respend_share": None, "respend_source": None},
                 {"category": "rent", "amount": 5000, "local_share": None}]},
            {"id": DRAFT, "business_id": SHOP_2, "date": "2026-03-05", "surveyor": None,
             "consent": False, "status": "draft", "turnover_excl_vat": None, "notes": "à revoir",
             "lines": []},
        ],
        "respondents": [
            {"id": "44444444-4444-4444-8444-444444444444", "group": "staff",
             "local_share": 0.42, "interview_id": INTERVIEW, "label": "Salariée 1"},
            {"group": "supplier", "local_share": 0.3, "label": ""},
        ],
    }


def _dump(document: Any) -> bytes:
    # Escaped (\u00e9, \ud800): valid JSON text whatever the values, as other tools write it.
    return json.dumps(document).encode("ascii")


def _places(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) of a document, depth first."""
    if isinstance(node, dict):
        for key in list(node):
            found.append((node, key))
            _places(node[key], found)
    elif isinstance(node, list):
        for index in range(len(node)):
            found.append((node, index))
            _places(node[index], found)
    return found


def _mutate_value(rng: random.Random, document: dict[str, Any]) -> None:
    container, key = rng.choice(_places(document, []))
    operation = rng.randrange(7)
    if operation <= 2:
        container[key] = copy.deepcopy(rng.choice(POOL))
    elif operation == 3:
        del container[key]
    elif operation == 4:
        value = container[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            container[key] = [value] if rng.random() < 0.5 else {"value": value}
        else:
            container[key] = rng.choice((-value, value * 10 ** rng.randint(3, 40),
                                         value + 0.001, value / 1000, str(value)))
    elif operation == 5 and isinstance(container, dict):
        container[rng.choice(("extra", "id", "lines", "future_key"))] = rng.choice(POOL)
    elif isinstance(container, list) and container:
        container.append(copy.deepcopy(rng.choice(container)))  # ids twice
    elif isinstance(container[key], str):
        text = container[key]
        container[key] = rng.choice((text.upper(), f"  {text}  ", text[: len(text) // 2],
                                     text + "\ud800", "=" + text, text * 50))


_TOKENS = (b"NaN", b"Infinity", b"-Infinity", b"1e400", b"9" * 400, b"9" * 5000,
           b'"\\ud800"', b'"\\udc00x"', b"[" * 50, b"null", b"{}", b"true")


def _mutate_text(rng: random.Random, data: bytes) -> bytes:
    """Damage the JSON text itself: what no JSON writer makes but files still hold."""
    choice = rng.randrange(8)
    at = rng.randrange(len(data))
    if choice == 0:
        return data[:at]  # truncated copy
    if choice == 1:
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]  # one byte changed
    if choice == 2:
        numbers = [i for i in range(len(data) - 1) if data[i:i + 1].isdigit()
                   and not data[i - 1:i].isdigit() and data[i - 1:i] in (b" ", b":", b"[")]
        start = rng.choice(numbers)
        end = start
        while end < len(data) and (data[end:end + 1].isdigit() or data[end:end + 1] == b"."):
            end += 1
        return data[:start] + rng.choice(_TOKENS) + data[end:]
    if choice == 3:
        depth = rng.choice((100, 1000, 10_000, 100_000))
        return b'{"format": "madeinlocal/1", "study": ' + b"[" * depth + b"]" * depth + b"}"
    if choice == 4:  # a byte order mark, or a file saved as Windows-1252 (not UTF-8)
        return b"\xef\xbb\xbf" + data if rng.random() < 0.5 else data.replace(
            b"Boulangerie", b"Boulang\xe9rie")
    if choice == 5:
        quote = data.find(b'"', at)
        return data if quote < 0 else data[:quote + 1] + b"\\ud800" + data[quote + 1:]
    if choice == 6:
        return data[:at] + rng.choice((b"}", b"]", b",", b":", b'"', b"\\")) + data[at:]
    for _ in range(8):  # a few random bytes anywhere
        at = rng.randrange(len(data))
        data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
    return data


def _line(document: dict[str, Any], **change: Any) -> dict[str, Any]:
    document["interviews"][0]["lines"][0].update(change)
    return document


def _with(change: Callable[[dict[str, Any]], Any]) -> bytes:
    document = base_document()
    change(document)
    return _dump(document)


def targeted_documents() -> list[Case]:
    """One case per class the issue lists, and the lenient cases it asks to tighten."""
    base = _dump(base_document())
    cases = {
        "amount 1e17": _with(lambda d: _line(d, amount=1e17)),
        "amount 1e30": _with(lambda d: _line(d, amount=1e30)),
        "amount of 400 digits": _with(lambda d: _line(d, amount=10**400)),
        "amount of 5,000 digits": base.replace(b'"amount": 30000', b'"amount": ' + b"9" * 5000),
        "turnover of 400 digits": _with(lambda d: d["interviews"][0].update(
            turnover_excl_vat=10**400)),
        "staff of 400 digits": _with(lambda d: d["businesses"][0].update(staff_fte=10**400)),
        "lone surrogate in a name": base.replace(b"Boulangerie", b"Boul\\ud800"),
        "lone surrogate in notes": _with(lambda d: d["interviews"][1].update(notes="\udfff")),
        "text saved as Windows-1252": base.replace(b"Boulangerie", b"Boulang\xe9rie"),
        "nested 10,000 deep": b'{"format": "madeinlocal/1", "x": ' + b"[" * 10_000
        + b"]" * 10_000 + b"}",
        "NaN share": base.replace(b'"local_share": 0.4,', b'"local_share": NaN,'),
        "Infinity staff": base.replace(b'"staff_fte": 4.5', b'"staff_fte": Infinity'),
        "-Infinity amount": base.replace(b'"amount": 30000', b'"amount": -Infinity'),
        "three decimals": _with(lambda d: _line(d, amount=30000.125)),
        "date that is not a date": _with(lambda d: d["interviews"][0].update(
            date="2026-02-30")),
        "date in French order": _with(lambda d: d["interviews"][0].update(date="02/03/2026")),
        "shop name of spaces": _with(lambda d: d["businesses"][0].update(name="   ")),
        "complete without turnover": _with(lambda d: d["interviews"][0].update(
            turnover_excl_vat=None)),
        "complete without consent": _with(lambda d: d["interviews"][0].update(consent=False)),
        "complete without spending": _with(lambda d: d["interviews"][0].update(lines=[])),
        "study rule from a newer version": _with(lambda d: d["study"]["rules"].update(
            zone_of_influence={"km": 12})),
        "study rule of the wrong type": _with(lambda d: d["study"]["rules"].update(
            vat_excluded="yes")),
        "re-spend defaults of the wrong shape": _with(lambda d: d["study"].update(
            respend_defaults={"landlord": 0.2})),
        "re-spend defaults as a list": _with(lambda d: d["study"].update(
            respend_defaults=[0.2])),
        "unknown recipient": _with(lambda d: d["study"].update(categories=[
            {"code": "wages", "recipient": "martian"}])),
        "unknown respondent group": _with(lambda d: d["respondents"][0].update(group="martian")),
        "share of 130 %": _with(lambda d: _line(d, local_share=1.3)),
        "negative amount": _with(lambda d: _line(d, amount=-5)),
        "formula in a name": _with(lambda d: d["businesses"][0].update(name="=1+1")),
    }
    return [Case(f"targeted: {name}", data) for name, data in cases.items()]


def random_documents(seed: int, count: int) -> Iterator[Case]:
    rng = random.Random(seed)
    base = base_document()
    for number in range(count):
        if rng.random() < 0.2:
            data = _mutate_text(rng, _dump(base))
        else:
            document = copy.deepcopy(base)
            for _ in range(rng.randint(1, 3)):
                _mutate_value(rng, document)
            data = _dump(document)
        yield Case(f"random {seed}:{number}", data)


class InterchangeTarget(_Target):
    """An existing study receiving `madeinlocal import STUDY FILE`; every tenth case also
    creates a new study from the file (a refused one must leave no file behind)."""

    suffix = ".json"

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        data = interchange.parse(base_document())
        project, _ = create_from_data(self.template, data, device=self.device,
                                      who="Coordination")
        project.close()
        self._restore()
        self.created = 0

    def _import(self, project: Project, file: Path) -> str:
        project.exchange.import_file(file)
        return ""

    def run(self, case: Case) -> Outcome:
        outcome = super().run(case)
        self.created += 1
        if outcome.defect or self.created % 10:
            return outcome
        return self._create(case) or outcome

    def _create(self, case: Case) -> Outcome | None:
        """`madeinlocal import NEW.madeinlocal FILE`: a study made from the file, or none."""
        file, new = self.scratch / "input.json", self.folder / "new.madeinlocal"
        file.write_bytes(case.data)
        try:
            project, _ = create_from_data(new, interchange.read_file(file), device="dev-new")
            project.close()
        except UserFacingError as error:
            if list(self.folder.glob("new.madeinlocal*")):
                return Outcome("changed", f"a refused file left a study behind ({error.code})")
            wrong = one_line(error)
            return Outcome("traceback", wrong) if wrong else None
        except Exception:
            return Outcome("traceback", traceback.format_exc(limit=8))
        broken = _opens_analyses_exports(new, self.scratch, "dev-new")
        for leftover in self.folder.glob("new.madeinlocal*"):
            leftover.unlink()
        return Outcome("broken", broken) if broken else None


# -- bundles --------------------------------------------------------------------------------------

@dataclass
class BaseBundle:
    manifest: dict[str, Any]
    lines: list[str]  # records.jsonl
    key: bytes
    data: bytes  # the bundle file as the surveyor's device wrote it


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def signed(base: BaseBundle, lines: list[str] | None = None,
           manifest: dict[str, Any] | None = None, *, compression: int = zipfile.ZIP_DEFLATED,
           raw_manifest: bytes | None = None) -> bytes:
    """A bundle as a device of this study would sign it (the study key, a matching hash):
    what the record checks, not the signature, must refuse."""
    payload = ("\n".join(base.lines if lines is None else lines) + "\n").encode(
        "utf-8", "surrogatepass")
    document = copy.deepcopy(base.manifest if manifest is None else manifest)
    if isinstance(document.get("members"), dict) and RECORDS in document["members"]:
        document["members"][RECORDS] = {"sha256": hashlib.sha256(payload).hexdigest(),
                                        "size": len(payload)}
    manifest_bytes = raw_manifest if raw_manifest is not None else json.dumps(
        document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return _zip({MANIFEST: manifest_bytes,
                 SIGNATURE: crypto.sign(base.key, manifest_bytes).encode(),
                 RECORDS: payload}, compression)


def _patch_headers(data: bytes, offset_local: int, offset_central: int, value: int,
                   *, flag: bool) -> bytes:
    """Set a field of every member's local and central header (the general-purpose flags or
    the compression method), as a zip from another tool might."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", offset_local), (b"PK\x01\x02", offset_central)):
        start = 0
        while (at := out.find(signature, start)) >= 0:
            old = struct.unpack_from("<H", out, at + offset)[0]
            struct.pack_into("<H", out, at + offset, old | value if flag else value)
            start = at + 4
    return bytes(out)


def _records(base: BaseBundle) -> list[tuple[int, str | None, list[Any]]]:
    """(line number, table, decoded row) of every record line."""
    found, table = [], None
    for number, line in enumerate(base.lines):
        if line.startswith("["):
            found.append((number, table, json.loads(line)))
        elif line.strip():
            table = json.loads(line)["table"]
    return found


def _header(base: BaseBundle, table: str) -> tuple[int, list[str]]:
    for number, line in enumerate(base.lines):
        if line.startswith("{") and json.loads(line)["table"] == table:
            return number, json.loads(line)["columns"]
    raise LookupError(table)


def _set_cell(base: BaseBundle, table: str, column: str, value: Any, *,
              newer: bool = False, row: int = 0, raw: str | None = None) -> bytes:
    """The bundle with one stored value changed in one row of `table` (its version made newer
    than ours when `newer`, so that the merge takes it rather than keeping ours)."""
    lines = list(base.lines)
    header_at, columns = _header(base, table)
    number = header_at + 1 + row
    cells = json.loads(lines[number])
    cells[columns.index(column)] = value
    if newer:
        at = columns.index("version")
        cells[at] = json.dumps({**json.loads(cells[at]), "dev-elsewhere": 7})
    text = json.dumps(cells, ensure_ascii=False)
    if raw is not None:
        text = text.replace('"@@RAW@@"', raw)
    lines[number] = text
    return signed(base, lines)


def _study_json(base: BaseBundle, column: str, value: Any) -> bytes:
    return _set_cell(base, "study", column, json.dumps(value, ensure_ascii=False), newer=True)


def targeted_bundles(base: BaseBundle) -> list[Case]:
    lines = base.lines
    rules = json.loads(json.loads(_study_row_cell(base, "rules")))
    cases: dict[str, Callable[[], bytes]] = {
        "study rule from a newer version (kept, ignored)": lambda: _study_json(
            base, "rules", {**rules, "zone_of_influence": {"km": 12}}),
        "study rule of the wrong type": lambda: _study_json(
            base, "rules", {**rules, "vat_excluded": "yes"}),
        "study rules as a list": lambda: _study_json(base, "rules", [1, 2]),
        "re-spend defaults of the wrong shape": lambda: _study_json(
            base, "respend_defaults", {"landlord": 0.3}),
        "re-spend defaults for an unknown group": lambda: _study_json(
            base, "respend_defaults", {"martians": {"share": 0.3, "justification": ""}}),
        "re-spend defaults as a list": lambda: _study_json(base, "respend_defaults", [0.3]),
        "communes as text": lambda: _study_json(base, "communes", "86194"),
        "study tombstone": lambda: _set_cell(base, "study", "deleted", 1, newer=True),
        "study name of spaces": lambda: _set_cell(base, "study", "name", "   ", newer=True),
        "fiscal year 1e30": lambda: _set_cell(base, "study", "fiscal_year", 1e30, newer=True),
        "unknown respondent group": lambda: _set_cell(base, "respondents", "group", "martian"),
        "unknown recipient": lambda: _new_category(base, recipient="martian"),
        "unknown R2 rule": lambda: _new_category(base, r2_rule="sometimes"),
        "amount 1e17": lambda: _set_cell(base, "spend_lines", "amount_cents", 10**17),
        "amount 1e30": lambda: _set_cell(base, "spend_lines", "amount_cents", 1e30),
        "amount of 400 digits": lambda: _set_cell(base, "spend_lines", "amount_cents", 10**400),
        "amount of 5,000 digits": lambda: _set_cell(base, "spend_lines", "amount_cents",
                                                    "@@RAW@@", raw="9" * 5000),
        "NaN share": lambda: _set_cell(base, "spend_lines", "local_share", "@@RAW@@",
                                       raw="NaN"),
        "Infinity staff": lambda: _set_cell(base, "businesses", "staff_fte", "@@RAW@@",
                                            raw="Infinity"),
        "lone surrogate in a name": lambda: _set_cell(base, "businesses", "name", "@@RAW@@",
                                                      raw='"Boul\\ud800"'),
        "lone surrogate in the device": lambda: signed(base, manifest={
            **base.manifest, "device": "dev-\ud800"}),
        "lone surrogate in who": lambda: signed(base, manifest={**base.manifest,
                                                                "who": "Al\udfffice"}),
        "date that is not a date": lambda: _set_cell(base, "interviews", "date", "2026-02-30"),
        "complete without consent": lambda: _set_cell(base, "interviews", "consent", 0),
        "complete without turnover": lambda: _set_cell(base, "interviews", "turnover_cents",
                                                       None),
        "position of 400 digits": lambda: _set_cell(base, "spend_lines", "position", 10**400),
        "a row nested 10,000 deep": lambda: signed(base, [
            *lines[:2], "[" * 10_000 + "]" * 10_000, *lines[2:]]),
        "manifest nested 10,000 deep": lambda: signed(
            base, raw_manifest=b'{"format": "madeinlocal-bundle/1", "x": ' + b"[" * 10_000
            + b"]" * 10_000 + b"}"),
        "manifest sequence 1e30": lambda: signed(base, manifest={**base.manifest,
                                                                 "sequence": 10**30}),
        "manifest counts as text": lambda: signed(base, manifest={**base.manifest,
                                                                  "counts": {"study": "1"}}),
        "manifest size negative": lambda: _resize(base, -1),
        "manifest size 1e400": lambda: _resize(base, 10**400),
        "encrypted zip flag": lambda: _patch_headers(base.data, 6, 8, 0x1, flag=True),
        "unknown compression method": lambda: _patch_headers(base.data, 8, 10, 99, flag=False),
        "corrupt LZMA": lambda: _corrupt_member(signed(base, compression=zipfile.ZIP_LZMA)),
        "corrupt BZIP2": lambda: _corrupt_member(signed(base, compression=zipfile.ZIP_BZIP2)),
        "header without an id column": lambda: _headless(base),
        "a table this version does not know": lambda: signed(base, [
            *lines, json.dumps({"table": "martians", "columns": ["id"]}), '["x"]']),
        "the study twice with other columns": lambda: signed(base, [
            *lines, json.dumps({"table": "study", "columns": ["id", "name"]}), '["x", "y"]']),
    }
    return [Case(f"targeted: {name}", make()) for name, make in cases.items()]


def _study_row_cell(base: BaseBundle, column: str) -> str:
    header_at, columns = _header(base, "study")
    return json.dumps(json.loads(base.lines[header_at + 1])[columns.index(column)])


def _new_category(base: BaseBundle, **change: str) -> bytes:
    """A category this study lacks (and a line using it), with one field wrong."""
    header_at, columns = _header(base, "categories")
    lines = list(base.lines)
    row = dict(zip(columns, json.loads(lines[header_at + 1]), strict=True))
    row.update(code="tips", position=99, **change)
    lines.insert(header_at + 1, json.dumps([row[c] for c in columns], ensure_ascii=False))
    at, line_columns = _header(base, "spend_lines")
    cells = json.loads(lines[at + 1])
    cells[line_columns.index("category")] = "tips"
    lines[at + 1] = json.dumps(cells, ensure_ascii=False)
    return signed(base, lines)


def _resize(base: BaseBundle, size: Any) -> bytes:
    manifest = copy.deepcopy(base.manifest)
    payload = ("\n".join(base.lines) + "\n").encode()
    manifest_bytes = json.dumps({**manifest, "members": {RECORDS: {
        "sha256": hashlib.sha256(payload).hexdigest(), "size": size}}}).encode()
    return _zip({MANIFEST: manifest_bytes, SIGNATURE: crypto.sign(base.key, manifest_bytes)
                 .encode(), RECORDS: payload})


def _corrupt_member(data: bytes) -> bytes:
    """Damage the compressed records (the decompressor, or the CRC after it, meets it)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(RECORDS)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for at in range(start + 20, start + 40):
        out[at] ^= 0x5A
    return bytes(out)


def _headless(base: BaseBundle) -> bytes:
    header_at, columns = _header(base, "businesses")
    lines = list(base.lines)
    lines[header_at] = json.dumps({"table": "businesses", "columns": ["name", *columns[1:]]})
    return signed(base, lines)


def random_bundles(base: BaseBundle, seed: int, count: int) -> Iterator[Case]:
    rng = random.Random(seed)
    records = _records(base)
    for number in range(count):
        kind = rng.random()
        if kind < 0.3:
            data = _damage_bytes(rng, base.data)
        elif kind < 0.45:
            data = signed(base, manifest=_mutate_manifest(rng, base.manifest))
        else:
            data = signed(base, _mutate_records(rng, base, records))
        yield Case(f"random {seed}:{number}", data)


def _damage_bytes(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:  # a random 64-bit corruption
        at = rng.randrange(len(data) - 8)
        return data[:at] + rng.getrandbits(64).to_bytes(8, "little") + data[at + 8:]
    if choice == 1:
        return data[:rng.randrange(len(data))]  # a copy cut short
    if choice == 2:
        out = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    at = rng.randrange(len(data))
    return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[at:]


def _mutate_manifest(rng: random.Random, manifest: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(manifest)
    for _ in range(rng.randint(1, 2)):
        container, key = rng.choice(_places(document, []))
        if key == "members" or (container is document.get("members")):
            continue  # the member's hash is set again when signed
        if rng.random() < 0.2:
            del container[key]
        else:
            container[key] = copy.deepcopy(rng.choice(POOL))
    return document


def _mutate_records(rng: random.Random, base: BaseBundle,
                    records: list[tuple[int, str | None, list[Any]]]) -> list[str]:
    lines = list(base.lines)
    for _ in range(rng.randint(1, 3)):
        number, _, row = rng.choice(records)
        cells = json.loads(lines[number]) if lines[number].startswith("[") else list(row)
        choice = rng.randrange(10)
        if choice < 6 and cells:
            cells[rng.randrange(len(cells))] = copy.deepcopy(rng.choice(POOL))
            lines[number] = json.dumps(cells)
        elif choice == 6:
            lines.insert(number, lines[number])  # the same record twice
        elif choice == 7 and cells:
            lines[number] = json.dumps(cells[:rng.randrange(len(cells))])
        elif choice == 8:
            token = rng.choice(("NaN", "Infinity", "1e400", "9" * 400, '"\\ud800"', "[[[]]]"))
            lines[number] = lines[number].replace(",", f",{token},", 1)
        else:
            header = next(i for i in range(number, -1, -1) if lines[i].startswith("{"))
            columns = json.loads(lines[header])["columns"]
            rng.shuffle(columns)
            lines[header] = json.dumps({"table": json.loads(lines[header])["table"],
                                        "columns": columns[:rng.randrange(1, len(columns) + 1)]})
    return lines


class BundleTarget(_Target):
    """The coordinator's study receiving a bundle that a surveyor's device (made from the kit)
    wrote: two shops, two interviews with lines, Round-3 answers."""

    suffix = ".zip"

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        with Project.new_study(self.template, "Centre de Poitiers", 2025, ["86194"],
                               "Poitiers", who="Coordination", device=self.device) as coord:
            coord.exchange.export_kit(folder / "study.mlkit")
        post = folder / "post"
        post.mkdir(exist_ok=True)
        with Project.create_from_kit(folder / "study.mlkit", folder / "alice.madeinlocal",
                                     who="Alice", device="dev-alice") as alice:
            _survey(alice)
            info = alice.sync.make_bundle(post)
            key = study_key(alice._db)
        assert info is not None and key is not None
        data = info.path.read_bytes()
        with zipfile.ZipFile(info.path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            lines = archive.read(RECORDS).decode().splitlines()
        self.base = BaseBundle(manifest, lines, key, data)
        self.last_report: Any = None
        self._restore()

    def _import(self, project: Project, file: Path) -> str:
        report = project.sync.import_bundle(file)
        for rejection in report.rejections:  # each reason says itself in both languages
            for lang in ("fr", "en"):
                rejection.reason.text(lang).encode("utf-8")
        self.last_report = report
        return f"{report.counts.rejected} rejected" if report.counts.rejected else ""


def _survey(project: Project) -> None:
    """What the surveyor's bundle carries (fixed ids, so that a case replays the same)."""
    ids = [f"aaaaaaaa-0000-4000-8000-{n:012d}" for n in range(8)]
    shop = project.businesses.save(Business(ids[0], "Boulangerie du Marché", naf="10.71C",
                                            commune="86194", siret="73282932000074",
                                            staff_fte=4.5)).value
    other = project.businesses.save(Business(ids[1], "Épicerie Saint-Pierre")).value
    interview = project.interviews.save(Interview(
        ids[2], shop.id, "2026-03-02", surveyor="Alice", consent=True,
        status=InterviewStatus.COMPLETE, turnover_excl_vat=10_000_050, lines=[
            SpendLine(ids[3], "wages", 3_000_000, 1.0, 0.454),
            SpendLine(ids[4], "rent", 500_025, 0.5, None),
            SpendLine(ids[5], "supplies", 120_000, None)])).value
    project.interviews.save(Interview(ids[6], other.id, "2026-03-04", surveyor="Alice"))
    project.respondents.save(Respondent(ids[7], Recipient.STAFF, 0.42, interview.id,
                                        "Salariée 1"))
