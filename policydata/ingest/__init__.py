"""Ingest: one raw folder (report file + source.yml) in, one checked Document out."""

from .document import Document, discover, load_document

__all__ = ["Document", "discover", "load_document"]
