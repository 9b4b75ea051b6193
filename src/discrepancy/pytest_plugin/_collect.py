"""What the plugin collects: one folder per event, one facts check per article, one
comparison check per event, and a failing item for an article outside any event."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._goldens import check_golden, display

if TYPE_CHECKING:
    from ..models import Extraction

__all__ = ["CACHE", "ROOTS", "ArticleFile", "EventDir", "StrayArticle", "event_root"]

_FACTS_SUFFIX = ".facts.jsonl"
_COMPARISON_FILE = "comparison.jsonl"

ROOTS = pytest.StashKey[tuple[Path, ...]]()
CACHE = pytest.StashKey[dict[tuple[Path, int, int], "Extraction"]]()


def event_root(config: pytest.Config, folder: Path) -> bool:
    roots = config.stash.get(ROOTS, ())
    return bool(roots) and folder.resolve().parent in roots


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())


class EventDir(pytest.Directory):
    """One event's folder: its articles, plus the event's comparison check.

    Only the folder's ``.txt`` files are collected (through the usual hooks, so
    ``--ignore`` and other plugins still apply); goldens and notes beside them are data.
    """

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        articles = _articles(self.path)
        for path in articles:
            if self.ihook.pytest_ignore_collect(collection_path=path, config=self.config):
                continue
            yield from self.ihook.pytest_collect_file(file_path=path, parent=self)
        if articles:
            yield ComparisonItem.from_parent(self, name="comparison")


class StrayArticle(pytest.File):
    """A ``.txt`` directly in a fixtures folder, outside any event folder: reported."""

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        yield StrayItem.from_parent(self, name="not-in-an-event")


class StrayItem(pytest.Item):
    """Fails with what to do: every article belongs to an event folder."""

    def runtest(self) -> None:
        name = display(self.config, self.path)
        pytest.fail(
            f"{name} is directly in the fixtures folder, so it belongs to no event and is "
            f"not checked. Move it into an event folder "
            f"({self.path.parent.name}/<event>/{self.path.name}): the articles of one "
            "event are extracted and compared together.",
            pytrace=False,
        )

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, None, f"{display(self.config, self.path)}::{self.name}"


class ArticleFile(pytest.File):
    """One article file, checked against its ``.facts.jsonl`` golden."""

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        yield FactsItem.from_parent(self, name="facts")


class _GoldenItem(pytest.Item):
    golden: Path

    def lines_now(self) -> list[str]:
        raise NotImplementedError

    def runtest(self) -> None:
        check_golden(self.config, self.golden, self.lines_now(), self)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        from .._exceptions import DiscrepancyError

        # A library error (an unreadable article) already says what is wrong and
        # where: the traceback through the plugin would only hide it.
        if isinstance(excinfo.value, DiscrepancyError):
            return f"{type(excinfo.value).__name__}: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, None, f"{display(self.config, self.path)}::{self.name}"


class FactsItem(_GoldenItem):
    """``<event>/<outlet>.txt::facts``: the article's facts against its golden."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.golden = self.path.with_name(self.path.stem + _FACTS_SUFFIX)

    def lines_now(self) -> list[str]:
        from ..report.golden import facts_lines

        return facts_lines(_extraction(self.config, self.path))


class ComparisonItem(_GoldenItem):
    """``<event>::comparison``: the rows of all the event's articles against the golden."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.golden = self.path / _COMPARISON_FILE

    def lines_now(self) -> list[str]:
        from ..comparison.align import compare
        from ..report.golden import comparison_lines

        extractions = [_extraction(self.config, p) for p in _articles(self.path)]
        return comparison_lines(compare(extractions))


def _extraction(config: pytest.Config, path: Path) -> Extraction:
    # The facts item and the event's comparison item both need each article's
    # extraction; extract it once per run (and again only if the file changed).
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    cache = config.stash.setdefault(CACHE, {})
    found = cache.get(key)
    if found is None:
        from ..articles.load import load_article
        from ..facts.extract import extract

        found = cache[key] = extract(load_article(path))
    return found
