"""Language packs: the word lists and patterns of each language, kept apart from the algorithms."""
