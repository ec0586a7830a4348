"""Patterns compiled the first time they are used, not when their module is imported.

Compiling a regular expression runs Python code (the `re` module's parser and compiler), and the
rule tables hold hundreds of them: compiling them all at import is most of `prparse parse`'s
start-up time, while one release uses only some (a release without quotes needs no quote rule).
A `lazy_compile` pattern behaves as the compiled one; its methods are bound once compiled, so
later calls cost what calls on a compiled pattern cost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


@dataclass(eq=False)
class _LazyPattern:
    pattern: str  # readable without compiling (patterns built from other patterns)
    _flags: int
    # Not set until first use. A field all the same, so that whatever walks the rule tables as
    # data (the regex audit in tests/) reaches the compiled pattern, compiling it.
    compiled: re.Pattern[str] = field(init=False, repr=False)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self.__dict__["compiled"] = compiled
            for method in _METHODS:  # found in the instance from now on: no second trip here
                self.__dict__[method] = getattr(compiled, method)
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
