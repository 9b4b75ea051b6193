"""MkDocs hooks: show bare doctests in docstrings as Python code; load nothing remote.

The library's docstrings carry doctests outside an ``Examples:`` section (they are
the mini-spec and run under ``pytest --doctest-modules``). Markdown would read
``>>>`` as nested block quotes and ``[('death', 'agree')]`` as a link, so this hook
adds a tiny Markdown preprocessor that fences each run of doctest lines as
``pycon``. It applies to the pages and to the docstrings mkdocstrings renders
(mkdocstrings reuses the site's Markdown extension list).

>>> _fence_doctests(["Text.", "", ">>> 1 + 1", "2", "", "More."])
['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
"""

from __future__ import annotations

import re
from typing import Any

# Markdown ships no type information (types-Markdown is not worth a docs dependency).
from markdown import Markdown  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.preprocessors import Preprocessor  # type: ignore[import-untyped]
from mkdocs.plugins import event_priority

_REMOTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_PROMPT = re.compile(r"^(\s*)>>>( |$)")


def _fence_doctests(lines: list[str]) -> list[str]:
    out: list[str] = []
    fence: str | None = None
    in_doctest = False
    indent = ""
    for line in lines:
        if in_doctest:
            if line.strip():
                out.append(line)
                continue
            out.append(f"{indent}```")
            in_doctest = False
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener.group(1).startswith(fence):
                fence = None
            out.append(line)
            continue
        if opener:
            fence = opener.group(1)[0] * 3
            out.append(line)
            continue
        prompt = _PROMPT.match(line)
        if prompt:
            indent = prompt.group(1)
            out.extend([f"{indent}```pycon", line])
            in_doctest = True
            continue
        out.append(line)
    if in_doctest:
        out.append(f"{indent}```")
    return out


class _DoctestPreprocessor(Preprocessor):  # type: ignore[misc]  # untyped base
    def run(self, lines: list[str]) -> list[str]:
        return _fence_doctests(lines)


class _DoctestExtension(Extension):  # type: ignore[misc]  # untyped base
    def extendMarkdown(self, md: Markdown) -> None:
        # Above the fenced-code preprocessors (priority 25-30), so they see the new fences.
        md.preprocessors.register(_DoctestPreprocessor(md), "discrepancy_doctests", 40)


@event_priority(-100)  # after the theme's offline plugin has added its polyfill
def on_config(config: Any) -> Any:
    """Add the preprocessor, and drop scripts the site would fetch from the network.

    mkdocstrings shares the site's extension list for the docstrings it renders.
    Material's ``offline`` plugin adds a polyfill from unpkg.com so that search runs
    from ``file://`` pages; the site must load nothing remote, so it goes (search
    still works when the site is served, even by ``python -m http.server``).
    """
    config.markdown_extensions.append(_DoctestExtension())
    config.extra["polyfills"] = [
        url for url in config.extra.get("polyfills", []) if not _REMOTE.match(url)
    ]
    return config
