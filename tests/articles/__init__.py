"""Tests of the articles stage (src/discrepancy/articles): loading, metadata, HTML."""
