"""Read what an input says: the main text and metadata evidence of HTML pages and JSON objects."""
