"""dipevents: Russian and Kazakh diplomatic news in, a dataset of events with character spans out."""
