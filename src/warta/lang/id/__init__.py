"""Indonesian language data: word lists, markers and tables. Data only, no logic."""
