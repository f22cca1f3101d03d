"""Datasette plugin for the package's pages: search by Chinese words, booleans as words, labels on row pages.

Registered by browse.datasette(); everything it needs per table is in the metadata browse.py generates
(`boolean_columns`, `references`).
"""

from __future__ import annotations

import markupsafe
from datasette import hookimpl

from . import search
from .database import _q as quote

#: How a boolean cell reads (0/1 in SQLite).
BOOLEAN_WORDS = {1: "是 yes", 0: "否 no"}



@hookimpl(trylast=True)  # after Datasette's own escape_fts, which this one replaces
def prepare_connection(conn):
    conn.create_function("escape_fts", 1, search.match_query)


@hookimpl
def render_cell(value, column, table, database, datasette):
    meta = datasette.table_metadata(database, table) if table else {}
    if column in meta.get("boolean_columns", ()) and value in BOOLEAN_WORDS:
        return BOOLEAN_WORDS[value]
    ref = meta.get("references", {}).get(column)
    if ref is None or value in (None, "") or isinstance(value, dict):
        return None  # on table pages Datasette has already turned a reference into a labelled link

    async def labelled():  # a row page: the id of a referenced row, with that row's label
        other, other_column, label = ref
        rows = await datasette.get_database(database).execute(
            f"SELECT {quote(label)} FROM {quote(other)} WHERE {quote(other_column)} = ?", [value])
        if not rows.rows or rows.rows[0][0] in (None, ""):
            return None
        href = datasette.urls.row(database, other, str(value))
        return markupsafe.Markup('<a href="{}">{}</a> <em>{}</em>').format(href, rows.rows[0][0], value)

    return labelled
