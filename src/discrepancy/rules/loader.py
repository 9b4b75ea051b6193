"""One loader for every data file: JSON Lines in, validated entries out.

A line is blank, a ``//`` comment, or one JSON object whose ``kind`` names its
model in :mod:`discrepancy.rules.schemas`. Every failure is a
:class:`~discrepancy.VocabularyError` that names the file and line (or the entry)
and says what the schema refused:

>>> parse_lines(['// a comment', '{"kind": "cue", "phrase": "tweeted"}'], "mine.jsonl")
[CueEntry(kind='cue', phrase='tweeted', role='source', position='before')]
>>> parse_lines(['{"kind": "cue", "phrase": "x", "rol": "relay"}'], "mine.jsonl")
Traceback (most recent call last):
...
discrepancy._exceptions.VocabularyError: mine.jsonl:1: cue.rol: Extra inputs are not permitted
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from .._exceptions import VocabularyError
from .schemas.holidays import Holiday
from .schemas.quantities import (
    ChangeEntry,
    ChangeModifierEntry,
    CountCompoundEntry,
    CurrencyEntry,
    HedgeEntry,
    MarginEntry,
    NameCueEntry,
    NationalityEntry,
    NumberWordsEntry,
    SingularEntry,
    StreetEntry,
    UnitEntry,
)
from .schemas.words import (
    BasisEntry,
    BoilerplateEntry,
    CueEntry,
    EntityEntry,
    EventEntry,
    NegationEntry,
    PluralEntry,
    SectorEntry,
    SubjectEntry,
    WordClassEntry,
)

__all__ = ["Entry", "coerce", "parse_lines", "read_file", "read_shipped"]

Entry = Annotated[
    SubjectEntry
    | EventEntry
    | CueEntry
    | EntityEntry
    | NegationEntry
    | BoilerplateEntry
    | WordClassEntry
    | PluralEntry
    | BasisEntry
    | SectorEntry
    | HedgeEntry
    | CurrencyEntry
    | UnitEntry
    | NameCueEntry
    | StreetEntry
    | CountCompoundEntry
    | ChangeEntry
    | ChangeModifierEntry
    | MarginEntry
    | NationalityEntry
    | NumberWordsEntry
    | SingularEntry
    | Holiday,
    Field(discriminator="kind"),
]
_ENTRY: TypeAdapter[Any] = TypeAdapter(Entry)


def parse_lines(lines: Iterable[str], source: str) -> list[BaseModel]:
    """The entries of JSON lines, each validated by its kind.

    Args:
        lines: the lines of a file (blank lines and ``//`` comments are skipped).
        source: the file's name, for messages.

    Raises:
        VocabularyError: a line is not JSON or fails its schema (``source:line: ...``).
    """
    entries: list[BaseModel] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            raw = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise VocabularyError(f"{source}:{number}: not valid JSON ({exc.msg})") from exc
        entries.append(_validate(raw, f"{source}:{number}"))
    return entries


def _validate(raw: object, where: str) -> BaseModel:
    try:
        entry: BaseModel = _ENTRY.validate_python(raw)
    except ValidationError as exc:
        problems = "; ".join(_problem(err["loc"], err["msg"]) for err in exc.errors())
        raise VocabularyError(f"{where}: {problems}") from exc
    return entry


def _problem(loc: tuple[int | str, ...], msg: str) -> str:
    """``kind.field: message``, or the message alone when no field is at fault."""
    where = ".".join(str(p) for p in loc)
    return f"{where}: {msg}" if where else msg


def coerce(entries: Iterable[Mapping[str, object] | BaseModel], where: str) -> list[BaseModel]:
    """Entries given as mappings or models, each validated by its kind.

    Raises:
        VocabularyError: an entry fails its schema (``where entry <n>: ...``).
    """
    out: list[BaseModel] = []
    for index, entry in enumerate(entries, 1):
        raw = entry.model_dump() if isinstance(entry, BaseModel) else dict(entry)
        out.append(_validate(raw, f"{where} entry {index}"))
    return out


def read_file(path: str | Path) -> list[BaseModel]:
    """The entries of a user's ``.jsonl`` file.

    Raises:
        VocabularyError: the file cannot be read, or a line fails (file and line named).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise VocabularyError(f"{path}: cannot read vocabulary file ({exc})") from exc
    return parse_lines(lines, str(path))


@functools.cache
def read_shipped(name: str) -> tuple[BaseModel, ...]:
    """The entries of a data file shipped in ``discrepancy/rules/data`` (read once).

    Every vocabulary built on the shipped data shares these entries: the quantity
    rules of the shipped data are compiled once, whoever asks first.
    """
    text = (resources.files("discrepancy.rules") / "data" / name).read_text(encoding="utf-8")
    return tuple(parse_lines(text.splitlines(), name))
