"""PyInstaller's entry script: the same `madeinlocal` entry point as the installed package."""

from madeinlocal_desktop.launcher import main

if __name__ == "__main__":
    main()
