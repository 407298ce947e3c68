"""timeline.json: the published contract, the Timeline model as it is, pretty-printed.

Fields appear in the order the models declare them and events in the timeline's order, so
the same timeline always gives the same bytes.
"""

from __future__ import annotations

import jinja2

from timeline.render import RenderOptions
from timeline.render.context import RenderContext


def render_json(context: RenderContext, env: jinja2.Environment, options: RenderOptions) -> bytes:
    return (context.timeline.model_dump_json(indent=2) + "\n").encode("utf-8")
