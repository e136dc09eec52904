"""The PySide6 front: thin widgets and models over the services."""
