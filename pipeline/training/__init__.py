"""Training entry points for the project's statistical models."""
