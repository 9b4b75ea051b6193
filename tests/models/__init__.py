"""Tests of the models (src/discrepancy/models): the values each stage hands on."""
