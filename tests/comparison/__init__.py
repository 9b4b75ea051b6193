"""Tests of the comparison stage (src/discrepancy/comparison): alignment, units, copies."""
