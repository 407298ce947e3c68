"""timeline.emphasis: Markdown emphasis markers, left out with offsets mapped back, or plainly."""

from timeline.emphasis import plain_text, without_emphasis


def test_emphasis_markers_are_left_out_for_the_tagger_and_offsets_map_back():
    body = "**20:55** Emperor Naruhito arrives.\n* a list item with snake_case and 5 * 3\n_Correction (7 Feb 2024):_ text"
    text, origins = without_emphasis(body)
    assert text == "20:55 Emperor Naruhito arrives.\n* a list item with snake_case and 5 * 3\nCorrection (7 Feb 2024): text"
    assert len(origins) == len(text) + 1 and origins[-1] == len(body)
    assert all(body[origins[i]] == character for i, character in enumerate(text))
    assert without_emphasis("No markers here.") == ("No markers here.", None)


def test_plain_text_leaves_out_the_same_markers():
    assert plain_text("**20:55** Emperor Naruhito arrives, 5 * 3, snake_case") == "20:55 Emperor Naruhito arrives, 5 * 3, snake_case"
