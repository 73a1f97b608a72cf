"""secretfence._dataclass behaves as the standard library's dataclasses for what secretfence uses:
each test declares the same class with both and compares what they do."""
from __future__ import annotations

import dataclasses
import pickle
from typing import Any, Callable, ClassVar, Dict, List, Tuple

import pytest

from secretfence import _dataclass

Declare = Callable[..., Any]


def declare_both(frozen: bool) -> Tuple[type, type]:
    """The same frozen or plain class, declared by dataclasses and by secretfence._dataclass."""
    made = []
    for dataclass, field in ((dataclasses.dataclass, dataclasses.field), (_dataclass.dataclass, _dataclass.field)):
        @dataclass(frozen=frozen)
        class Record:
            """A record."""

            shared: ClassVar[int] = 7
            name: str
            line: int = 0
            secret: str = field(default="", repr=False)
            details: Dict[str, Any] = field(default_factory=dict, hash=False)
            note: str = field(default="", compare=False)
            made: List[str] = field(init=False, default_factory=list, repr=False, compare=False)
            level: int = field(init=False, default=3)

            def label(self) -> str:
                return f"{self.name}:{self.line}"

        made.append(Record)
    return made[0], made[1]


@pytest.mark.parametrize("frozen", [True, False])
def test_init_repr_eq_and_hash_as_dataclasses(frozen: bool) -> None:
    theirs, ours = declare_both(frozen)
    for cls in (theirs, ours):
        assert cls.__match_args__ == ("name", "line", "secret", "details", "note")
        assert cls.shared == 7 and cls.line == 0 and cls.level == 3 and "details" not in cls.__dict__
    calls: List[Tuple[Tuple[Any, ...], Dict[str, Any]]] = [
        (("a",), {}), (("a", 2, "s3cr3t"), {"note": "x"}), ((), {"name": "b", "details": {"k": 1}})]
    for args, kwargs in calls:
        mine, stdlib = ours(*args, **kwargs), theirs(*args, **kwargs)
        assert repr(mine) == repr(stdlib)
        assert vars(mine) == vars(stdlib) and list(vars(mine)) == list(vars(stdlib))
        assert mine.label() == stdlib.label()
        assert mine == ours(*args, **kwargs) and mine != stdlib  # same class only, as dataclasses
        if frozen:
            assert hash(mine) == hash(stdlib) == hash((mine.name, mine.line, mine.secret, mine.level))
    assert ours("a", note="x") == ours("a", note="y")  # compare=False is not compared
    assert ours("a", secret="x") != ours("a", secret="y")
    assert ours("a").details is not ours("a").details  # a fresh default each time
    assert repr(ours("a", 1, "s3cr3t")).endswith(".Record(name='a', line=1, details={}, note='', level=3)")
    if not frozen:
        assert ours.__hash__ is None and theirs.__hash__ is None


@pytest.mark.parametrize("frozen", [True, False])
def test_errors_as_dataclasses(frozen: bool) -> None:
    theirs, ours = declare_both(frozen)
    for bad_args, bad_kwargs in (((), {}), (("a",), {"level": 1}), (("a",), {"name": "b"}), (("a",) * 7, {})):
        with pytest.raises(TypeError) as stdlib_error:
            theirs(*bad_args, **bad_kwargs)
        with pytest.raises(TypeError) as our_error:
            ours(*bad_args, **bad_kwargs)
        assert str(our_error.value) == str(stdlib_error.value)
    mine, stdlib = ours("a"), theirs("a")
    if frozen:
        for instance, error in ((mine, _dataclass.FrozenInstanceError), (stdlib, dataclasses.FrozenInstanceError)):
            with pytest.raises(error, match="^cannot assign to field 'line'$"):
                instance.line = 2
            with pytest.raises(error, match="^cannot assign to field 'other'$"):
                instance.other = 2
            with pytest.raises(error, match="^cannot delete field 'name'$"):
                del instance.name
        assert issubclass(_dataclass.FrozenInstanceError, AttributeError)
    else:
        mine.line = stdlib.line = 5
        assert vars(mine) == vars(stdlib)


def test_declaration_errors_as_dataclasses() -> None:
    for dataclass in (dataclasses.dataclass, _dataclass.dataclass):
        with pytest.raises(ValueError, match="mutable default <class 'list'> for field items is not allowed"):
            @dataclass
            class Mutable:
                items: List[str] = []  # noqa: RUF012

        with pytest.raises(TypeError, match="non-default argument 'late' follows default argument"):
            @dataclass
            class Order:
                early: int = 0
                late: int  # type: ignore[misc]


def test_replace_and_pickle_as_dataclasses() -> None:
    theirs, ours = declare_both(frozen=True)
    mine, stdlib = ours("a", 2, "s3cr3t", {"k": 1}), theirs("a", 2, "s3cr3t", {"k": 1})
    moved, stdlib_moved = _dataclass.replace(mine, line=9), dataclasses.replace(stdlib, line=9)
    assert vars(moved) == vars(stdlib_moved) and moved.details is mine.details
    with pytest.raises(ValueError, match="field level is declared with init=False"):
        _dataclass.replace(mine, level=1)
    pickled = Pickled("a", {"k": 1})
    again = pickle.loads(pickle.dumps(pickled))  # as the parallel scan's workers return findings
    assert again == pickled and vars(again) == vars(pickled)


@_dataclass.dataclass(frozen=True)
class Pickled:
    name: str
    details: Dict[str, Any] = _dataclass.field(default_factory=dict)


def test_post_init_runs_after_the_fields_are_set() -> None:
    @_dataclass.dataclass
    class Derived:
        base: int
        double: int = _dataclass.field(init=False)

        def __post_init__(self) -> None:
            self.double = self.base * 2

    assert Derived(4).double == 8
    assert repr(Derived(4)).endswith(".<locals>.Derived(base=4, double=8)")


def test_an_own_method_is_kept_and_the_first_instance_compiles_init_once() -> None:
    @_dataclass.dataclass(frozen=True)
    class Named:
        name: str

        def __repr__(self) -> str:
            return "<named>"

    first_init = Named.__dict__["__init__"]
    assert repr(Named("x")) == "<named>"
    assert Named.__dict__["__init__"] is not first_init  # compiled on the first instance, then in place
    assert Named.__init__.__qualname__.endswith("Named.__init__")
    assert Named("y").name == "y"


def test_annotations_as_objects_as_dataclasses() -> None:
    """Without `from __future__ import annotations` an annotation is the type itself: a
    ClassVar is still no field."""
    made = []
    for dataclass in (dataclasses.dataclass, _dataclass.dataclass):
        namespace = {"__annotations__": {"shared": ClassVar[int], "name": str, "line": int}, "shared": 7, "line": 0}
        made.append(dataclass(frozen=True)(type("Plain", (), namespace)))
    theirs, ours = made
    assert ours.__match_args__ == theirs.__match_args__ == ("name", "line")
    assert repr(ours("a")) == repr(theirs("a")) == "Plain(name='a', line=0)"
    assert ours.shared == 7
