"""Arabic language data for the reports room."""
