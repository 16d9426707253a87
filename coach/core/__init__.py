"""The Qt-free core: the routine model, routine files, the plan compiler and the session engine."""
