#!/usr/bin/env python3 -u

__author__ = ["mloning"]
__all__ = []
