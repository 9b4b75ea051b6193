"""Every error ``discrepancy`` raises on purpose.

The tree (builtin bases in brackets: each error is also the exception Python's own
convention raises for the same mistake, so ``except ValueError`` keeps working)::

    DiscrepancyError                 base of everything below; catch this one
    ├── ParseError [ValueError]      a phrase holds no quantity or no time expression
    ├── InputError [ValueError]      an argument's value cannot be used (empty text, HTML,
    │   │                            a bad option, repeated ids...)
    │   ├── InputTypeError [TypeError]  an argument of the wrong type: None, bytes,
    │   │                            a number where text or a path was expected
    │   ├── EmptyInputError          empty or whitespace-only text
    │   └── HTMLInputError           raw HTML passed where plain text was expected
    ├── ArticleError                 an article file could not be loaded; names the file
    │   ├── ArticleReadError         missing or unreadable file, or a folder with no articles
    │   ├── ArticleEncodingError     the bytes are not valid UTF-8 (or declared encoding)
    │   └── FrontMatterError         a front-matter block that is malformed
    ├── VocabularyError              a rules/vocabulary data file fails validation
    └── GoldenFileError              a malformed golden ``.jsonl`` file; names file and line

Each message says what was wrong and what to do about it.

>>> import discrepancy
>>> issubclass(discrepancy.ParseError, discrepancy.DiscrepancyError)
True
>>> try:
...     discrepancy.extract("")
... except ValueError as err:
...     print(type(err).__name__)
EmptyInputError
>>> try:
...     discrepancy.extract(None)
... except TypeError as err:
...     print(type(err).__name__)
InputTypeError
"""

from __future__ import annotations

__all__ = [
    "ArticleEncodingError",
    "ArticleError",
    "ArticleReadError",
    "DiscrepancyError",
    "EmptyInputError",
    "FrontMatterError",
    "GoldenFileError",
    "HTMLInputError",
    "InputError",
    "InputTypeError",
    "ParseError",
    "VocabularyError",
]


class DiscrepancyError(Exception):
    """Base class of every error the library raises on purpose."""


class ParseError(DiscrepancyError, ValueError):
    """A phrase given to a ``parse_*`` function holds nothing it can parse."""


class InputError(DiscrepancyError, ValueError):
    """An argument's value cannot be used: empty text, an HTML page, a bad option.

    A ``ValueError``, as Python raises for a value of the right type that is wrong;
    an argument of the wrong type raises the child :class:`InputTypeError`.
    """


class InputTypeError(InputError, TypeError):
    """An argument has the wrong type (``None``, bytes, a number instead of text).

    Also a ``TypeError``, as Python raises for the same mistake, and an
    :class:`InputError`, so one ``except InputError`` catches every bad input.
    """


class EmptyInputError(InputError):
    """The text is empty or holds only whitespace."""


class HTMLInputError(InputError):
    """Raw HTML was passed as plain text; use ``Article.from_html`` instead."""


class ArticleError(DiscrepancyError):
    """An article file could not be turned into an :class:`~discrepancy.Article`.

    Attributes:
        path: the file concerned, as given.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ArticleReadError(ArticleError):
    """The file is missing, unreadable, empty, or a folder holds no article files."""


class ArticleEncodingError(ArticleError):
    """The file's bytes do not decode as UTF-8."""


class FrontMatterError(ArticleError):
    """A front-matter block is malformed (a bad key line, a bad date)."""


class VocabularyError(DiscrepancyError):
    """A vocabulary or rules data file fails its schema."""


class GoldenFileError(DiscrepancyError):
    """A golden facts/comparison file is malformed.

    Attributes:
        path: the golden file.
        line: the 1-based line number, when one line is at fault.
    """

    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
