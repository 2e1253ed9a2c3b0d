"""The Clients page: the client list, the client form and the dossier with its tabs."""
