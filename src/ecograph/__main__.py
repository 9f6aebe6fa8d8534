"""`python -m ecograph`: the same as the `ecograph` command."""

from ecograph.cli import main

main()
