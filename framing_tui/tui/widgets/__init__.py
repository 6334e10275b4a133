"""The TUI widgets, one a file."""
