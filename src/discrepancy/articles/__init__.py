"""Stage 2, articles: loading files and folders, front matter, metadata, HTML pages."""
