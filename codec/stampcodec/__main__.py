import sys

from stampcodec.cli import main

sys.exit(main())
