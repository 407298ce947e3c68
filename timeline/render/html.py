"""The static HTML timeline: one self-contained page, readable without JavaScript.

The page carries its stylesheet and its small script inline and a Content-Security-Policy
that allows exactly those two blocks (by their sha256 hashes, computed here at render time)
and nothing else: no network loads, no inline event handlers, no images but data: URLs.
Article text only ever reaches the page through Jinja2's autoescaping.

Everything the page says comes from the shared ``RenderContext`` (date labels, ``datetime``
values, gap labels, which URLs may be links); this module only loads the inline assets,
works out the policy and decides how much room the time axis leaves before a distant entry.
"""

from __future__ import annotations

import base64
import hashlib
import re

import jinja2
from markupsafe import Markup

from timeline.render import RenderOptions
from timeline.render.context import RenderContext, format_day

PAGE_TEMPLATE = "timeline.html.j2"
STYLESHEET = "timeline.css"
SCRIPT = "timeline.js"

# An asset that could close its own element would let the rest of it escape into markup.
_CLOSING_TAG = {
    "style": re.compile(r"</style", re.IGNORECASE),
    "script": re.compile(r"</script", re.IGNORECASE),
}


def gap_size(months: int) -> str:
    """The CSS class suffix for the extra room before an entry: '', 's', 'm' or 'l'.

    The axis is not to scale (a decade would swallow the page); it grows in three steps so
    that a reader sees at a glance where time passes.
    """
    if months < 1:
        return ""
    if months < 6:
        return "s"
    if months < 24:
        return "m"
    return "l"


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline block."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def load_asset(env: jinja2.Environment, name: str, element: str) -> str:
    """The text of a stylesheet or script from the template folders (a user's override first).

    Assets are inserted verbatim, so one that could close its own ``<style>``/``<script>``
    element is refused with a message naming the file.
    """
    if env.loader is None:
        raise RuntimeError("the Jinja2 environment has no template loader")
    source, filename, _ = env.loader.get_source(env, name)
    if _CLOSING_TAG[element].search(source):
        raise ValueError(f"{filename or name}: must not contain '</{element}'; it is inlined into the page")
    return source


def content_security_policy(css: str, script: str) -> str:
    """Nothing may load; only this stylesheet and this script may run."""
    return "; ".join(
        [
            "default-src 'none'",
            f"style-src {csp_hash(css)}",
            f"script-src {csp_hash(script)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def render_html(context: RenderContext, env: jinja2.Environment, options: RenderOptions) -> bytes:
    css = load_asset(env, STYLESHEET, "style")
    script = load_asset(env, SCRIPT, "script")
    template = env.get_template(PAGE_TEMPLATE)
    text = template.render(
        ctx=context,
        gap_size=gap_size,
        day_label=format_day,
        css=Markup(css),
        script=Markup(script),
        csp=Markup(content_security_policy(css, script)),
    )
    if not text.endswith("\n"):
        text += "\n"
    return text.encode("utf-8")
