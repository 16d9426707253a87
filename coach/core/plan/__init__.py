"""A routine compiled to a plan: a timeline of segments and the cues spoken along it."""
