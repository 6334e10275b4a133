"""framing-tui: see how a news article frames its story.

`from framing_tui import analyze` gives the headless engine; the CLI and the TUI are
views over its Report.
"""

from .engine import SCHEMA_VERSION, Report, analyze

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Report", "__version__", "analyze"]
