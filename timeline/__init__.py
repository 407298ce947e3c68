"""timeline: turn a pile of news articles into a sourced chronology.

The library API mirrors the pipeline's stages (see timeline.models for the hand-offs):
``timeline.ingest.load_articles``, ``timeline.temporal.tag``, ``timeline.events.extract_mentions``,
``timeline.merge.merge_mentions``, ``timeline.pipeline.build_timeline`` and
``timeline.render.render``.
"""

__version__ = "0.1.0"
