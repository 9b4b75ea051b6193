"""Tests of the public edges and of the whole library: CLI, pytest plugin, Arrow, Dask,
``discrepancy.testing``, threads, and robustness on bad and hostile input."""
