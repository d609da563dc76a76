"""The input contract of the analysis engine, checked once and turned into flat arrays.

Storage builds these DataFrames from a study file; tests build them by hand:

- ``interviews``: ``id``, ``business_id``, ``sector``, ``ownership``, ``r1`` (euros, NaN = not
  answered) and optionally ``weight`` (stratum weight N_h / n_h, default 1).
- ``lines``: ``interview_id``, ``category``, ``recipient``, ``r2_rule`` (share/never/retained),
  ``amount`` (euros, NaN = not answered), ``local_share``, ``respend_share`` (in [0, 1], NaN = not
  answered) and ``respend_source`` (survey/survey_mean/io_proxy/default or None).
- ``respondents`` (optional): ``group`` (a recipient) and ``local_share``.
- ``defaults``: recipient → (share, justification); ``io_proxy``: recipient → share.

Everything wrong is reported as `InvalidInput` naming the interview and line to fix.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..domain import Ownership, R2Rule, RespendSource
from ..errors import InvalidInput, Message

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]
Labels = npt.NDArray[np.object_]  # text labels; an array, so that no loop builds them

RULES: tuple[str, ...] = (R2Rule.SHARE.value, R2Rule.NEVER.value, R2Rule.RETAINED.value)
SHARE, NEVER, RETAINED = 0, 1, 2
SOURCES: tuple[str, ...] = (*(s.value for s in RespendSource), "imputed")
SURVEY, SURVEY_MEAN, IO_PROXY, DEFAULT, IMPUTED = range(5)
NO_SOURCE = -1
OWNERSHIPS = frozenset(o.value for o in Ownership)
UNSPECIFIED = "unspecified"

INTERVIEW_COLUMNS = ("id", "business_id", "sector", "ownership", "r1")
LINE_COLUMNS = (
    "interview_id", "category", "recipient", "r2_rule",
    "amount", "local_share", "respend_share", "respend_source",
)
RESPONDENT_COLUMNS = ("group", "local_share")


@dataclass(frozen=True)
class Codes:
    """A text column as integer codes into `labels`."""

    codes: IntArray
    labels: Labels


@dataclass(frozen=True)
class Inputs:
    """Validated inputs as flat numpy arrays (one entry per interview or per line)."""

    ids: npt.NDArray[np.object_]  # interview ids as text
    business: Codes
    sector: Codes
    ownership: Codes
    r1: FloatArray
    weight: FloatArray
    weighted: bool
    line_interview: IntArray  # row of the line's interview in `ids`
    category: Codes
    recipient: Codes
    rule: IntArray  # SHARE / NEVER / RETAINED
    amount: FloatArray
    local_share: FloatArray
    respend_share: FloatArray
    respend_source: IntArray  # index into SOURCES, NO_SOURCE when not given
    respondent_group: tuple[str, ...]
    respondent_share: FloatArray
    defaults: dict[str, tuple[float, str]]
    io_proxy: dict[str, float]


# --- messages -------------------------------------------------------------------------------------
# A refusal says where (`place`), what is wrong (`problem`) and how many more rows share it; each
# part is a catalogue message, so the whole reads in one language.

Place = Callable[[int], Message]
Problem = Callable[[int], Message]

WHAT = {  # the column a message is about, as a surveyor names it
    "r1": Message("analysis.what_turnover"),
    "weight": Message("analysis.what_weight"),
    "amount": Message("analysis.what_amount"),
    "local_share": Message("analysis.what_local_share"),
    "respend_share": Message("analysis.what_respend_share"),
    "business_id": Message("analysis.what_business"),
    "sector": Message("analysis.what_sector"),
    "ownership": Message("analysis.what_ownership"),
    "category": Message("analysis.what_category"),
    "recipient": Message("analysis.what_recipient"),
    "r2_rule": Message("analysis.what_r2_rule"),
    "respend_source": Message("analysis.what_respend_source"),
    "group": Message("analysis.what_group"),
}


def _line_place(lines: pd.DataFrame, row: int) -> Message:
    """'interview X, line 3 (category wages)': where a surveyor finds the line to fix."""
    interview = lines["interview_id"].iloc[row]
    same = (lines["interview_id"].iloc[: row + 1] == interview).to_numpy()
    return Message("analysis.place_line", interview=str(interview), line=int(same.sum()),
                   category=str(lines["category"].iloc[row]))


def _interview_place(interviews: pd.DataFrame, row: int) -> Message:
    return Message("analysis.place_interview", interview=str(interviews["id"].iloc[row]))


def _raise_first(bad: npt.NDArray[np.bool_], place: Place, problem: Problem, field: str) -> None:
    """Raise for the first offending row, saying how many more share the problem."""
    rows = np.flatnonzero(bad)
    if len(rows) == 0:
        return
    row = int(rows[0])
    more = len(rows) - 1
    if more == 0:
        raise InvalidInput("analysis.row_problem", field=field, place=place(row),
                           problem=problem(row))
    if more == 1:
        raise InvalidInput("analysis.row_problem_one_more", field=field, place=place(row),
                           problem=problem(row))
    raise InvalidInput("analysis.row_problem_more", field=field, place=place(row),
                       problem=problem(row), more=more)


# --- column readers -------------------------------------------------------------------------------


def _require(frame: pd.DataFrame, columns: tuple[str, ...], table: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InvalidInput("analysis.columns_missing", field=f"{table}.{missing[0]}",
                           table=table, columns=missing)


def _numbers(frame: pd.DataFrame, column: str, place: Place, table: str) -> FloatArray:
    """A numeric column as float64 with NaN for 'not answered'; text or ±inf is refused."""
    series = frame[column]
    field = f"{table}.{column}"
    what = WHAT[column]
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
    else:
        converted = pd.to_numeric(series, errors="coerce")
        bad = (converted.isna() & series.notna()).to_numpy()
        raw = series.to_numpy()
        _raise_first(bad, place, lambda r: Message("analysis.not_a_number", what=what,
                                                   value=str(raw[r])), field)
        values = converted.to_numpy(dtype=np.float64, na_value=np.nan)
    _raise_first(np.isinf(values), place, lambda r: Message("analysis.not_a_number", what=what,
                                                            value=str(values[r])), field)
    return values


def _text(frame: pd.DataFrame, column: str, place: Place, table: str,
          *, missing_label: str | None = None) -> Codes:
    codes, uniques = pd.factorize(frame[column], use_na_sentinel=True)
    codes = codes.astype(np.intp)
    labels = np.asarray(pd.Index(uniques, dtype=object).astype(str), dtype=object)
    if (codes < 0).any():
        if missing_label is None:
            _raise_first(codes < 0, place,
                         lambda r: Message("analysis.value_missing", what=WHAT[column]),
                         f"{table}.{column}")
        labels = np.append(labels, np.array([missing_label], dtype=object))
        codes = np.where(codes < 0, len(labels) - 1, codes)
    return Codes(codes, labels)


def _text_following(frame: pd.DataFrame, column: str, place: Place, table: str,
                    key: Codes) -> Codes:
    """A text column that normally follows `key` (recipient and rule follow the category).

    Comparing each value with its key's representative is several times cheaper than hashing
    every string; any disagreement falls back to a plain factorisation.
    """
    values = frame[column].to_numpy(dtype=object)
    if len(values):
        sample = np.empty(len(key.labels), dtype=np.intp)
        sample[key.codes] = np.arange(len(values))  # any row of each key will do
        expected = values[sample]
        small, uniques = pd.factorize(expected, use_na_sentinel=True)
        if (small >= 0).all() and bool(np.all(values == expected[key.codes])):
            labels = np.asarray(pd.Index(uniques, dtype=object).astype(str), dtype=object)
            return Codes(small.astype(np.intp)[key.codes], labels)
    return _text(frame, column, place, table)


def _shares(values: FloatArray, column: str, place: Place, field: str) -> None:
    bad = (values < 0) | (values > 1)  # NaN compares False: "not answered" is allowed
    _raise_first(bad, place, lambda r: Message("analysis.share_range", what=WHAT[column],
                                               share=float(values[r])), field)


def _vocabulary(column: Codes, allowed: tuple[str, ...], what: Message, place: Place,
                field: str) -> IntArray:
    """Map codes onto positions in `allowed`, refusing unknown words."""
    lookup = np.array([allowed.index(lab) if lab in allowed else -1 for lab in column.labels],
                      dtype=np.intp)
    mapped = lookup[column.codes]
    _raise_first(mapped < 0, place, lambda r: Message(
        "analysis.unknown_word", what=what, value=str(column.labels[column.codes[r]]),
        expected=list(allowed)), field)
    return mapped


# --- the contract ---------------------------------------------------------------------------------


def _read_interviews(interviews: pd.DataFrame) -> tuple[Any, ...]:
    _require(interviews, INTERVIEW_COLUMNS, "interviews")
    place = lambda r: _interview_place(interviews, r)  # noqa: E731
    _raise_first(interviews["id"].isna().to_numpy(),
                 lambda r: Message("analysis.place_interview_row", row=r + 1),
                 lambda r: Message("analysis.interview_id_missing"), "interviews.id")
    dup = interviews["id"].duplicated(keep="first").to_numpy()
    _raise_first(dup, place, lambda r: Message("analysis.interview_twice"), "interviews.id")
    business = _text(interviews, "business_id", place, "interviews")
    sector = _text(interviews, "sector", place, "interviews", missing_label=UNSPECIFIED)
    ownership = _text(interviews, "ownership", place, "interviews", missing_label=UNSPECIFIED)
    allowed = OWNERSHIPS | {UNSPECIFIED}
    bad_owner = np.array([lab not in allowed for lab in ownership.labels], dtype=bool)
    _raise_first(bad_owner[ownership.codes], place,
                 lambda r: Message("analysis.unknown_word", what=WHAT["ownership"],
                                   value=str(ownership.labels[ownership.codes[r]]),
                                   expected=sorted(OWNERSHIPS)), "interviews.ownership")
    r1 = _numbers(interviews, "r1", place, "interviews")
    _raise_first(r1 < 0, place, lambda r: Message("analysis.turnover_negative",
                                                  amount=float(r1[r])), "interviews.r1")
    if "weight" in interviews.columns:
        weight = _numbers(interviews, "weight", place, "interviews")
        _raise_first(~(weight > 0), place, lambda r: Message("analysis.weight_not_positive",
                                                             weight=float(weight[r])),
                     "interviews.weight")
        weighted = bool(np.any(weight != 1.0))  # population euros differ from sample sums
    else:
        weight, weighted = np.ones(len(interviews)), False
    return business, sector, ownership, r1, weight, weighted


def _read_lines(lines: pd.DataFrame, interview_ids: pd.Index) -> tuple[Any, ...]:
    _require(lines, LINE_COLUMNS, "lines")
    place = lambda r: _line_place(lines, r)  # noqa: E731
    line_interview = interview_ids.get_indexer(pd.Index(lines["interview_id"])).astype(np.intp)
    owner = lines["interview_id"]
    _raise_first(line_interview < 0, lambda r: Message("analysis.place_line_row", row=r + 1),
                 lambda r: Message("analysis.line_without_interview")
                 if pd.isna(owner.iloc[r]) else
                 Message("analysis.line_interview_unknown", interview=str(owner.iloc[r])),
                 "lines.interview_id")
    category = _text(lines, "category", place, "lines")
    recipient = _text_following(lines, "recipient", place, "lines", category)
    rule = _vocabulary(_text_following(lines, "r2_rule", place, "lines", category),
                       RULES, WHAT["r2_rule"], place, "lines.r2_rule")
    given = lines["respend_source"].notna().to_numpy()
    source = np.full(len(lines), NO_SOURCE, dtype=np.intp)
    if given.any():  # usually only a few lines name a source
        named = _text(lines[given], "respend_source", place, "lines")
        source[given] = _vocabulary(named, SOURCES[:IMPUTED], WHAT["respend_source"],
                                    lambda r: place(int(np.flatnonzero(given)[r])),
                                    "lines.respend_source")
    amount = _numbers(lines, "amount", place, "lines")
    _raise_first(amount < 0, place, lambda r: Message("analysis.amount_negative",
                                                      amount=float(amount[r])), "lines.amount")
    local = _numbers(lines, "local_share", place, "lines")
    _shares(local, "local_share", place, "lines.local_share")
    respend = _numbers(lines, "respend_share", place, "lines")
    _shares(respend, "respend_share", place, "lines.respend_share")
    return line_interview, category, recipient, rule, amount, local, respend, source


def _read_respondents(respondents: pd.DataFrame | None) -> tuple[tuple[str, ...], FloatArray]:
    if respondents is None or len(respondents) == 0:
        return (), np.empty(0)
    _require(respondents, RESPONDENT_COLUMNS, "respondents")
    place = lambda r: Message("analysis.place_respondent", row=r + 1,  # noqa: E731
                              group=str(respondents["group"].iloc[r]))
    group = _text(respondents, "group", place, "respondents")
    share = _numbers(respondents, "local_share", place, "respondents")
    _shares(share, "local_share", place, "respondents.local_share")
    answered = ~np.isnan(share)  # an unanswered respondent says nothing about the group
    return tuple(group.labels[c] for c in group.codes[answered]), share[answered]


def _share_value(value: Any, what: Message, field: str) -> float:
    try:
        share = float(value)
    except (TypeError, ValueError):
        raise InvalidInput("analysis.group_share_not_a_number", field=field, what=what,
                           value=str(value)) from None
    if not 0.0 <= share <= 1.0:
        raise InvalidInput("analysis.group_share_range", field=field, what=what, share=share)
    return share


def _read_defaults(defaults: Mapping[str, Any] | None) -> dict[str, tuple[float, str]]:
    """Accept (share, justification), a RespendDefault-like object, or a bare share."""
    out: dict[str, tuple[float, str]] = {}
    for group, value in (defaults or {}).items():
        if hasattr(value, "share"):
            share, why = value.share, getattr(value, "justification", "")
        elif isinstance(value, tuple | list):
            share, why = value[0], (value[1] if len(value) > 1 else "")
        else:
            share, why = value, ""
        what = Message("analysis.what_default_share", group=str(group))
        out[str(group)] = (_share_value(share, what, f"defaults.{group}"), str(why))
    return out


def validate(
    interviews: pd.DataFrame,
    lines: pd.DataFrame,
    respondents: pd.DataFrame | None = None,
    defaults: Mapping[str, Any] | None = None,
    io_proxy: Mapping[str, float] | None = None,
) -> Inputs:
    """Check the input contract and return flat arrays; raise InvalidInput on the first problem."""
    business, sector, ownership, r1, weight, weighted = _read_interviews(interviews)
    index = pd.Index(interviews["id"])
    line_interview, category, recipient, rule, amount, local, respend, source = _read_lines(
        lines, index
    )
    groups, shares = _read_respondents(respondents)
    proxy = {
        str(g): _share_value(s, Message("analysis.what_proxy_share", group=str(g)),
                             f"io_proxy.{g}")
        for g, s in (io_proxy or {}).items()
    }
    return Inputs(
        ids=interviews["id"].astype(str).to_numpy(dtype=object),
        business=business, sector=sector, ownership=ownership,
        r1=r1, weight=weight, weighted=weighted,
        line_interview=line_interview, category=category, recipient=recipient, rule=rule,
        amount=amount, local_share=local, respend_share=respend, respend_source=source,
        respondent_group=groups, respondent_share=shares,
        defaults=_read_defaults(defaults), io_proxy=proxy,
    )


# --- building frames by hand (tests, examples, scripts) -----------------------------------------


def frames_from_records(
    records: Sequence[Mapping[str, Any]],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`(interviews, lines)` from plain dicts, filling the usual defaults.

    Each record: ``id``, ``r1`` and ``lines`` (list of dicts with ``category``, ``amount``,
    ``local_share`` and optionally ``respend_share``, ``respend_source``, ``recipient``,
    ``r2_rule``); ``business_id`` defaults to the id, ``sector`` to "retail", ``ownership`` to
    "independent"; ``weight`` is kept when given. Recipient and rule default to those of the
    study's default category with that code. None means "not answered".
    """
    from ..domain import DEFAULT_CATEGORIES

    known = {c.code: c for c in DEFAULT_CATEGORIES}
    rows, line_rows = [], []
    for rec in records:
        row = {
            "id": rec["id"],
            "business_id": rec.get("business_id", rec["id"]),
            "sector": rec.get("sector", "retail"),
            "ownership": rec.get("ownership", "independent"),
            "r1": np.nan if rec.get("r1") is None else float(rec["r1"]),
        }
        if "weight" in rec:
            row["weight"] = float(rec["weight"])
        rows.append(row)
        for line in rec.get("lines", ()):
            cat = known.get(line["category"])
            line_rows.append({
                "interview_id": rec["id"],
                "category": line["category"],
                "recipient": line.get("recipient", cat.recipient.value if cat else "supplier"),
                "r2_rule": line.get("r2_rule", cat.r2_rule.value if cat else "share"),
                **{k: np.nan if line.get(k) is None else float(line[k])
                   for k in ("amount", "local_share", "respend_share")},
                "respend_source": line.get("respend_source"),
            })
    columns = list(LINE_COLUMNS)
    return pd.DataFrame(rows), pd.DataFrame(line_rows, columns=columns)
