"""Dictionary based test code."""
