"""Blind labelled sets, written by authors who never read the scanner's code and kept unseen until
they are scored: what an outside reviewer would measure (README, Accuracy)."""
