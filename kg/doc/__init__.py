"""Data types: the immutable document, its sentences and the character spans into them, the IRIs that name documents and entities, and the ontology's vocabulary (schema.py)."""
