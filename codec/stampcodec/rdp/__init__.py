"""Rate-distortion-perception comparison (the STAMP paper's Table 2): STAMP bundles against SAX,
ABBA, SZ3, ZFP and pcodec on one stream per data set, at real (file-byte) rates.

methods: every codec behind one interface; sweep: data sets, metrics and rate matching;
report: CSV, markdown, PNG and the matched-rate verdicts.
"""
