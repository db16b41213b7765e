"""Build engine: run extraction over many documents (one process, a pool, Dask), cache, assemble and publish."""
