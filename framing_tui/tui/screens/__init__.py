"""The TUI's screens, one a file: start, detail, help, open, export."""
