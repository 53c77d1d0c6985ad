from krlint.cli import main

main()
