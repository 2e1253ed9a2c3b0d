"""Use cases over an unlocked vault. No Qt; the CLI and the UI both call these."""
