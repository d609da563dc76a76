"""What a study coordinator chooses for the input-output model, and the checks that need no
table (docs/input-output.md). The checks that need the table (every sector of the chosen table,
regional employment not above national) are the model's, in `analysis/io_study.py`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ..errors import InvalidInput

FORMAT = 1
Method = Literal["slq", "cilq", "flq", "aflq"]
# The regionalisation methods of methods.md §4, the recommended one first.
METHODS: tuple[Method, ...] = ("flq", "aflq", "cilq", "slq")
DELTA_METHODS: tuple[Method, ...] = ("flq", "aflq")  # the methods that use δ
DEFAULT_METHOD: Method = "flq"
DEFAULT_DELTA = 0.3
DEFAULT_TABLE = "fr-2014-a17"


@dataclass(frozen=True)
class IOSettings:
    """What a study coordinator chooses for the input-output model (docs/input-output.md).

    `table` is a shipped table id (`fr-2014-a17`) or the path of a table folder.
    `regional_employment` is the territory's employment by sector, in persons; None keeps the
    national table. `h_loc` is the local share of household spending; None means "the staff
    respondents' mean, if any". `use_survey` makes the table hybrid where the survey observed
    local purchase shares.
    """

    table: str = DEFAULT_TABLE
    method: str = DEFAULT_METHOD
    delta: float = DEFAULT_DELTA
    closed: bool = False
    regional_employment: Mapping[str, float] | None = None
    h_loc: float | None = None
    use_survey: bool = True
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("extra")
        if self.regional_employment is not None:
            data["regional_employment"] = dict(self.regional_employment)
        # Keys written by a newer version survive a save by this one.
        return json.dumps({**dict(self.extra), **data, "format": FORMAT}, ensure_ascii=False,
                          sort_keys=True, separators=(",", ":"))


def check(settings: IOSettings) -> IOSettings:
    """Refuse settings that cannot be right whatever the table; return them normalised."""
    if not isinstance(settings.table, str) or not settings.table.strip():
        raise InvalidInput("Choose an input-output table", field="io.table")
    if settings.method not in METHODS:
        raise InvalidInput(
            f"Unknown regionalisation method {settings.method!r}; use one of "
            f"{', '.join(METHODS)}", field="io.method")
    delta = _number(settings.delta, "δ", "io.delta")
    if not 0 <= delta < 1:
        raise InvalidInput(f"δ must satisfy 0 ≤ δ < 1 (0.3 is the usual value); got {delta:g}",
                           field="io.delta")
    h_loc = settings.h_loc
    if h_loc is not None:
        h_loc = _number(h_loc, "local share of household spending", "io.h_loc")
        if not 0 <= h_loc <= 1:
            raise InvalidInput("The local share of household spending must be between 0 and "
                               f"100% (got {h_loc * 100:g}%)", field="io.h_loc")
    for name in ("closed", "use_survey"):
        if not isinstance(getattr(settings, name), bool):
            raise InvalidInput(f"{name} should be true or false, not "
                               f"{getattr(settings, name)!r}", field=f"io.{name}")
    employment = None
    if settings.regional_employment is not None:
        if not isinstance(settings.regional_employment, Mapping):
            raise InvalidInput("Regional employment should give persons by sector code "
                               f"(got {settings.regional_employment!r})",
                               field="io.regional_employment")
        employment = {}
        for code, value in settings.regional_employment.items():
            where = f"io.regional_employment.{code}"
            persons = _number(value, f"regional employment of sector {code}", where)
            if persons < 0:
                raise InvalidInput(
                    f"Regional employment of sector {code} cannot be negative ({persons:g})",
                    field=where)
            employment[str(code)] = persons
        if employment and sum(employment.values()) <= 0:
            raise InvalidInput("Regional employment is zero in every sector",
                               field="io.regional_employment")
    return IOSettings(table=settings.table.strip(), method=settings.method, delta=delta,
                      closed=settings.closed, regional_employment=employment,
                      h_loc=h_loc, use_survey=settings.use_survey, extra=settings.extra)


def _number(value: Any, what: str, where: str) -> float:
    if isinstance(value, bool):
        raise InvalidInput(f"The {what} {value!r} is not a number", field=where)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"The {what} {value!r} is not a number", field=where) from None
    if not math.isfinite(number):
        raise InvalidInput(f"The {what} must be a finite number", field=where)
    return number


def from_mapping(data: Mapping[str, Any]) -> IOSettings:
    """Checked settings from their JSON object (InvalidInput); keys a newer version wrote are
    kept."""
    known = {name: data[name] for name in IOSettings.__dataclass_fields__
             if name in data and name != "extra"}
    extra = {k: v for k, v in data.items() if k not in known and k != "format"}
    return check(IOSettings(**known, extra=extra))


def to_mapping(settings: IOSettings) -> dict[str, Any]:
    """The settings as a JSON object (what from_mapping reads back)."""
    data = json.loads(settings.to_json())
    data.pop("format", None)
    return dict(data)


