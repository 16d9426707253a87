"""Small display widgets: they show what they are given and hold no session logic."""
