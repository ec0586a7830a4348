"""Rule data: compiled patterns and word tables, one module per field. Order in a tuple is priority."""
