"""`dataclass`, `field` and `replace` for secretfence's own record classes, cheaper at import.

Every commit hook run imports about thirty record classes. The standard library's `dataclasses`
costs about 9 ms to import (it imports `inspect`, hence `ast`, `dis` and `tokenize`) and about
0.6 ms a class (it compiles each generated method): a fifth of a hook run. Here a class costs
about 0.03 ms: `__repr__`, `__eq__`, `__hash__` and the frozen `__setattr__`/`__delattr__` are
closures over the field names, and `__init__`, the one method compiled (as dataclasses writes it,
for its speed), is compiled when the class gets its first instance: many classes a hook run
imports never get one.

Type checkers see the standard library's names (mypy's dataclass plugin checks every use). At
run time the subset secretfence uses behaves as Python 3.11's `dataclasses`: `@dataclass`,
`@dataclass(frozen=True)`, `field(default=, default_factory=, init=, repr=, compare=, hash=)`;
the same `__init__` signature, `repr`, equality (the tuple of compared fields, same class only),
hash (frozen) or `__hash__ = None` (not frozen), `__post_init__` (without arguments),
`FrozenInstanceError` (an AttributeError) on assignment to a frozen instance, `__match_args__`,
and `replace()`. Not provided: `fields()` and `asdict()` (nothing uses them), `InitVar`,
ordering, slots and keyword-only fields: a class asking for one gets a TypeError, never a
silent difference.
"""
from __future__ import annotations

import reprlib
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Dict, FrozenSet, List, Optional, Tuple, TypeVar

__all__ = ["dataclass", "field", "replace", "FrozenInstanceError"]

_T = TypeVar("_T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
# The default an __init__ parameter gets when its field has a default_factory.
_HAS_DEFAULT_FACTORY: Any = _Missing()


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen record (as dataclasses.FrozenInstanceError)."""


class Field:
    __slots__ = ("name", "default", "default_factory", "init", "repr", "hash", "compare")

    def __init__(self, default: Any, default_factory: Any, init: bool, repr: bool, hash: Optional[bool],
                 compare: bool) -> None:
        self.name = ""
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare


def _field(*, default: Any = MISSING, default_factory: Any = MISSING, init: bool = True, repr: bool = True,
           hash: Optional[bool] = None, compare: bool = True) -> Any:
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare)


def _is_class_var(annotation: object) -> bool:
    # With `from __future__ import annotations` (every module here) an annotation is a string.
    if isinstance(annotation, str):
        return annotation.strip().startswith(("ClassVar", "typing.ClassVar"))
    return annotation is ClassVar or getattr(annotation, "__origin__", None) is ClassVar


def _is_init_var(annotation: object) -> bool:
    if isinstance(annotation, str):
        return "InitVar" in annotation
    return type(annotation).__name__ == "InitVar" or getattr(annotation, "__name__", "") == "InitVar"


def _fields_of(cls: type) -> List[Field]:
    inherited: Dict[str, Field] = {}
    for base in cls.__mro__[-1:0:-1]:
        for known in getattr(base, "__record_fields__", ()):
            inherited[known.name] = known
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_class_var(annotation):
            continue
        if _is_init_var(annotation):
            raise TypeError(f"{cls.__qualname__}.{name}: InitVar is not supported by secretfence._dataclass")
        default = cls.__dict__.get(name, MISSING)
        declared = default if isinstance(default, Field) else Field(default, MISSING, True, True, None, True)
        declared.name = name
        if isinstance(default, Field):
            # As dataclasses: the class attribute is the plain default, or absent.
            if declared.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, declared.default)
        if declared.default is not MISSING and type(declared.default).__hash__ is None:
            raise ValueError(f"mutable default {type(declared.default)} for field {name} is not allowed: "
                             "use default_factory")
        inherited[name] = declared
    return list(inherited.values())


def _process(cls: type, frozen: bool) -> type:
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: __slots__ is not supported by secretfence._dataclass")
    fields = _fields_of(cls)
    seen_default = False
    for known in fields:
        if known.init and (known.default is not MISSING or known.default_factory is not MISSING):
            seen_default = True
        elif known.init and seen_default:
            raise TypeError(f"non-default argument {known.name!r} follows default argument")
    methods: Dict[str, Callable[..., Any]] = {}
    if "__init__" not in cls.__dict__:
        methods["__init__"] = _first_init(cls, fields, frozen)
    if "__repr__" not in cls.__dict__:
        methods["__repr__"] = reprlib.recursive_repr()(_repr([f.name for f in fields if f.repr]))
    compared = _values([f.name for f in fields if f.compare])
    if "__eq__" not in cls.__dict__:
        methods["__eq__"] = _eq(compared)
    own_hash = cls.__dict__.get("__hash__", MISSING)
    explicit_hash = not (own_hash is MISSING or (own_hash is None and "__eq__" in cls.__dict__))
    if frozen and not explicit_hash:
        methods["__hash__"] = _hash(_values([f.name for f in fields if (f.compare if f.hash is None else f.hash)]))
    if frozen:
        for name in ("__setattr__", "__delattr__"):
            if name in cls.__dict__:
                raise TypeError(f"cannot overwrite attribute {name} in class {cls.__name__}")
        methods.update(_frozen(cls, frozenset(f.name for f in fields)))
    for name, method in methods.items():
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    if not frozen and not explicit_hash:
        cls.__hash__ = None  # type: ignore[assignment]  # as dataclasses: eq without frozen is unhashable
    if "__match_args__" not in cls.__dict__:
        setattr(cls, "__match_args__", tuple(f.name for f in fields if f.init))
    cls.__record_fields__ = tuple(fields)  # type: ignore[attr-defined]
    return cls


def _values(names: List[str]) -> Callable[[Any], Tuple[Any, ...]]:
    """The tuple of `names`' values, as the generated methods of dataclasses compare and hash it."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda instance: (one(instance),)
    return lambda instance: ()


def _repr(names: List[str]) -> Callable[[Any], str]:
    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({shown})"
    return __repr__


def _eq(values: Callable[[Any], Tuple[Any, ...]]) -> Callable[[Any, Any], Any]:
    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    return __eq__


def _hash(values: Callable[[Any], Tuple[Any, ...]]) -> Callable[[Any], int]:
    def __hash__(self: Any) -> int:
        return hash(values(self))
    return __hash__


def _frozen(cls: type, names: FrozenSet[str]) -> Dict[str, Callable[..., None]]:
    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)  # type: ignore[arg-type]  # mypy: cls is a type

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)  # type: ignore[arg-type]  # mypy: cls is a type

    return {"__setattr__": __setattr__, "__delattr__": __delattr__}


def _first_init(cls: type, fields: List[Field], frozen: bool) -> Callable[..., None]:
    """An __init__ that compiles the real one on the class's first instance (most record classes
    a hook run imports never get one), puts it in its own place and runs it."""
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        real = _compiled_init(cls, fields, frozen)
        if cls.__dict__.get("__init__") is __init__:
            cls.__init__ = real  # type: ignore[misc]
        real(self, *args, **kwargs)
    return __init__


def _compiled_init(cls: type, fields: List[Field], frozen: bool) -> Callable[..., None]:
    """dataclasses' __init__: positional-or-keyword parameters in field order, defaults bound at
    class creation, each default_factory called when its parameter is left out."""
    namespace: Dict[str, Any] = {"__object_setattr": object.__setattr__, "__has_factory": _HAS_DEFAULT_FACTORY}
    parameters: List[str] = []
    body: List[str] = []
    for known in fields:
        name = known.name
        if known.init:
            if known.default is not MISSING:
                namespace[f"__default_{name}"] = known.default
                parameters.append(f"{name}=__default_{name}")
            elif known.default_factory is not MISSING:
                parameters.append(f"{name}=__has_factory")
            else:
                parameters.append(name)
        if known.default_factory is not MISSING:
            namespace[f"__factory_{name}"] = known.default_factory
            value = (f"__factory_{name}() if {name} is __has_factory else {name}" if known.init
                     else f"__factory_{name}()")
        elif known.init:
            value = name
        else:
            continue  # as dataclasses: the class attribute holds the default, if any
        body.append(f" __object_setattr(self, {name!r}, {value})" if frozen else f" self.{name} = {value}")
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + ("\n".join(body) or " pass")
    exec(source, namespace)  # noqa: S102  # the text is built from the class's field names only
    init: Callable[..., None] = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _dataclass(cls: Optional[type] = None, *, frozen: bool = False) -> Any:
    if cls is None:
        return lambda late: _process(late, frozen)
    return _process(cls, frozen)


def _replace(obj: _T, **changes: Any) -> _T:
    """A copy of `obj` with `changes`: as dataclasses.replace, fields with init=False are not copied
    but made again by __init__."""
    for known in obj.__class__.__record_fields__:  # type: ignore[attr-defined]
        if not known.init:
            if known.name in changes:
                raise ValueError(f"field {known.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if known.name not in changes:
            changes[known.name] = getattr(obj, known.name)
    return obj.__class__(**changes)


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
    from dataclasses import field as field
    from dataclasses import replace as replace
else:
    dataclass = _dataclass
    field = _field
    replace = _replace
