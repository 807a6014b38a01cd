"""Distribution based test code."""
