"""The pytest plugin, run on throwaway projects with pytester (in-process).

Collection and opt-in tests need no extractor. The ``discrepancy_golden`` fixture tests
build their models by hand inside the throwaway test file, so they pin the checking
logic (diff, missing, malformed, update) independently of the extraction rules. The
collected-item tests run the real extractor, so they only look at how the plugin
behaves around it (update, pass, fail with a diff), never at which facts come out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::pytest.PytestAssertRewriteWarning")

WIRE = """\
url: https://example.org/storm/wire
outlet: Example Wire
published: 2027-10-12
---
At least 12 people were killed when the storm hit the coast on Monday, police said.
"""

HERALD = """\
url: https://example.org/storm/herald
outlet: Example Herald
published: 2027-10-12
---
The storm killed 12 people on Monday, police said. No damage figures were given.
"""


def make_project(pytester: pytest.Pytester, ini: str | None = "fixtures") -> Path:
    """A project with one event of two articles, and a .txt file outside the fixtures."""
    options = "" if ini is None else f'discrepancy_fixtures = "{ini}"\n'
    pytester.makepyprojecttoml(f"[tool.pytest.ini_options]\n{options}")
    event = pytester.mkdir("fixtures").joinpath("storm")
    event.mkdir()
    (event / "wire.txt").write_text(WIRE, encoding="utf-8")
    (event / "herald.txt").write_text(HERALD, encoding="utf-8")
    pytester.mkdir("docs").joinpath("notes.txt").write_text(WIRE, encoding="utf-8")
    pytester.mkdir("tests").joinpath("test_one.py").write_text(
        "def test_one():\n    assert True\n", encoding="utf-8"
    )
    return event


FIXTURE_IDS = [
    "fixtures/storm/herald.txt::facts",
    "fixtures/storm/wire.txt::facts",
    "fixtures/storm::comparison",
]


def collected(result: pytest.RunResult) -> list[str]:
    return sorted(line for line in result.outlines if "::" in line and " " not in line)


# --------------------------------------------------------------------------- opt-in


def test_inert_without_opt_in(pytester: pytest.Pytester) -> None:
    make_project(pytester, ini=None)
    result = pytester.runpytest("--collect-only", "-q")
    assert collected(result) == ["tests/test_one.py::test_one"]


def test_collects_with_ini_option(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    result = pytester.runpytest("--collect-only", "-q")
    assert collected(result) == [*FIXTURE_IDS, "tests/test_one.py::test_one"]


def test_collects_fixture_folder_outside_testpaths(pytester: pytest.Pytester) -> None:
    make_project(pytester, ini=None)
    pytester.makepyprojecttoml(
        '[tool.pytest.ini_options]\ntestpaths = ["tests"]\ndiscrepancy_fixtures = "fixtures"\n'
    )
    result = pytester.runpytest("--collect-only", "-q")
    assert collected(result) == [*FIXTURE_IDS, "tests/test_one.py::test_one"]


def test_collects_with_flag(pytester: pytest.Pytester) -> None:
    make_project(pytester, ini=None)
    result = pytester.runpytest("--collect-only", "-q", "tests", "--discrepancy-fixtures=fixtures")
    assert collected(result) == [*FIXTURE_IDS, "tests/test_one.py::test_one"]


def test_explicit_paths_leave_ini_fixtures_out(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    result = pytester.runpytest("--collect-only", "-q", "tests")
    assert collected(result) == ["tests/test_one.py::test_one"]


def test_naming_one_article_collects_only_it(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    result = pytester.runpytest("--collect-only", "-q", "fixtures/storm/wire.txt")
    assert collected(result) == ["fixtures/storm/wire.txt::facts"]


def test_ini_lists_several_folders(pytester: pytest.Pytester) -> None:
    make_project(pytester, ini="fixtures more")
    other = pytester.mkdir("more").joinpath("quake")
    other.mkdir()
    (other / "agency.txt").write_text(WIRE, encoding="utf-8")
    result = pytester.runpytest("--collect-only", "-q")
    assert collected(result) == [
        *FIXTURE_IDS,
        "more/quake/agency.txt::facts",
        "more/quake::comparison",
        "tests/test_one.py::test_one",
    ]


def test_missing_fixture_folder_is_a_usage_error(pytester: pytest.Pytester) -> None:
    make_project(pytester, ini=None)
    result = pytester.runpytest("--discrepancy-fixtures=nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--discrepancy-fixtures names 'nowhere'*not a folder*"])


# --------------------------------------------------------------------------- fixture

HAND_TEST = """
from discrepancy import Article, Extraction, Fact, Interval, Quantity

TEXT = "The storm killed {n} people on Monday."


def build(n):
    text = TEXT.format(n=n)
    surface = f"{n} people"
    start = text.index(surface)
    q = Quantity(span=(start, start + len(str(n))), surface=str(n), nominal=n,
                 value=Interval.point(n), qualifier="exact")
    fact = Fact(span=(start, start + len(surface)), surface=surface,
                sentence_span=(0, len(text)), quantity=q, subject="death", event="killed")
    return Extraction(article=Article(id="storm", text=text), facts=(fact,))


def test_storm(discrepancy_golden):
    discrepancy_golden.check(build({n}), "goldens/storm.facts.jsonl")
"""


def golden_line(n: int) -> str:
    record = {
        "surface": f"{n} people",
        "span": [17, 17 + len(f"{n} people")],
        "subject": "death",
        "event": "killed",
        "value": f"[{n}, {n}]",
        "qualifier": "exact",
        "unit": None,
        "time": None,
        "time_basis": "none",
        "location": None,
        "location_basis": "none",
        "actor": None,
        "attribution": None,
        "part_of": None,
        "negated": False,
    }
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": ")) + "\n"


def hand_project(pytester: pytest.Pytester, n: int, golden: str | None) -> Path:
    pytester.makepyprojecttoml("[tool.pytest.ini_options]\n")
    pytester.makepyfile(test_hand=HAND_TEST.replace("{n}", str(n)))
    path = pytester.path / "goldens" / "storm.facts.jsonl"
    if golden is not None:
        path.parent.mkdir()
        path.write_text(golden, encoding="utf-8")
    return path


def test_fixture_passes_on_matching_golden(pytester: pytest.Pytester) -> None:
    hand_project(pytester, 622, golden_line(622))
    pytester.runpytest().assert_outcomes(passed=1)


def test_fixture_fails_with_unified_diff_and_update_hint(pytester: pytest.Pytester) -> None:
    hand_project(pytester, 800, golden_line(622))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*goldens/storm.facts.jsonl differs from what the code gives now*",
            "*rerun with --discrepancy-update*",
            "--- golden*goldens/storm.facts.jsonl",
            "+++ now",
            '-{"surface": "622 people", *',
            '+{"surface": "800 people", *',
        ]
    )


def test_fixture_missing_golden_fails_and_names_the_flag(pytester: pytest.Pytester) -> None:
    hand_project(pytester, 622, None)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*golden file goldens/storm.facts.jsonl is missing*", "*--discrepancy-update*"]
    )


def test_fixture_update_writes_a_missing_golden(pytester: pytest.Pytester) -> None:
    path = hand_project(pytester, 622, None)
    result = pytester.runpytest("--discrepancy-update", "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*test_storm UPDATED*", "wrote goldens/storm.facts.jsonl"])
    assert path.read_text(encoding="utf-8") == golden_line(622)
    pytester.runpytest().assert_outcomes(passed=1)


def test_fixture_update_repairs_a_changed_golden(pytester: pytest.Pytester) -> None:
    path = hand_project(pytester, 800, golden_line(622))
    result = pytester.runpytest("--discrepancy-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["updated goldens/storm.facts.jsonl"])
    assert path.read_text(encoding="utf-8") == golden_line(800)


def test_fixture_update_leaves_a_matching_golden_alone(pytester: pytest.Pytester) -> None:
    path = hand_project(pytester, 622, golden_line(622))
    before = path.stat().st_mtime_ns
    result = pytester.runpytest("--discrepancy-update", "-v")
    result.assert_outcomes(passed=1)
    assert "UPDATED" not in result.stdout.str()
    assert path.stat().st_mtime_ns == before


def test_fixture_malformed_golden_names_file_and_line(pytester: pytest.Pytester) -> None:
    hand_project(pytester, 622, golden_line(622) + '{"surface": "14 regions"\n')
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*malformed golden file: *goldens/storm.facts.jsonl:2: line 2 is not valid JSON*"]
    )


def test_fixture_update_rewrites_a_malformed_golden(pytester: pytest.Pytester) -> None:
    path = hand_project(pytester, 622, "not json\n")
    pytester.runpytest("--discrepancy-update").assert_outcomes(passed=1)
    assert path.read_text(encoding="utf-8") == golden_line(622)


def test_fixture_rejects_other_objects(pytester: pytest.Pytester) -> None:
    pytester.makepyprojecttoml("[tool.pytest.ini_options]\n")
    pytester.makepyfile(
        "def test_x(discrepancy_golden):\n    discrepancy_golden.check([1], 'x.jsonl')\n"
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*TypeError: *takes an Extraction or a Comparison, not list*"])


# --------------------------------------------------------------------------- items


def test_items_fail_on_missing_goldens_and_name_the_flag(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    result = pytester.runpytest("fixtures")
    result.assert_outcomes(failed=3)
    result.stdout.fnmatch_lines(
        [
            "*golden file fixtures/storm/herald.facts.jsonl is missing*",
            "*--discrepancy-update*",
        ]
    )
    result.stdout.fnmatch_lines(["*golden file fixtures/storm/comparison.jsonl is missing*"])


def test_items_update_then_pass_then_fail_with_diff(pytester: pytest.Pytester) -> None:
    event = make_project(pytester)
    first = pytester.runpytest("fixtures", "--discrepancy-update")
    first.assert_outcomes(passed=3)
    first.stdout.fnmatch_lines(
        [
            "*discrepancy goldens written*",
            "wrote fixtures/storm/herald.facts.jsonl",
            "wrote fixtures/storm/wire.facts.jsonl",
            "wrote fixtures/storm/comparison.jsonl",
        ]
    )
    for name in ("wire.facts.jsonl", "herald.facts.jsonl", "comparison.jsonl"):
        text = (event / name).read_text(encoding="utf-8")
        assert text == "" or text.endswith("}\n")
    pytester.runpytest("fixtures").assert_outcomes(passed=3)

    # A hand edit of the golden stands for a change in behaviour: the diff shows it.
    golden = event / "wire.facts.jsonl"
    golden.write_text('{"surface": "622 people"}\n' + golden.read_text(encoding="utf-8"))
    result = pytester.runpytest("fixtures")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*fixtures/storm/wire.facts.jsonl differs from what the code gives now*",
            "--- golden*fixtures/storm/wire.facts.jsonl",
            "+++ now",
            '-{"surface": "622 people"}',
        ]
    )
    repaired = pytester.runpytest("fixtures", "--discrepancy-update")
    repaired.assert_outcomes(passed=3)
    repaired.stdout.fnmatch_lines(["updated fixtures/storm/wire.facts.jsonl"])
    assert "622 people" not in golden.read_text(encoding="utf-8")


def test_item_malformed_golden_names_file_and_line(pytester: pytest.Pytester) -> None:
    event = make_project(pytester)
    pytester.runpytest("fixtures", "--discrepancy-update").assert_outcomes(passed=3)
    (event / "comparison.jsonl").write_text('{"subject": "death"}\n[1]\n', encoding="utf-8")
    result = pytester.runpytest("fixtures")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        ["*fixtures/storm/comparison.jsonl:2: line 2 is not a JSON object but a list*"]
    )


def test_unreadable_article_fails_with_the_loader_message(pytester: pytest.Pytester) -> None:
    event = make_project(pytester)
    (event / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    result = pytester.runpytest("fixtures/storm/broken.txt", "--discrepancy-update")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*ArticleEncodingError: *broken.txt*"])


def test_an_edit_that_moves_no_figure_keeps_the_golden_passing(
    pytester: pytest.Pytester,
) -> None:
    event = make_project(pytester)
    pytester.runpytest("fixtures", "--discrepancy-update").assert_outcomes(passed=3)
    before = (event / "wire.facts.jsonl").read_text(encoding="utf-8")
    wire = event / "wire.txt"
    # A headline above the story shifts every offset; no figure changes.
    wire.write_text(WIRE.replace("---\n", "---\nStorm batters the coast\n\n"), encoding="utf-8")
    pytester.runpytest("fixtures").assert_outcomes(passed=3)
    # An update refreshes the offsets, and only them.
    pytester.runpytest("fixtures", "--discrepancy-update").assert_outcomes(passed=3)
    after = (event / "wire.facts.jsonl").read_text(encoding="utf-8")
    assert after != before
    strip = [{k: v for k, v in json.loads(x).items() if k != "span"} for x in before.splitlines()]
    assert strip == [
        {k: v for k, v in json.loads(x).items() if k != "span"} for x in after.splitlines()
    ]


def test_failing_diff_says_what_changed_inside_the_line(pytester: pytest.Pytester) -> None:
    event = make_project(pytester)
    pytester.runpytest("fixtures", "--discrepancy-update").assert_outcomes(passed=3)
    golden = event / "herald.facts.jsonl"
    lines = golden.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["value"] = "[13, 13]"
    golden.write_text("\n".join([json.dumps(record, ensure_ascii=False), *lines[1:]]) + "\n")
    result = pytester.runpytest("fixtures")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(['    value: "[13, 13]" -> "[12, 12]"'])
    coloured = pytester.runpytest("fixtures", "--color=yes")
    coloured.stdout.fnmatch_lines(
        ['*value: \x1b[[]31m"[[]13, 13]"\x1b[[]0m -> \x1b[[]32m"[[]12, 12]"*']
    )


def test_a_txt_directly_in_the_fixtures_folder_is_reported(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    (pytester.path / "fixtures" / "stray.txt").write_text(WIRE, encoding="utf-8")
    result = pytester.runpytest("fixtures/stray.txt")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*fixtures/stray.txt is directly in the fixtures folder, so it belongs to no event*"]
    )


@pytest.mark.parametrize("kind", ["folder", "symlink-loop", "nested", "long-integer"])
def test_a_strange_golden_fails_cleanly(pytester: pytest.Pytester, kind: str) -> None:
    pytester.makepyprojecttoml("[tool.pytest.ini_options]\n")
    golden = pytester.path / "g.jsonl"
    if kind == "folder":
        golden.mkdir()
        expected = "*g.jsonl: is a folder, where a golden .jsonl file should be*"
    elif kind == "symlink-loop":
        golden.symlink_to(golden)
        expected = "*g.jsonl: cannot be read (*); fix the path or remove it*"
    elif kind == "nested":
        golden.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
        expected = "*g.jsonl:1: line 1 cannot be read as a golden record (nested too deeply)*"
    else:
        golden.write_text('{"n": ' + "9" * 5000 + "}\n", encoding="utf-8")
        expected = "*g.jsonl:1: line 1 cannot be read as a golden record (Exceeds the limit*"
    pytester.makepyfile(
        test_g="""
from discrepancy import Article, Extraction

def test_g(discrepancy_golden):
    discrepancy_golden.check(Extraction(article=Article(id="a", text="x")), "g.jsonl")
"""
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([expected])
    assert "Traceback" not in result.stdout.str()
    assert "RecursionError" not in result.stdout.str()
