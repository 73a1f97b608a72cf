"""One module per command: typed arguments in, exit code out."""
