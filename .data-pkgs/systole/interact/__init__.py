from .interact import Editor, Viewer

__all__ = [
    "Viewer",
    "Editor",
]
