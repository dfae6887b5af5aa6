"""Reports to events: reading, mentions, numbers, dates, attribution, events, merge."""
