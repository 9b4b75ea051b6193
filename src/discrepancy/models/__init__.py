"""The values the stages hand on: intervals, facts, rows, comparisons, and the policy."""
