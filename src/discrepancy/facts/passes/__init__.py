"""The passes of the facts stage, one module each, run in order by
:mod:`discrepancy.facts.pipeline`."""
