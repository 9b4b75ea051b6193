"""Stage 3, mentions: quantities and time expressions found in text, with their spans."""
