"""Tests of the report stage (src/discrepancy/report): table, golden files, HTML."""
