"""Serving: the SPARQL store, queries, the HTTP endpoint, pushing to a remote store, SHACL validation."""
