"""A compiled Qt translation file (.qm) read without Qt.

The window translates through Qt's own ``QTranslator``; the Qt-free layers (core, app, cli)
read the very same ``.qm`` files here, so a translator edits one ``.ts`` file per language and
both sides say the same. The plural rule comes from the file too: ``lrelease`` writes the
language's rule into it as Qt's small byte code, which :func:`numerus_form` runs exactly as
``QTranslator`` does, so nothing here hand-writes a language's plurals.

The format (Qt's ``qtranslator.cpp``): a 16-byte magic, then sections, each a tag byte and a
32-bit big-endian length. The messages section holds records of tagged fields: source text,
context and comment (UTF-8), translations (UTF-16BE, one per plural form), ending in Tag_End.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes((0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
               0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD))  # fmt: skip
_MESSAGES, _NUMERUS_RULES, _LANGUAGE = 0x69, 0x88, 0xA7
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
_NULL = 0xFFFFFFFF

# The rule byte code's operators (qtranslator.cpp).
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF
_OP_MASK = 0x07

Key = tuple[str, str, str]  # context, source text, comment (the disambiguation)


class QmError(ValueError):
    """A file that is not a compiled translation Limber can read."""


@dataclass(frozen=True)
class QmFile:
    language: str
    rules: bytes  # the plural rule, Qt's byte code
    messages: dict[Key, tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation, or None; as QTranslator, a message kept without its comment
        (lrelease drops one it does not need) is found with any."""
        forms = self.messages.get((context, source, comment))
        if forms is None and comment:
            forms = self.messages.get((context, source, ""))
        if not forms:
            return None
        index = numerus_form(n, self.rules) if n >= 0 else 0
        text = forms[min(index, len(forms) - 1)]
        return text or None


def read_qm(path: Path) -> QmFile:
    return parse_qm(path.read_bytes())


def parse_qm(data: bytes) -> QmFile:
    if not data.startswith(MAGIC):
        raise QmError("not a .qm file")
    at, language, rules, messages = len(MAGIC), "", b"", b""
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        body = data[at + 5:at + 5 + length]
        if len(body) != length:
            raise QmError("a section runs past the end of the file")
        if tag == _MESSAGES:
            messages = body
        elif tag == _NUMERUS_RULES:
            rules = body
        elif tag == _LANGUAGE:
            language = body.decode("utf-8")
        at += 5 + length
    return QmFile(language, rules, _messages(messages))


def _messages(data: bytes) -> dict[Key, tuple[str, ...]]:
    found: dict[Key, tuple[str, ...]] = {}
    at = 0
    forms: list[str] = []
    context = source = comment = ""
    while at < len(data):
        tag = data[at]
        at += 1
        if tag == _END:
            found[(context, source, comment)] = tuple(forms)
            forms, context, source, comment = [], "", "", ""
            continue
        if tag in (_OBSOLETE1,):
            at += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2):
            raise QmError(f"unknown field {tag} in a message")
        length = struct.unpack_from(">I", data, at)[0]
        at += 4
        if length == _NULL:
            if tag == _TRANSLATION:
                forms.append("")
            continue
        raw = data[at:at + length]
        at += length
        if tag == _TRANSLATION:
            forms.append(raw.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = raw.rstrip(b"\0").decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.rstrip(b"\0").decode("utf-8")
        elif tag == _COMMENT:
            comment = raw.rstrip(b"\0").decode("utf-8")
    return found


def numerus_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under ``rules``: QTranslator's ``numerusHelper``."""
    if not rules:
        return 0
    result = i = 0
    size = len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op, right = opcode & _OP_MASK, rules[i]
                i += 1
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                else:  # _BETWEEN
                    truth = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _NEWRULE
