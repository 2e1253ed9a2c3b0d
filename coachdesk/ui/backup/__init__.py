"""Backups in the window: Settings → Backups, the Today card, the scheduler, the restore wizard."""
