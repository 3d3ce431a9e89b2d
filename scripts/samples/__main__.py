"""Entry point: `python -P -m samples` with scripts/ on PYTHONPATH."""
import sys

from .cli import main

sys.exit(main())
