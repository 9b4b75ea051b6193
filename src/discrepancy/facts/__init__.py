"""Stage 4, facts: the passes that turn mentions into typed facts with subject, time and source."""
