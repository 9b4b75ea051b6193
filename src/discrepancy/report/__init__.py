"""Stage 6, report: terminal table, Markdown, JSON Lines, golden files and HTML."""
