"""RDF: terms and statements as Turtle text, a document's graph and the parts of a build's graph."""
