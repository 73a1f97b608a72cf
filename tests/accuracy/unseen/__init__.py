"""Labelled files written apart from the scanner's code, kept unseen until they are scored."""
