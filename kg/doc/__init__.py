"""Data types: the immutable document, its sentences and the character spans into them, and the IRIs that name documents and entities."""
