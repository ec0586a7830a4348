"""Field extractors: each a pure function over a segmented `Document`."""
