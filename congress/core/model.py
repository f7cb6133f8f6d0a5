"""The base of the project's pydantic models (issue 15, start-up).

`defer_build`: a model's validation schema is built the first time it validates, dumps or is
nested in a model being built, not when its module is imported. A command loads the models of a
whole area (the drafts, the count, the district report) but uses a few of them; building all of
them at import was most of a cold start's CPU time.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Every model of the project derives from this one (tests/test_startup_imports.py checks)."""

    model_config = ConfigDict(defer_build=True)
