"""Tests of the facts stage (src/discrepancy/facts): one file per pass where it is about one."""
