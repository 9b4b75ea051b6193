"""Tests of the text stage (src/discrepancy/text): checks, sentences, noun phrases, page debris."""
