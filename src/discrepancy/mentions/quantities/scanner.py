"""The scan loop: find the next trigger (a digit or a number word), hand it to its
reader, and resume after the span the reader accounted for.
"""

from __future__ import annotations

from .digits import _at_digit
from .patterns import _DIGIT, _DIGIT_OR_FRACTION, _VULGAR, _WORD_BYTES
from .state import _Scanner
from .words import _at_word


def run(sc: _Scanner) -> None:
    """Read every trigger of ``sc.text`` in text order into ``sc.found`` and ``sc.rejected``.

    The two trigger scans run ahead independently; each is searched again only once the
    scan has passed its last hit, so each character is searched once per scan."""
    text = sc.text
    n = len(text)
    folded = sc.folded
    vulgar = not text.isascii() and any(c in text for c in _VULGAR)
    digits = _DIGIT_OR_FRACTION if vulgar else _DIGIT
    digit_search, word_search = digits.search, _WORD_BYTES.search
    big = n + 1
    # Next trigger positions; the word match starts at its leading space, which
    # in folded coordinates is the word's start in the text.
    m = digit_search(text, 0)
    d = m.start() if m is not None else big
    w_match = word_search(folded, 0)
    w = w_match.start() if w_match is not None else big
    while d < big or w < big:
        if d < w:
            if d >= sc.pos:
                sc.pos = max(sc.pos, _at_digit(sc, d), d + 1)
        elif w >= sc.pos:
            assert w_match is not None
            sc.pos = max(sc.pos, _at_word(sc, w, w_match.end() - 1), w + 1)
        if d < sc.pos:
            m = digit_search(text, sc.pos) if sc.pos < n else None
            d = m.start() if m is not None else big
        if w < sc.pos or (w == d == big):
            w_match = word_search(folded, sc.pos) if sc.pos < n else None
            w = w_match.start() if w_match is not None else big
