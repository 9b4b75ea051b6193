"""The outlet a self-identifying footer names.

"Follow the <Outlet> ... channel", "<Outlet> journalists report", "© 2025 <Outlet>",
"Copyright <Outlet>", "The comments posted here are not from <Outlet>": the first
name found in the last lines is the outlet; other spellings become notes.

>>> footer_outlet("Talks stalled.\\nRFE/RL journalists report the news.")
('RFE/RL', [])
"""

from __future__ import annotations

import regex

from ..rules.vocab import Vocabulary

__all__ = ["footer_outlet"]

_FOOTER_LINES = 30

_NAME = r"""
    (?P<o>
        [A-Z0-9][\w&'’/-]*+(?:\.[\w&'’/-]++)*+            # first word: "RFE/RL", "CNewsLive"
        (?:[\x20\t](?:of|the|and|&|[A-Z0-9][\w&'’/-]*+(?:\.[\w&'’/-]++)*+)){0,5}+
    )
"""
_YEARS = r"(?:19|20)\d\d(?:[\x20\t]*+[-–][\x20\t]*+(?:19|20)\d\d)?+"  # 2025, 2019-2025
_FOOTER_CUES: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (
        "follow",
        regex.compile(
            rf"\bFollow[\x20\t]++(?:the[\x20\t]++|us[\x20\t]++on[\x20\t]++)?{_NAME}"
            r"[\x20\t]++(?:\w++[\x20\t]++){0,2}?channel\b",
            regex.VERBOSE,
        ),
    ),
    (
        "journalists",
        regex.compile(
            rf"^[\x20\t]*+{_NAME}[\x20\t]++journalists[\x20\t]++report\b", regex.M | regex.VERBOSE
        ),
    ),
    (
        "copyright",
        regex.compile(
            rf"""
            (?: \bCopyright[\x20\t]*+(?:©|\(c\))?+[\x20\t]*+(?:{_YEARS}[\x20\t,]++)?+  # Copyright X
              | (?:©|\(c\))[\x20\t]*+{_YEARS}[\x20\t,]++                    # © 2025 X
            ){_NAME}
            """,
            regex.VERBOSE,
        ),
    ),
    (
        "comments",
        regex.compile(
            rf"\bThe[\x20\t]++comments[\x20\t]++posted[\x20\t]++here[\x20\t]++are[\x20\t]++not"
            rf"[\x20\t]++from[\x20\t]++{_NAME}",
            regex.VERBOSE,
        ),
    ),
)
_NAME_TAIL = frozenset({"of", "the", "and", "&"})


def footer_outlet(text: str) -> tuple[str | None, list[str]]:
    """The outlet a self-identifying footer names, and notes on variants."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    footer = "\n".join(lines[-_FOOTER_LINES:])
    names: list[str] = []
    for _, pattern in _FOOTER_CUES:
        for m in pattern.finditer(footer):
            name = _clean_name(m["o"])
            if name:
                names.append(name)
    if not names:
        return None, []
    outlet = names[0]
    notes: list[str] = []
    for other in dict.fromkeys(names[1:]):
        if other == outlet:
            continue
        if _squash(other) == _squash(outlet):
            notes.append(f"the text also writes the outlet as {other!r}")
        else:
            notes.append(f"the footer also names {other!r}; outlet taken as {outlet!r}")
    return outlet, notes


def _clean_name(name: str) -> str | None:
    # Words that describe a channel rather than name the outlet ("CNewsLive English Readers").
    channel = Vocabulary.default().word_class("channel_word")
    words = name.split()
    while words and (words[-1].lower() in channel or words[-1].lower() in _NAME_TAIL):
        words.pop()
    cleaned = " ".join(words).rstrip(".,;:")
    return cleaned if cleaned[:1].isupper() or cleaned[:1].isdigit() else None


def _squash(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())
