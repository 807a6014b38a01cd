"""Python implementation of the Variational Mode Decomposition method.

Official fork of the ``vmdpy`` package, maintained in ``sktime``.

sktime migration: 2023, August
Version 0.2 release: 2020, Aug 11
Version 0.1 release: 2019, Apr 9
First version created on Wed Feb 20 19:24:58 2019

Original author: Vinícius Rezende Carvalho

2019 and 2020 releases subject to following license:

Copyright (c) 2019 Vinícius Carvalho & Eduardo Mazoni

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

__author__ = ["vrcarva"]

from sktime.libs.vmdpy.vmdpy import VMD

__all__ = ["VMD"]
