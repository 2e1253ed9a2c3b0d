"""The Privacy page: retention due list, request register, statistics and the audit log."""
