"""The encrypted store: keys, the SQLCipher connection, migrations and repositories."""
