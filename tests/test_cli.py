"""The command line: formats, exit codes, errors, and the committed JSON Schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy._cli import main

ROOT = Path(__file__).resolve().parent.parent
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

    from discrepancy._cli import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    items = [Path("a.txt"), Path("b.txt"), Path("c.txt")]
    assert list(_progress(items, "extracting", stream)) == items
    shown = stream.getvalue()
    assert "extracting 1/3 a.txt" in shown
    assert "extracting 3/3 c.txt" in shown
    assert shown.endswith("\r")
