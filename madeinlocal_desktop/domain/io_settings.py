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
from .rules import plain_json, shown

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
        raise InvalidInput("io_settings.table_missing", field="io.table")
    if settings.method not in METHODS:
        raise InvalidInput("io_settings.method_unknown", field="io.method",
                           method=shown(settings.method), methods=list(METHODS))
    delta = _number(settings.delta, "io.delta")
    if not 0 <= delta < 1:
        raise InvalidInput("io_settings.delta_range", field="io.delta", delta=delta)
    h_loc = settings.h_loc
    if h_loc is not None:
        h_loc = _number(h_loc, "io.h_loc")
        if not 0 <= h_loc <= 1:
            raise InvalidInput("io_settings.h_loc_range", field="io.h_loc",
                               percent=round(h_loc * 100, 6))
    for name in ("closed", "use_survey"):
        if not isinstance(getattr(settings, name), bool):
            raise InvalidInput("io_settings.not_yes_no", field=f"io.{name}", name=name,
                               value=shown(getattr(settings, name)))
    employment = None
    if settings.regional_employment is not None:
        if not isinstance(settings.regional_employment, Mapping):
            raise InvalidInput("io_settings.employment_shape", field="io.regional_employment",
                               value=shown(settings.regional_employment))
        employment = {}
        for code, value in settings.regional_employment.items():
            where = f"io.regional_employment.{code}"
            persons = _number(value, where)
            if persons < 0:
                raise InvalidInput("io_settings.employment_negative", field=where,
                                   code=shown(code), persons=persons)
            employment[str(code)] = persons
        if employment and sum(employment.values()) <= 0:
            raise InvalidInput("io_settings.employment_zero", field="io.regional_employment")
    if not plain_json(dict(settings.extra)):
        raise InvalidInput("io_settings.unreadable_extra", field="io")
    return IOSettings(table=settings.table.strip(), method=settings.method, delta=delta,
                      closed=settings.closed, regional_employment=employment,
                      h_loc=h_loc, use_survey=settings.use_survey, extra=settings.extra)


def _number(value: Any, where: str) -> float:
    if isinstance(value, str):  # a number typed as text
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise InvalidInput("io_settings.not_number", field=where,
                               value=shown(value)) from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput("io_settings.not_number", field=where, value=shown(value))
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        number = math.inf
    if not math.isfinite(number):
        raise InvalidInput("io_settings.not_finite", field=where)
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


