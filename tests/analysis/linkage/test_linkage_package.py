"""The linkage package hands out its names lazily (PEP 562): each must be what its module
defines, whatever was imported first — a submodule of the same name as a function would
shadow it once imported."""

from __future__ import annotations

import importlib
import pkgutil
import types

import rightsledger.analysis.linkage as linkage


def test_every_name_is_its_module_s_object_after_every_submodule_was_imported() -> None:
    submodules = {info.name for info in pkgutil.iter_modules(linkage.__path__)}
    assert not submodules & set(linkage._HOME), "a name the package gives is also a module's"
    for name in submodules:
        if name != "spark":  # the optional engine: needs pyspark, not this package's names
            importlib.import_module(f"{linkage.__name__}.{name}")
    for name, module in linkage._HOME.items():
        given = getattr(linkage, name)
        assert not isinstance(given, types.ModuleType), name
        assert given is getattr(importlib.import_module(f"{linkage.__name__}.{module}"), name)
    assert set(linkage.__all__) == set(linkage._HOME)
