"""Routine and catalogue files: read and checked strictly, written back, gathered in a library."""
