"""Tests of the rules (src/discrepancy/rules): schemas, the loader, the data files."""
