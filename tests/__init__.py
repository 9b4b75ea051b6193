"""The test suite, laid out like the pipeline: one folder per stage of ``src/discrepancy``.

A package, so that files in different folders may share a name (``facts/test_times.py``,
``mentions/test_times.py``) and import the shared helpers from :mod:`tests.helpers`.
"""
