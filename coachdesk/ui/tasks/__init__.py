"""The Tasks page: list views, quick add (also from anywhere with Ctrl+T) and system tasks."""
