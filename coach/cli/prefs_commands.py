"""``limber prefs``: show the preferences, change one, or put them back to the defaults.

Errors are one line, ``limber: <message>``, on stderr with exit code 2. The folder comes from
``LIMBER_CONFIG_DIR`` when set, read each time a command runs.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from coach.cli.terminal import EXIT_OK, error, notices
from coach.cli.typed_values import expected, parse_typed
from coach.core.files.user_folders import config_dir
from coach.core.language.current_language import translate
from coach.storage.prefs import PreferencesNotSaved, PreferencesStore
from coach.storage.prefs_schema import SCHEMA, PreferenceError, Preferences, find_setting

# Checks a value beyond its type and range (a voice that is installed, say): returns why it is
# refused, or None.
ValueCheck = Callable[[str, str], str | None]


def check_voice(key: str, value: str) -> str | None:
    from coach.app.voice_choices import check_voice_setting  # asks the speech engine: if needed

    return check_voice_setting(key, value)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
             check: ValueCheck | None = check_voice) -> None:
    """Add ``prefs`` to the ``limber`` command's subcommands."""
    prefs = subparsers.add_parser(
        "prefs",
        help=translate("PrefsCommands", "show or change the preferences"),
        description=translate("PrefsCommands", "Show every preference with its current value, or "
                                               "change one."),
        epilog=translate("PrefsCommands", "Keys and the values they take:\n") + _keys_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    prefs.add_argument("--json", action="store_true", help=translate(
        "PrefsCommands", "print JSON"))
    prefs.set_defaults(func=cmd_prefs)
    actions = prefs.add_subparsers(dest="prefs_action", metavar="ACTION")

    change = actions.add_parser(
        "set",
        help=translate("PrefsCommands", "change one preference"),
        description=translate("PrefsCommands", "Change one preference; the value is checked "
                                               "before anything is saved."),
        epilog=translate("PrefsCommands", "Keys and the values they take:\n") + _keys_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(func=cmd_prefs_set, check=check)

    reset = actions.add_parser(
        "reset",
        help=translate("PrefsCommands", "put one preference, or all of them, back to the default"),
        description=translate("PrefsCommands", "Put KEY back to its default, or every preference "
                                               "when no KEY is given."),
    )
    reset.add_argument("key", metavar="KEY", nargs="?")
    reset.set_defaults(func=cmd_prefs_reset)

# --- prefs ------------------------------------------------------------------------------------


def cmd_prefs(args: argparse.Namespace) -> int:
    store = PreferencesStore(config_dir())
    result = store.load()
    notices(result.problems)
    prefs = result.preferences
    if getattr(args, "json", False):
        document = {"path": str(store.path), "preferences": prefs.to_dict()}
        print(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False))
        return EXIT_OK
    note = "" if result.source is not None else translate("PrefsCommands", " (not saved yet: "
                                                                           "these are the "
                                                                           "defaults)")
    if result.source is not None and result.source != store.path:
        note = translate("PrefsCommands", " (read from {name})").format(name=result.source.name)
    print(translate("PrefsCommands", "Preferences file: {path}{note}").format(
        path=store.path, note=note))
    print(_format_prefs(prefs))
    return EXIT_OK


def cmd_prefs_set(args: argparse.Namespace) -> int:
    store = PreferencesStore(config_dir())
    try:
        # Check the input first: a typo should not trigger the repairs a load may do.
        value = parse_typed(find_setting(args.key), args.value)
        check: ValueCheck | None = getattr(args, "check", None)
        refused = check(args.key, args.value) if check is not None else None
        if refused:
            return error(refused)
        notices(store.load().problems)
        prefs = store.set_value(args.key, value)
    except (PreferenceError, PreferencesNotSaved) as exc:
        return error(str(exc))
    print(f"{args.key} = {find_setting(args.key).format(getattr(prefs, args.key))}")
    return EXIT_OK


def cmd_prefs_reset(args: argparse.Namespace) -> int:
    store = PreferencesStore(config_dir())
    try:
        if args.key is not None:
            find_setting(args.key)
        notices(store.load().problems)
        prefs = store.reset(args.key)
    except (PreferenceError, PreferencesNotSaved) as exc:
        return error(str(exc))
    if args.key is None:
        print(translate("PrefsCommands", "All preferences are back to their defaults in {path}")
            .format(path=store.path))
    else:
        print(f"{args.key} = {find_setting(args.key).format(getattr(prefs, args.key))}")
    return EXIT_OK


def _format_prefs(prefs: Preferences) -> str:
    width = max(len(s.key) for s in SCHEMA)
    return "\n".join(f"{s.key:<{width}} = {s.format(getattr(prefs, s.key))}" for s in SCHEMA)


def _keys_help() -> str:
    return "\n".join(f"  {setting.key}: {expected(setting)}" for setting in SCHEMA)
