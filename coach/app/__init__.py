"""The Qt-free application layer the window and the terminal share: the flow around a
session (preferences, library, history, the run day, the speaker's life) and what each screen
shows, decided without widgets."""
