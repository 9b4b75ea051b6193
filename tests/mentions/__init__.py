"""Tests of the mentions stage (src/discrepancy/mentions): quantities and times in text."""
