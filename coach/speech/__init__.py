"""Speech and sound: one small port, with real, silent and recording implementations."""
