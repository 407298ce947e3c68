"""render(): format dispatch, template loading (user overrides first, StrictUndefined), JSON."""

from __future__ import annotations

import json

import jinja2
import pytest

from timeline.render import (
    DEFAULT_FORMATS,
    FORMATS,
    RenderOptions,
    builtin_templates_dir,
    make_environment,
    render,
    render_many,
)


def test_unknown_format_names_the_allowed_ones(small):
    with pytest.raises(ValueError, match=r"unknown format 'docx'; choose from json, md, html, pdf, timelinejs"):
        render(small, "docx")


def test_unknown_format_fails_before_any_rendering(small):
    with pytest.raises(ValueError, match="unknown format 'nope'"):
        render_many(small, ["md", "nope"])


def test_formats_and_file_names():
    assert FORMATS["timelinejs"] == "timeline.timelinejs.json"
    assert set(DEFAULT_FORMATS) <= set(FORMATS)
    assert len(set(FORMATS.values())) == len(FORMATS)


def test_render_many_keeps_the_order_asked(small):
    outputs = render_many(small, ["timelinejs", "md", "json"])
    assert list(outputs) == ["timelinejs", "md", "json"]
    assert outputs["md"] == render(small, "md")


def test_builtin_templates_are_found():
    folder = builtin_templates_dir()
    assert (folder / "timeline.md.j2").is_file()


def test_a_user_template_overrides_the_builtin_one_by_name(small, tmp_path):
    (tmp_path / "timeline.md.j2").write_text("Custom: {{ md.title }} has {{ ctx.events | length }} events\n")
    options = RenderOptions(templates_dir=tmp_path)
    assert render(small, "md", options) == b"Custom: Ukraine peace talks has 12 events\n"
    # templates the folder does not hold still come from the built-in ones
    assert render(small, "timelinejs", options) == render(small, "timelinejs")


def test_a_misspelt_variable_in_a_template_fails_loudly(small, tmp_path):
    (tmp_path / "timeline.md.j2").write_text("{{ md.titel }}\n")
    with pytest.raises(jinja2.UndefinedError, match="titel"):
        render(small, "md", RenderOptions(templates_dir=tmp_path))


def test_a_missing_templates_folder_is_a_clear_error(small, tmp_path):
    with pytest.raises(ValueError, match="templates folder .*nowhere does not exist"):
        render(small, "md", RenderOptions(templates_dir=tmp_path / "nowhere"))


def test_options_reject_unknown_fields():
    with pytest.raises(ValueError, match="mermiad"):
        RenderOptions(mermiad=True)


def test_html_templates_are_autoescaped_and_markdown_ones_are_not(tmp_path):
    for name in ("page.html.j2", "page.md.j2"):
        (tmp_path / name).write_text("{{ value }}")
    env = make_environment(RenderOptions(templates_dir=tmp_path))
    assert env.get_template("page.html.j2").render(value="<b>") == "&lt;b&gt;"
    assert env.get_template("page.md.j2").render(value="<b>") == "<b>"


def test_json_is_the_model_pretty_printed_with_a_trailing_newline(small):
    data = render(small, "json")
    assert data.endswith(b"}\n") and data.count(b"\n") > 10
    document = json.loads(data)
    assert document == json.loads(small.model_dump_json())
    assert list(document) == list(type(small).model_fields)
    assert [e["id"] for e in document["events"]] == [e.id for e in small.events]
