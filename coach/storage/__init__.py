"""Where Limber keeps what it remembers: preferences (JSON) and history (SQLite).

Pure Python with no Qt, so the CLI, the GUI and the tests share it. Folders are always passed in;
nothing here touches the disk at import time.
"""
