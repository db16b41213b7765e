"""Extraction stages: read, clean, split, recognise entities, resolve them, find relations and figures."""
