"""Text utilities shared by indexing and querying: stemming and snippets."""
