"""The grammar of the genre, defined once: every reader and extractor imports it from here.

    numerals   Chinese numerals to integers (二〇二五, 一百二十, 两万)
    headings   enumerators of parts, sections and items (一、 （一） 第一， 1. 一是), sentence and clause ends
    quantities numbers with units, magnitudes, ranges and comparators; the nouns a count names

Nothing here reads a document: these are patterns and pure functions over strings, so ingest (which
finds paragraphs and headings in raw text) and the extractors (which read folded passages) share them.
"""
