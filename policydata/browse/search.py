"""Search in Chinese by words: the text a word index holds, and the FTS5 query a person's words become.

Chinese writes no spaces between words, and most search words are two characters (高铁, 医保), too short for
FTS5's trigram tokenizer. So each searchable table gets a second index, `<table>_fts_words`: its text cut
into words by jieba's search mode (a long word also yields the shorter words inside it: 城际高铁 gives 城际,
高铁) and joined with spaces, read by the unicode61 tokenizer. A query is cut the same way (precise mode) and
every word must occur. Whole words only: 提高铁路 holds 高 and 铁路, not the word 高铁.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Suffix of the word index of a table (`targets_fts_words`); `<table>_fts` is the trigram index.
WORDS_SUFFIX = "_fts_words"

_SPACE_OR_PHRASE = re.compile(r'\s+|(".*?")')
_WORD = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)  # its start-up lines are not the user's business
    return jieba


def segmented(text: str | None) -> str | None:
    """The text as words separated by spaces, every word and the shorter words inside long ones."""
    if text is None:
        return None
    return " ".join(w for w in _jieba().cut_for_search(text) if _WORD.search(w))


def match_query(query: str) -> str:
    """An FTS5 query for the word index: every word of `query` must occur ("quoted phrases" kept whole).

    Used as Datasette's `escape_fts`, so the search box on a table searches its word index.
    """
    terms = []
    for bit in _SPACE_OR_PHRASE.split(query or ""):
        if not bit or not bit.strip():
            continue
        if bit.startswith('"') and bit.endswith('"') and len(bit) > 1:
            words = [" ".join(w for w in _jieba().cut(bit[1:-1]) if _WORD.search(w))]
        else:
            words = [w for w in _jieba().cut(bit) if _WORD.search(w)]
        terms += ['"' + w.replace('"', '""') + '"' for w in words if w]
    return " ".join(terms) or '""'
