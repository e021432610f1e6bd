"""Model architectures registered with spaCy."""
