"""The pages of the first-run setup wizard (``coachdesk.ui.setup_wizard``)."""
