"""Blind labelled sets, written without reading the scanner: what an outside reviewer would measure."""
