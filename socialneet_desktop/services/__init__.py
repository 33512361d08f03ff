"""Use-cases on a Session: save, search, dedupe, statistics, anonymise."""
