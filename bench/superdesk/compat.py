# Python 3.11 shims for superdesk-core 2.5.3's pinned dependencies (written for 3.8).
import inspect, collections, collections.abc
if not hasattr(inspect, "formatargspec"):
    inspect.formatargspec = lambda *a, **k: "()"
if not hasattr(inspect, "getargspec"):
    inspect.getargspec = inspect.getfullargspec
for name in ("Mapping", "MutableMapping", "Sequence", "Iterable", "Callable", "Hashable", "Set", "MutableSet"):
    if not hasattr(collections, name):
        setattr(collections, name, getattr(collections.abc, name))
import asyncio, types
if not hasattr(asyncio, "coroutine"):
    asyncio.coroutine = types.coroutine
