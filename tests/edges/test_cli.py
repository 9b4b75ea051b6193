"""The command line: formats, exit codes, errors, and the committed JSON Schemas."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from discrepancy._cli import main
from tests.helpers import ROOT

SEEDS = ROOT / "seeds"


@pytest.mark.parametrize("which", ["comparison", "extraction"])
def test_committed_schema_matches_the_models(
    which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", which]) == 0
    committed = (ROOT / "schema" / f"{which}.schema.json").read_text(encoding="utf-8")
    assert capsys.readouterr().out == committed, (
        f"schema/{which}.schema.json is stale: regenerate it with "
        f"`discrepancy schema {which} > schema/{which}.schema.json`"
    )


def test_missing_path_is_a_clean_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["compare", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("discrepancy: error:")
    assert "Traceback" not in err


def test_compare_seeds_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data["articles"]] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert data["rows"]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_compare_seeds_text_formats(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "over 1,300" in out
    assert "more than 1,300" in out


def test_fail_on_differ_gates_a_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "published: 2024-05-04\n---\nFloods killed 622 people on Friday, officials said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "published: 2024-05-04\n---\nFloods killed 800 people on Friday, officials said.\n",
        encoding="utf-8",
    )
    assert main(["compare", str(tmp_path)]) == 0
    assert main(["compare", str(tmp_path), "--fail-on", "differ"]) == 1
    assert "differ" in capsys.readouterr().err


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    assert main(["compare", str(SEEDS), "--format", "markdown", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("| row | window |")


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_extract(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS / "004_05332f3da528a3c4.txt"), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "502" in out
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
        assert {r["surface"] for r in records} >= {"502", "24", "430", "21"}


def test_progress_only_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEEDS), "--format", "jsonl"]) == 0
    assert "extracting" not in capsys.readouterr().err


def test_progress_counter_on_a_terminal() -> None:
    import io

    from discrepancy._cli.output import counter

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    show = counter("extracting", stream)
    for done in (1, 2, 3):
        show(done, 3)
    assert stream.getvalue() == "\rextracting 1/3\rextracting 2/3\r" + " " * 40 + "\r"
    quiet = io.StringIO()
    counter("extracting", quiet)(1, 3)
    assert quiet.getvalue() == ""


# --------------------------------------------------------------------------- conventions


def _article(path: Path, body: str, published: str = "2024-05-04") -> Path:
    path.write_text(f"published: {published}\n---\n{body}\n", encoding="utf-8")
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import discrepancy

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"discrepancy {discrepancy.__version__}\n"


@pytest.mark.parametrize("command", ["compare", "extract"])
def test_help_names_every_option_and_its_default(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    for option in ("--output", "--quiet", "--verbose", "--max-bytes", "--format"):
        assert option in out
    assert "(default: 10000000)" in out
    assert "(default: table)" in out
    assert "- for stdin" in out


def test_stdin_is_read_with_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = _article(tmp_path / "in.txt", "Floods killed 622 people on Friday, officials said.")
    with source.open("rb") as stdin:
        monkeypatch.setattr("sys.stdin", type("S", (), {"buffer": stdin})())
        assert main(["extract", "-", "--format", "jsonl"]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (record["article"], record["surface"], record["value"]) == ("stdin", "622", "[622, 622]")
    assert record["time"] == "day:2024-05-03..2024-05-03"


def test_one_unreadable_file_does_not_abort_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _article(tmp_path / "good.txt", "Floods killed 622 people on Friday, officials said.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Floods killed \xff\xfe 600 people.")
    assert main(["extract", str(bad), str(good), str(tmp_path / "missing.txt")]) == 2
    captured = capsys.readouterr()
    assert "== good" in captured.out
    assert "622" in captured.out
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"discrepancy: error: {bad}: not valid UTF-8 at byte offset 14")
    assert errors[1] == f"discrepancy: error: {tmp_path / 'missing.txt'}: no such file or folder"


@pytest.mark.parametrize(
    "special", ["fifo", "/dev/zero", "/dev/null"], ids=["fifo", "dev-zero", "dev-null"]
)
def test_non_regular_files_are_refused_without_reading(
    special: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    if special == "fifo":
        special = str(tmp_path / "pipe")
        os.mkfifo(special)
    elif not Path(special).exists():
        pytest.skip(f"{special} does not exist here")
    assert main(["compare", special]) == 2
    err = capsys.readouterr().err
    assert f"{special}: not a regular file (a pipe, device or socket)" in err
    assert "no article could be read" in err


def test_oversize_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = _article(tmp_path / "big.txt", "Floods killed 622 people. " * 100)
    assert main(["extract", str(big), "--max-bytes", "1000"]) == 2
    err = capsys.readouterr().err
    assert f"{big}: {big.stat().st_size:,} bytes, larger than 1,000; raise --max-bytes" in err


def test_no_figures_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _article(tmp_path / "a.txt", "The talks went on late into the night.")
    assert main(["compare", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "No figures to compare in these articles." in captured.out
    assert "discrepancy: no figures found in the article" in captured.err
    assert main(["compare", "-q", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_show_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _article(tmp_path / "a.txt", "In 2023, 12 people were arrested on Friday.")
    assert main(["extract", str(path), "--format", "jsonl", "--show-rejected"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    facts = [r for r in records if "rejected" not in r]
    rejected = [r for r in records if "rejected" in r]
    assert [(r["surface"], r["subject"]) for r in facts] == [("12", "arrest")]
    assert [(r["surface"], r["span"]) for r in rejected] == [("2023", [3, 7])]
    assert main(["extract", str(path), "--show-rejected"]) == 0
    assert "  rejected '2023': " in capsys.readouterr().out


def test_verbose_names_each_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "-v", str(SEEDS / "004_05332f3da528a3c4.txt")]) == 0
    err = capsys.readouterr().err
    assert f"discrepancy: read {SEEDS / '004_05332f3da528a3c4.txt'}: " in err
    assert "published 2025-09-04" in err


def test_html_page_from_the_shell(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "storm.html"
    paragraph = (
        "<p>The storm killed 14 people in the region on Tuesday, officials said, and "
        "left thousands of homes without power across the coast overnight.</p>"
    )
    page.write_text(
        "<!DOCTYPE html><html><head><title>Storm</title>"
        '<meta property="og:site_name" content="Coast Herald">'
        '<meta name="date" content="2026-10-08"></head><body><article><h1>Storm</h1>'
        + paragraph * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {(r["article"], r["surface"], r["subject"]) for r in records} >= {
        ("storm", "14", "death")
    }


def test_control_characters_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "\x1b]0;owned\x07\x1b[2J\x9b31m"
    (tmp_path / f"a{hostile[:4]}.txt").write_text(
        f"outlet: Evil{hostile}\npublished: 2024-05-04\n---\n"
        "Floods killed 622 people on Friday, officials said.\n",
        encoding="utf-8",
    )
    _article(tmp_path / "b.txt", "Floods killed 800 people on Friday, officials said.")
    for argv in (
        ["compare", str(tmp_path)],
        ["compare", str(tmp_path), "--format", "markdown"],
        ["compare", str(tmp_path), "--format", "json"],
        ["extract", str(tmp_path)],
        ["extract", str(tmp_path), "--format", "jsonl"],
    ):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert not any(ch in out for ch in "\x1b\x07\x9b"), argv
        assert "\\x1b]0;" in out or "\\u001b]0;" in out, argv
    assert main(["extract", str(tmp_path)]) == 0
    assert "outlet=Evil\\x1b]0;owned\\x07\\x1b[2J\\x9b31m" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("tty", "no_color", "coloured"),
    [(True, None, True), (True, "1", False), (False, None, False)],
    ids=["terminal", "terminal-with-NO_COLOR", "piped"],
)
def test_colour_only_on_a_terminal_without_no_color(
    tty: bool,
    no_color: str | None,
    coloured: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty)
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert main(["compare", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert ("\x1b[" in out) is coloured
    assert "more than 1,300" in out


# ------------------------------------------------------------------ stories in one input

FLOOD = (
    "Floods in Marsa province killed 12 people on Monday, officials said. "
    "Rescuers evacuated 400 residents from the Marsa valley."
)
FLOOD_2 = "The Marsa province floods killed 14 people on Monday, the governor of Marsa said."
STRIKE = "Dock workers in Porto walked out on Monday; the union said 3,000 joined the strike."


def test_a_mixed_folder_is_compared_story_by_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, body in (("a", FLOOD), ("b", FLOOD_2), ("c", STRIKE)):
        _article(tmp_path / f"{name}.txt", body)
    assert main(["compare", str(tmp_path), "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    stories = sorted(sorted(a["id"] for a in e["comparison"]["articles"]) for e in events)
    assert stories == [["a", "b"], ["c"]]
    # Forced into one story, the strike's outlet is silent on the flood's rows.
    assert main(["compare", str(tmp_path), "--format", "json", "--one-event"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert sorted(a["id"] for a in one["articles"]) == ["a", "b", "c"]


def test_a_folder_of_event_folders_is_one_story_per_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for event, name, body in (
        ("flood", "a", FLOOD),
        ("flood", "b", FLOOD_2),
        ("strike", "c", STRIKE),
    ):
        (tmp_path / event).mkdir(exist_ok=True)
        _article(tmp_path / event / f"{name}.txt", body)
    assert main(["compare", str(tmp_path), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.index(f"## {tmp_path.name}/flood") < out.index(f"## {tmp_path.name}/strike")
    # One HTML page with a section per folder (tests/report/test_events.py checks it).
    assert main(["compare", str(tmp_path), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert re.findall(r'<li><a href="(#event-\d)">(.*?)</a>', out) == [
        ("#event-1", f"{tmp_path.name}/flood"),
        ("#event-2", f"{tmp_path.name}/strike"),
    ]


# ------------------------------------------------------------------ --jobs

FIXTURES = sorted(str(p) for p in (ROOT / "fixtures").iterdir() if p.is_dir())


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["extract", str(SEEDS), *FIXTURES, "--format", "jsonl"], id="extract"),
        # Seeds and fixtures as loose folders: grouped into events, then compared.
        pytest.param(["compare", str(SEEDS), *FIXTURES, "--format", "json"], id="compare"),
        # The fixtures as a folder of event folders, beside the loose seeds.
        pytest.param(
            ["compare", str(SEEDS), str(ROOT / "fixtures"), "--format", "markdown"],
            id="compare-event-folders",
        ),
    ],
)
def test_jobs_give_the_same_output_in_the_same_order(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    # Standard error is a terminal, so the progress counter is drawn.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    runs = []
    for jobs in ("1", "2"):
        assert main([*argv, "--jobs", jobs]) == 0
        runs.append(capsys.readouterr())
    (one, two) = runs
    assert one.out == two.out
    total = 5 + sum(len(list(Path(f).glob("*.txt"))) for f in FIXTURES)
    for run in runs:
        # A counter that only grows, then erased: nothing else on standard error.
        done = [int(n) for n in re.findall(rf"\rextracting (\d+)/{total}", run.err)]
        assert run.err == "".join(f"\rextracting {n}/{total}" for n in done) + f"\r{' ' * 40}\r"
        assert done == sorted(set(done))
        assert 1 <= done[0] <= done[-1] < total
    if argv[0] == "extract":
        # In input order: the seeds, then each fixture folder's files by name.
        order = [json.loads(line)["article"] for line in one.out.splitlines()]
        names = [p.stem for p in sorted(SEEDS.glob("*.txt"))] + [
            p.stem for f in FIXTURES for p in sorted(Path(f).glob("*.txt"))
        ]
        assert list(dict.fromkeys(order)) == [n for n in names if n in set(order)]


def test_jsonl_lines_carry_the_links_of_a_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _article(
        tmp_path / "rates.txt",
        "The jobless rate fell from 5.2% to 4.9% in May, the statistics office said.",
    )
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["index"], r["surface"], r["value"], r["link"]) for r in records] == [
        (0, "5.2%", "[5.2, 5.2]", ["from", 1]),
        (1, "4.9%", "[4.9, 4.9]", ["to", 0]),
    ]
