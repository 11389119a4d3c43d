"""argparse, made to refuse on one line instead of printing the usage and exiting."""

import argparse
from typing import NoReturn


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing value...)."""


class CommandLine(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


type Commands = argparse._SubParsersAction[CommandLine]
