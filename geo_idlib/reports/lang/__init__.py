"""Language packs: the word lists and language patterns of the reports room, one package per language."""
