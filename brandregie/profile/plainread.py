"""A pack whose every value is plainly what format 1 asks, read without pydantic's validators.

Building pydantic's validator for the whole pack costs a one-paragraph ``check`` about a tenth
of its time (the schema build, and the plugin look-up through the installed packages). A real
pack holds text where text is asked, whole numbers in range, allowed words and lists: such a
pack is made into the same frozen models here, value for value, as
``Pack.model_validate`` makes it. Anything else (a number as text, a date, a bad colour, a
missing name, any doubt) returns None, and pydantic validates it and words the problem.
"""

from __future__ import annotations

import re
import types
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin

from annotated_types import Ge, Le
from pydantic import AfterValidator, BaseModel, StringConstraints

#: Stripped by both Python's ``str.strip`` and pydantic's; other white space is left to pydantic.
_PLAIN_SPACE = " \t\n\r\x0b\x0c"

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class _Doubt(Exception):
    """This value is not plainly valid: pydantic decides."""


def plain_model(model: type[BaseModel], data: object) -> Any:
    """``model.model_validate(data)`` for plainly valid ``data``; None where pydantic must say."""
    try:
        return _model(model, data)
    except _Doubt:
        return None


def _model(model: type[BaseModel], data: object) -> BaseModel:
    if type(data) is not dict:
        raise _Doubt
    values: dict[str, Any] = {}
    given: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key != name and name in data:  # populate_by_name: which one wins is pydantic's
            raise _Doubt
        if key in data:
            values[name] = _value(info.annotation, info.metadata, data[key])
            given.add(name)
        elif info.is_required():
            raise _Doubt
        elif isinstance(info.default_factory, type) and issubclass(info.default_factory,
                                                                   BaseModel):
            # an empty part, made as its class would make it but without its validator
            values[name] = _model(info.default_factory, {})
    return model.model_construct(_fields_set=given, **values)


def _value(annotation: Any, metadata: list[Any], value: object) -> Any:
    origin = get_origin(annotation)
    if annotation is str:
        return _text(metadata, value)
    if annotation is int:
        if type(value) is not int:
            raise _Doubt
        return _bounded(metadata, value)
    if annotation is float:
        if type(value) is not int and type(value) is not float:
            raise _Doubt
        return _bounded(metadata, float(value))
    if annotation is bool:
        if type(value) is not bool:
            raise _Doubt
        return value
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if metadata:
            raise _Doubt
        return _model(annotation, value)
    if origin is Literal:
        if metadata or not any(type(value) is type(a) and value == a
                               for a in get_args(annotation)):
            raise _Doubt
        return value
    if origin is tuple:
        args = get_args(annotation)
        if metadata or len(args) != 2 or args[1] is not Ellipsis or type(value) is not list:
            raise _Doubt
        return tuple(_value(args[0], [], item) for item in value)
    if origin is dict:
        key_type, item_type = get_args(annotation)
        if metadata or key_type is not str or type(value) is not dict:
            raise _Doubt
        if any(type(k) is not str or k != k.strip() for k in value):
            raise _Doubt
        return {k: _value(item_type, [], v) for k, v in value.items()}
    if origin is Union or origin is types.UnionType:
        args = get_args(annotation)
        if len(args) == 2 and type(None) in args:
            if value is None:
                return None
            inner = args[0] if args[1] is type(None) else args[1]
            return _value(inner, metadata, value)
    if annotation is date:
        if metadata or type(value) is not str or not _DATE.fullmatch(value):
            raise _Doubt
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _Doubt from None
    raise _Doubt  # a type this reader does not know


def _text(metadata: list[Any], value: object) -> str:
    if type(value) is not str:
        raise _Doubt
    text = value.strip()  # str_strip_whitespace on every profile part
    if text != value.strip(_PLAIN_SPACE):
        raise _Doubt  # unusual white space at an end: pydantic's rules, not Python's
    for rule in metadata:
        if isinstance(rule, StringConstraints) and rule.strip_whitespace and all(
                getattr(rule, other) is None for other in (
                    "to_upper", "to_lower", "strict", "max_length", "pattern", "ascii_only")):
            if rule.min_length is not None and len(text) < rule.min_length:
                raise _Doubt
        elif isinstance(rule, AfterValidator):
            try:
                text = rule.func(text)  # type: ignore[call-arg]
            except Exception:
                raise _Doubt from None
        else:
            raise _Doubt
    return text


def _bounded(metadata: list[Any], number: Any) -> Any:
    for rule in metadata:
        if isinstance(rule, Ge):
            if not number >= rule.ge:
                raise _Doubt
        elif isinstance(rule, Le):
            if not number <= rule.le:
                raise _Doubt
        else:
            raise _Doubt
    return number
