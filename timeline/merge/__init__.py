"""Merge: event mentions from every source -> one ordered chronology of cited entries.

``merge_mentions(mentions, articles)`` is the whole interface:

1. ``matching.prepare``: each dated mention gets its interval (widened for vague expressions),
   grain, entity keys and words; a word opening it counts as a name when another article of the
   input capitalises it inside a sentence (``input_names_seen``), and the roles and ages by
   which it describes someone ("the transport minister") meet the names other articles give
   them (``article_roles``).
2. ``clustering.cluster_mentions``: mentions with compatible dates that describe the same
   happening are grouped, comparing only within blocks of (month, name) — never all pairs.
   Mentions within one article that restate each other merge the same way. Then the clusters
   of one story that each tell its one resignation, storm or ruling of a day join
   (``clustering.join_lone_kinds``): the bar adapts to how many happenings of the kind it has;
   the two clusters in which one article tells a moment of one kind that day, by its day and by
   its time, join (``clustering.join_article_moments``: "collapsed ... yesterday" and "gave way at
   about 5.40pm"); and clusters of one story and one exact day that share what they tell in other words join
   when each is the other's one best match (``clustering.join_story_days``), a preview and the
   result of one fixture too, and a plan and a later report telling the subject of its "will be"
   as done ("The housing referendum will be held on Friday, 26 September" and "Voters approved the
   housing amendment ... in the referendum on Sept. 26"), though no rare name ties them; and an article's lead telling a happening by its day and a later
   paragraph telling it by a finer time join when another article ties the two, telling the
   happening in the lead's words at a time of the day the other fits
   (``clustering.join_article_times``: "made contact Thursday", "Contact was first made ... on
   Thursday evening" and "reached the chamber ... at about 7:30 p.m."). Times of one day that cannot be one moment (a clock time outside
   a part of the day, a morning and a night) never join (``matching.clocks_conflict``).
3. ``entries.build_entry``: each group becomes an entry with the most precise date its
   sources support, every citation, a status and the sources' disagreements.
   Expressions dated only by a happening the article names ("on the eve of the talks") get
   that happening's entry's day (``anchored.date_anchored``) and the mentions cluster again.
   The planned end of a span ("... and run until 24 November") is called off or postponed
   with its start when a later source says so (``entries.ends_called_off_with_their_start``).
4. ``conflicts.note_date_conflicts``: near-identical happenings dated to different exact days
   are kept apart but marked as disputed, each naming the other's date; so is a story's one
   quake, fire's outbreak, resignation or release told on days up to two apart by different
   articles (not a fire's later days, "5% contained" and "40% contained", nor a saying's day).
5. ``corroborate.corroborate``: undated sentences that clearly describe a recent entry are
   attached to it as corroborating citations.
6. ``entries.order_and_assign_ids``: chronological order and unique, stable ids (the order
   and tie-breaking rules are documented in ``timeline.merge.entries``).

The output depends only on the input: nothing iterates over a set or dict whose order could
vary between runs, and every sort has a total key.
"""

from __future__ import annotations

from timeline.merge.anchored import date_anchored
from timeline.merge.clustering import cluster_mentions
from timeline.merge.conflicts import note_date_conflicts
from timeline.merge.corroborate import corroborate
from timeline.merge.entries import (
    build_entry, ends_called_off_with_their_start, entry_sort_key, order_and_assign_ids, source_label,
)
from timeline.merge.matching import (
    ArticleFacts, MentionFeatures, article_facts, article_names, input_lower_words, input_names_seen, mentions_by_document,
    prepare,
)
from timeline.models import Article, Event, EventMention

__all__ = ["merge_mentions", "entry_sort_key"]


def merge_mentions(mentions: list[EventMention], articles: list[Article],
                   facts: list[ArticleFacts] | None = None) -> list[Event]:
    """Merged, cited, chronologically ordered entries with unique ids.

    ``facts``: each article's ``article_facts`` in the order of ``articles``, when found
    already (the pipeline finds them in its tagging processes); else they are found here.
    """
    dated = [m for m in mentions if m.timex.interval is not None]
    anchored = [m for m in mentions if m.timex.interval is None]
    if facts is None:
        by_document = mentions_by_document(mentions)
        facts = [article_facts(article, by_document.get(article.id, [])) for article in articles]
    seen = input_names_seen(articles, facts)
    lower = input_lower_words(facts)
    contexts = {article.id: article_names(article, seen, found) for article, found in zip(articles, facts, strict=True)}
    roles = {article.id: found.roles for article, found in zip(articles, facts, strict=True)}
    short = {article.id: dict(found.short_forms) for article, found in zip(articles, facts, strict=True)}
    own_lower = {article.id: found.lower_case - found.names_seen for article, found in zip(articles, facts, strict=True)}

    def prepared(dated: list[EventMention]) -> list[MentionFeatures]:
        return [prepare(index, m, contexts.get(m.document, frozenset()), seen, roles.get(m.document, frozenset()),
                        short.get(m.document), lower, own_lower.get(m.document, frozenset()))
                for index, m in enumerate(dated)]

    features = prepared(dated)
    clusters = cluster_mentions(features)
    if anchored:
        # "on the eve of the talks": dated by the talks' entry, then everything clusters again
        resolved = date_anchored(anchored, clusters)
        if resolved:
            dated = dated + resolved
            features = prepared(dated)
            clusters = cluster_mentions(features)
    labels = {article.id: source_label(article, number)
              for number, article in enumerate(sorted(articles, key=lambda a: a.id), start=1)}
    entries = [build_entry(cluster, labels) for cluster in clusters]
    entries = ends_called_off_with_their_start(entries, clusters, labels)
    entries = note_date_conflicts(entries, clusters, labels)
    entries = corroborate(entries, [c.profile for c in clusters], articles, mentions,
                          {a.id: f.corroborating for a, f in zip(articles, facts) if f.corroborating is not None})
    return order_and_assign_ids(entries)
