"""The ``limber`` command: every command-line handler, one module per command group, and
the one way in (:func:`coach.cli.entry.main`)."""
