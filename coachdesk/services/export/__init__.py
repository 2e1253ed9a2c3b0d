"""Client export (GDPR Art. 15 and 20): the access package and its parts."""
