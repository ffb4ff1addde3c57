"""Marking strings for translation in Qt-free code."""


def translate_noop(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged (QT_TRANSLATE_NOOP).

    The Qt layer translates at display time with QCoreApplication.translate(context, text).
    lupdate finds these calls when run with ``-tr-function-alias QT_TRANSLATE_NOOP+=translate_noop``.
    """
    return text
