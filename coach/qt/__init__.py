"""The desktop app: the Qt layer that adapts the app layer (``coach.app``) to a window.

The package itself imports no Qt, so the command line can ask it for the audio output
(:mod:`coach.qt.audio_output_probe`) without loading Qt until a sound is played.
"""
