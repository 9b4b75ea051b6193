"""pytest plugin: regression checks of extracted facts and comparisons against goldens.

The plugin is registered through the ``pytest11`` entry point and does nothing until a
project opts in, so installing ``discrepancy`` never makes pytest collect another
project's text files. Opt in with an ini option (paths relative to the rootdir; list
several folders if you like)::

    [tool.pytest.ini_options]
    discrepancy_fixtures = "fixtures"

or on the command line with ``--discrepancy-fixtures=DIR`` (repeatable). Each fixtures
folder holds one folder per event::

    fixtures/
      storm-2027-10/
        wire.txt                  front matter + article text
        wire.facts.jsonl          golden: one fact per line, in text order
        herald.txt
        herald.facts.jsonl
        comparison.jsonl          golden: one row per line, over all the event's .txt

and the plugin makes one test per article (``storm-2027-10/wire.txt::facts``) and one
per event (``storm-2027-10::comparison``). A failing test shows a unified diff of the
golden against what the code gives now. ``--discrepancy-update`` rewrites goldens that
are missing, malformed or different, and the test passes, marked ``UPDATED``: review
the rewritten files (``git diff``) before committing them.

The ``discrepancy_golden`` fixture gives hand-written tests the same check::

    def test_my_article(discrepancy_golden):
        extraction = discrepancy.extract(discrepancy.load_article("my.txt"))
        discrepancy_golden.check(extraction, "goldens/my.facts.jsonl")

Nothing from the library's models or rules is imported until a test needs it.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .models import Comparison, Extraction

__all__ = ["GoldenChecker", "discrepancy_golden"]

_INI = "discrepancy_fixtures"
_UPDATE_FLAG = "--discrepancy-update"
_UPDATED_PROPERTY = "discrepancy_updated"
_FACTS_SUFFIX = ".facts.jsonl"
_COMPARISON_FILE = "comparison.jsonl"

_ROOTS = pytest.StashKey[tuple[Path, ...]]()
_WRITTEN = pytest.StashKey[list[tuple[str, str]]]()
_CACHE = pytest.StashKey[dict[tuple[Path, int, int], "Extraction"]]()


# --------------------------------------------------------------------------- options


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("discrepancy", "discrepancy golden fact files")
    group.addoption(
        "--discrepancy-fixtures",
        action="append",
        default=[],
        metavar="DIR",
        dest="discrepancy_fixtures",
        help="collect <DIR>/<event>/<outlet>.txt articles and their golden .jsonl files "
        "(repeatable; adds to the discrepancy_fixtures ini option)",
    )
    group.addoption(
        _UPDATE_FLAG,
        action="store_true",
        default=False,
        dest="discrepancy_update",
        help="rewrite golden .jsonl files that are missing, malformed or out of date "
        "(then review them with git diff)",
    )
    parser.addini(
        _INI,
        type="args",
        default=[],
        help="folders (relative to the rootdir) of <event>/<outlet>.txt articles with "
        "golden .jsonl files; the discrepancy plugin collects nothing without it",
    )


def pytest_configure(config: pytest.Config) -> None:
    roots: list[Path] = []
    from_ini: list[str] = list(config.getini(_INI))
    from_flag: list[str] = list(config.getoption("discrepancy_fixtures") or [])
    for name in from_ini:
        roots.append(_root(config.rootpath, name, f"the {_INI} ini option"))
    for name in from_flag:
        roots.append(_root(config.invocation_params.dir, name, "--discrepancy-fixtures"))
    config.stash[_ROOTS] = tuple(dict.fromkeys(roots))
    config.stash[_WRITTEN] = []
    config.stash[_CACHE] = {}


def _root(base: Path, name: str, origin: str) -> Path:
    path = (base / name).resolve()
    if not path.is_dir():
        raise pytest.UsageError(f"{origin} names {name!r}, but {path} is not a folder")
    return path


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    # Fixture folders are usually outside ``testpaths``; add them to the run unless the
    # user named paths on the command line (then only --discrepancy-fixtures adds).
    config = session.config
    roots = config.stash.get(_ROOTS, ())
    if not roots:
        return
    explicit = config.args_source == pytest.Config.ArgsSource.ARGS
    wanted = set(config.getoption("discrepancy_fixtures") or [])
    flagged = {
        _root(config.invocation_params.dir, name, "--discrepancy-fixtures") for name in wanted
    }
    targets = [
        (config.invocation_params.dir / arg.split("::", 1)[0]).resolve() for arg in config.args
    ]
    for root in roots:
        if explicit and root not in flagged:
            continue
        if any(_inside(root, t) or _inside(t, root) for t in targets):
            continue
        config.args.append(str(root))


# --------------------------------------------------------------------------- collection


def _event_root(config: pytest.Config, folder: Path) -> bool:
    roots = config.stash.get(_ROOTS, ())
    return bool(roots) and folder.resolve().parent in roots


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if _event_root(parent.config, path):
        return EventDir.from_parent(parent, path=path)
    return None


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> Generator[None, list[pytest.Collector], list[pytest.Collector]]:
    others = yield
    if file_path.suffix == ".txt" and _event_root(parent.config, file_path.parent):
        # An article is data, never a doctest file: pytest's doctest plugin would
        # otherwise read a .txt named on the command line as one.
        return [ArticleFile.from_parent(parent, path=file_path)]
    if file_path.suffix == ".txt" and file_path.parent.resolve() in parent.config.stash.get(
        _ROOTS, ()
    ):
        # An article directly in the fixtures folder belongs to no event; say so
        # instead of skipping it in silence.
        return [StrayArticle.from_parent(parent, path=file_path)]
    return others


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
        name = _display(self.config, self.path)
        pytest.fail(
            f"{name} is directly in the fixtures folder, so it belongs to no event and is "
            f"not checked. Move it into an event folder "
            f"({self.path.parent.name}/<event>/{self.path.name}): the articles of one "
            "event are extracted and compared together.",
            pytrace=False,
        )

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, None, f"{_display(self.config, self.path)}::{self.name}"


class ArticleFile(pytest.File):
    """One article file, checked against its ``.facts.jsonl`` golden."""

    def collect(self) -> Iterable[pytest.Item | pytest.Collector]:
        yield FactsItem.from_parent(self, name="facts")


class _GoldenItem(pytest.Item):
    golden: Path

    def lines_now(self) -> list[str]:
        raise NotImplementedError

    def runtest(self) -> None:
        _check(self.config, self.golden, self.lines_now(), self)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str | Any:
        from ._exceptions import DiscrepancyError

        # A library error (an unreadable article) already says what is wrong and
        # where: the traceback through the plugin would only hide it.
        if isinstance(excinfo.value, DiscrepancyError):
            return f"{type(excinfo.value).__name__}: {excinfo.value}"
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        return self.path, None, f"{_display(self.config, self.path)}::{self.name}"


class FactsItem(_GoldenItem):
    """``<event>/<outlet>.txt::facts``: the article's facts against its golden."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.golden = self.path.with_name(self.path.stem + _FACTS_SUFFIX)

    def lines_now(self) -> list[str]:
        from .report.golden import facts_lines

        return facts_lines(_extraction(self.config, self.path))


class ComparisonItem(_GoldenItem):
    """``<event>::comparison``: the rows of all the event's articles against the golden."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.golden = self.path / _COMPARISON_FILE

    def lines_now(self) -> list[str]:
        from .comparison.align import compare
        from .report.golden import comparison_lines

        extractions = [_extraction(self.config, p) for p in _articles(self.path)]
        return comparison_lines(compare(extractions))


def _extraction(config: pytest.Config, path: Path) -> Extraction:
    # The facts item and the event's comparison item both need each article's
    # extraction; extract it once per run (and again only if the file changed).
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    cache = config.stash.setdefault(_CACHE, {})
    found = cache.get(key)
    if found is None:
        from .articles.load import load_article
        from .facts.extract import extract

        found = cache[key] = extract(load_article(path))
    return found


# --------------------------------------------------------------------------- checking


def _display(config: pytest.Config, path: Path) -> str:
    try:
        return path.resolve().relative_to(config.rootpath.resolve()).as_posix()
    except (ValueError, RuntimeError, OSError):  # outside the root, or a symlink loop
        return str(path)


def _check(config: pytest.Config, golden: Path, now: list[str], node: pytest.Item) -> None:
    """Compare ``now`` with the golden file; fail with a diff, or rewrite on update."""
    from ._exceptions import GoldenFileError
    from .report.golden import diff, read_golden

    update = bool(config.getoption("discrepancy_update", False))
    name = _display(config, golden)
    try:
        lines: list[str] | None = read_golden(golden)
    except FileNotFoundError:
        lines = None
    except GoldenFileError as err:
        if not update:
            pytest.fail(
                f"malformed golden file: {err}\n"
                f"Fix the line, or rerun with {_UPDATE_FLAG} to rewrite the whole file.",
                pytrace=False,
            )
        lines = None
    if lines is None:
        if update:
            _write(config, node, golden, now, "wrote")
            return
        pytest.fail(
            f"golden file {name} is missing.\n"
            f"Run pytest with {_UPDATE_FLAG} to write it from what the code gives now, "
            "then check every line by hand before committing it.",
            pytrace=False,
        )
    if update:
        # Offsets are not compared, but an update refreshes them too.
        if lines != now:
            _write(config, node, golden, now, "updated")
        return
    changes = diff(lines, now, name, color=_colour(config))
    if not changes:
        return
    plain = diff(lines, now, name) if _colour(config) else changes
    removed = sum(1 for ln in plain.splitlines()[2:] if ln.startswith("-"))
    added = sum(1 for ln in plain.splitlines()[2:] if ln.startswith("+"))
    pytest.fail(
        f"{name} differs from what the code gives now (-{removed} golden, +{added} now).\n"
        f"If the new lines are right, rerun with {_UPDATE_FLAG} to rewrite the golden, "
        "then review it with git diff.\n\n" + changes,
        pytrace=False,
    )


def _colour(config: pytest.Config) -> bool:
    """Colour diffs when pytest colours its own output (a terminal, or --color=yes)."""
    try:
        return bool(config.get_terminal_writer().hasmarkup)
    except (AttributeError, AssertionError):  # no terminal reporter (-p no:terminal)
        return False


def _write(
    config: pytest.Config, node: pytest.Item, golden: Path, lines: list[str], verb: str
) -> None:
    from .report.golden import write_golden

    try:
        golden.parent.mkdir(parents=True, exist_ok=True)
        write_golden(golden, lines)
    except OSError as err:
        pytest.fail(
            f"cannot write the golden file {_display(config, golden)}: {err.strerror or err}",
            pytrace=False,
        )
    name = _display(config, golden)
    config.stash.setdefault(_WRITTEN, []).append((verb, name))
    node.user_properties.append((_UPDATED_PROPERTY, f"{verb} {name}"))


def pytest_report_teststatus(
    report: pytest.TestReport | pytest.CollectReport, config: pytest.Config
) -> tuple[str, str, str] | None:
    # Still counted as passed, but shown as U / UPDATED so a rewrite never goes unseen.
    if (
        isinstance(report, pytest.TestReport)
        and report.when == "call"
        and report.passed
        and any(key == _UPDATED_PROPERTY for key, _ in report.user_properties)
    ):
        return "passed", "U", "UPDATED"
    return None


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    written = config.stash.get(_WRITTEN, [])
    if not written:
        return
    terminalreporter.section("discrepancy goldens written")
    for verb, name in written:
        terminalreporter.line(f"{verb} {name}")
    terminalreporter.line("Check every rewritten line by hand (git diff) before committing.")


# --------------------------------------------------------------------------- fixture


class GoldenChecker:
    """What the ``discrepancy_golden`` fixture gives: :meth:`check` against a golden."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request

    def check(self, result: Extraction | Comparison, path: str | os.PathLike[str]) -> None:
        """Fail the test with a diff unless ``result`` matches the golden at ``path``.

        Args:
            result: an :class:`~discrepancy.Extraction` (checked as facts lines) or a
                :class:`~discrepancy.Comparison` (checked as comparison rows).
            path: the golden ``.jsonl``; a relative path is taken from the test
                file's folder.

        With ``--discrepancy-update`` a missing, malformed or different golden is
        rewritten instead, and the test passes marked ``UPDATED``.
        """
        import discrepancy

        from .report.golden import comparison_lines, facts_lines

        # The classes as users import them (the package's lazy names), so a model
        # built from ``discrepancy.Extraction`` is always recognised.
        if isinstance(result, discrepancy.Extraction):
            now = facts_lines(result)
        elif isinstance(result, discrepancy.Comparison):
            now = comparison_lines(result)
        else:
            raise TypeError(
                f"discrepancy_golden.check() takes an Extraction or a Comparison, "
                f"not {type(result).__name__}"
            )
        golden = Path(path)
        if not golden.is_absolute():
            golden = self._request.path.parent / golden
        node = self._request.node
        assert isinstance(node, pytest.Item)
        _check(self._request.config, golden, now, node)


@pytest.fixture
def discrepancy_golden(request: pytest.FixtureRequest) -> GoldenChecker:
    """Check an extraction or comparison against a golden ``.jsonl`` file.

    ``discrepancy_golden.check(extraction_or_comparison, path)`` uses the same
    serialisation and diff as the collected fixture tests, and honours
    ``--discrepancy-update``.
    """
    return GoldenChecker(request)
