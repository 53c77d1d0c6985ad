"""krlint — a linter for OKRs that tells outputs from outcomes."""

__version__ = "0.1.0"
