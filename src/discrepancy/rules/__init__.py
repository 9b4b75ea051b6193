"""What the library knows about English news: schemas, one loader, the data files."""
