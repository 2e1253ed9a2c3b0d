"""The Agenda page: week, work-week, day and month views, and the appointment dialog."""
