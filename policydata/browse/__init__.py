"""Browsing the package: the SQLite database (database.py, search.py) and Datasette over it (datasette.py, plugin.py)."""
