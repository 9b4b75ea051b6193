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
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._collect import CACHE, ROOTS, ArticleFile, EventDir, StrayArticle, event_root
from ._goldens import UPDATE_FLAG, UPDATED_PROPERTY, WRITTEN, check_golden

if TYPE_CHECKING:
    from ..models import Comparison, Extraction

__all__ = ["GoldenChecker", "discrepancy_golden"]

_INI = "discrepancy_fixtures"


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
        UPDATE_FLAG,
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
    config.stash[ROOTS] = tuple(dict.fromkeys(roots))
    config.stash[WRITTEN] = []
    config.stash[CACHE] = {}


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
    roots = config.stash.get(ROOTS, ())
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


@pytest.hookimpl(tryfirst=True)
def pytest_collect_directory(path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if event_root(parent.config, path):
        return EventDir.from_parent(parent, path=path)
    return None


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> Generator[None, list[pytest.Collector], list[pytest.Collector]]:
    others = yield
    if file_path.suffix == ".txt" and event_root(parent.config, file_path.parent):
        # An article is data, never a doctest file: pytest's doctest plugin would
        # otherwise read a .txt named on the command line as one.
        return [ArticleFile.from_parent(parent, path=file_path)]
    if file_path.suffix == ".txt" and file_path.parent.resolve() in parent.config.stash.get(
        ROOTS, ()
    ):
        # An article directly in the fixtures folder belongs to no event; say so
        # instead of skipping it in silence.
        return [StrayArticle.from_parent(parent, path=file_path)]
    return others


def pytest_report_teststatus(
    report: pytest.TestReport | pytest.CollectReport, config: pytest.Config
) -> tuple[str, str, str] | None:
    # Still counted as passed, but shown as U / UPDATED so a rewrite never goes unseen.
    if (
        isinstance(report, pytest.TestReport)
        and report.when == "call"
        and report.passed
        and any(key == UPDATED_PROPERTY for key, _ in report.user_properties)
    ):
        return "passed", "U", "UPDATED"
    return None


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    written = config.stash.get(WRITTEN, [])
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

        from ..report.golden import comparison_lines, facts_lines

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
        check_golden(self._request.config, golden, now, node)


@pytest.fixture
def discrepancy_golden(request: pytest.FixtureRequest) -> GoldenChecker:
    """Check an extraction or comparison against a golden ``.jsonl`` file.

    ``discrepancy_golden.check(extraction_or_comparison, path)`` uses the same
    serialisation and diff as the collected fixture tests, and honours
    ``--discrepancy-update``.
    """
    return GoldenChecker(request)
