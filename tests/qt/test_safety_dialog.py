"""The stop-and-get-advice dialog starts at its top: no empty band above the first heading."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coach.qt.safety import SafetyDialog, safety_html


def test_the_signs_start_at_the_top(qtbot):
    dialog = SafetyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text.alignment() & Qt.AlignmentFlag.AlignTop
    assert safety_html().startswith('<h3 style="margin-top:0">Get help the same day if:')
