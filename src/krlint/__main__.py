"""`python -m krlint`: the current directory leaves `sys.path` before anything is imported
from it (krlint.trust: a checkout is data, never code)."""

from krlint.trust import without_current_directory

without_current_directory()

from krlint.entry import main  # noqa: E402

main()
