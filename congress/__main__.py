"""`python -m congress` runs the command-line tool."""

from congress.cli.main import main

if __name__ == "__main__":
    main()
