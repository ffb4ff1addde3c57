"""The Qt layer: thin widgets, Qt item models and dialogs over the Qt-free layers.

Nothing here decides policy or stores data; views read through `moderator_app.sync`
and the pure rules in `moderator_app.core`, and only draw and forward key presses.
"""
