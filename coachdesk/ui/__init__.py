"""Everything Qt. Nothing outside this package imports PySide6 (a test enforces it)."""
