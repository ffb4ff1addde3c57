"""The sign-in dialog: server URL, username and password, with clear errors and token storage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from moderator_app.net.errors import AuthFailed, Unreachable
from moderator_app.views.listing_panel import plain_label
from moderator_app.views.task_runner import TaskRunner

# sign_in(server_url, username, password) -> (workstation, user); raises with a message to show.
SignInFunction = Callable[[str, str, str], tuple[Any, Any]]
StorageNote = Callable[[str], str]


class SignInDialog(QDialog):
    """Collects credentials and signs in on a background thread; accepted once signed in."""

    def __init__(self, sign_in: SignInFunction, storage_note: StorageNote, runner: TaskRunner,
                 server_url: str = "", username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in — Moderator workstation"))
        self.setMinimumWidth(460)
        self._sign_in = sign_in
        self._storage_note = storage_note
        self._runner = runner
        self.result_value: tuple[Any, Any] | None = None

        title = plain_label("DialogTitle")
        title.setText(self.tr("Sign in"))
        self.server_edit = QLineEdit(server_url)
        self.server_edit.setPlaceholderText("https://moderation.example.com")
        self.user_edit = QLineEdit(username)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = plain_label("ErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.note_label = plain_label("NoticeLabel")
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        # Enter always signs in: Cancel must never become the default button (it would when it took
        # the focus while the form was busy, and retyping a password then Enter would quit the app).
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setDefault(False)
        self.ok_button.setAutoDefault(True)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.server_edit.textChanged.connect(self._update_note)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Server"), self.server_edit)
        form.addRow(self.tr("Username"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self._update_note()
        (self.password_edit if username else self.user_edit if server_url else self.server_edit).setFocus()

    def _update_note(self) -> None:
        self.note_label.setText(self._storage_note(self.server_edit.text().strip()))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        url = self.server_edit.text().strip()
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not url or not user or not password:
            self.show_error(self.tr("Enter the server address, your username and your password."))
            return
        self._set_busy(True)
        self.error_label.hide()
        self._runner.run(lambda: self._sign_in(url, user, password), self._succeeded, self._failed)

    def _succeeded(self, value: tuple[Any, Any]) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        if isinstance(exc, AuthFailed):
            text = self.tr("Wrong username or password.")
        elif isinstance(exc, Unreachable):
            text = self.tr("The server cannot be reached. Check the address and your network.")
        else:
            text = str(exc) or type(exc).__name__
        self.show_error(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.server_edit, self.user_edit, self.password_edit, self.ok_button):
            widget.setEnabled(not busy)
        self.ok_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        self.cancel_button.setDefault(False)
        self.ok_button.setDefault(True)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
