"""Language resources: lexicons and word lists (data files, origins noted), segmentation, pattern registries."""
