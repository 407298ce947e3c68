"""Files -> Article: front matter, body, the title line, trailing boilerplate cut off, sentences.

An input is UTF-8 text or Markdown with optional YAML front matter between ``---`` lines::

    ---
    published: 2025-12-03          # a date, or a datetime with or without a UTC offset
    title: Putin meets US envoys   # optional; else a first line that reads as a headline
    publisher: Example News        # optional
    url: https://example.com/a     # optional
    language: en                   # optional
    ---
    Article text ...

Every problem is reported as an ``InputError`` naming the file, the line or field, and the fix;
``load_articles`` collects the errors of all files before raising, so one run reports them all.
Input files are only ever read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from timeline.errors import InputError, InputErrors
from timeline.temporal.dateorder import LANGUAGE_TAG, LANGUAGE_TAG_FIX, region_of_language
from timeline.models import Article, Sentence, SentenceKind, SkippedFile

INPUT_SUFFIXES = (".txt", ".md")

# ------------------------------------------------------------------------ language tags

# The regions a language tag may name (BCP 47): the ISO 3166-1 alpha-2 country codes in use
# (as tzdata's iso3166.tab lists them, 2023), and the UN M.49 areas of the IANA subtag registry
# ("en-001" the world, "en-150" Europe, "es-419" Latin America). "UK" is read as GB
# (temporal.dateorder), as people write it.
ISO_3166_COUNTRIES = frozenset("""
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
    CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO
    FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE
    JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO
    MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW
    PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM
    TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW""".split())
M49_AREAS = frozenset("""001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061
    142 143 145 150 151 154 155 202 419""".split())
REGION_FIX = "write the region as its two-letter ISO 3166 code, such as en-GB, en-US, en-IN or en-AU"
_SCRIPT = re.compile(r"[A-Za-z]{4}")
_REGION = re.compile(r"[A-Za-z]{2}|\d{3}")
_VARIANT = re.compile(r"[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}")


def language_tag_problem(tag: str) -> tuple[str, str] | None:
    """What is wrong with a ``language`` value and the fix, or None when it is a tag we read.

    A tag is a language ("en"), then optionally a script ("Latn"), a region and variants, joined
    by "-" or "_" (BCP 47). Its region sets how "03/04/2025" reads, so a region we cannot read is
    an error, never a silent fall-back to month first: "en-GBR" (ISO 3166's three letters),
    "en-U", "en-XY" (no country's code), "en-GB-US" (two regions)."""
    text = tag.strip()
    if not LANGUAGE_TAG.fullmatch(text):
        return f"{tag!r} is not a language tag", LANGUAGE_TAG_FIX
    language, *subtags = re.split(r"[-_]", text)
    if subtags and _SCRIPT.fullmatch(subtags[0]):
        subtags = subtags[1:]
    region = None
    if subtags and _REGION.fullmatch(subtags[0]):
        region = subtags.pop(0)
        if region.isdigit() and region not in M49_AREAS:
            return f"{tag!r}: {region!r} is no UN M.49 area code", REGION_FIX
        if not region.isdigit() and region_of_language(text) not in ISO_3166_COUNTRIES:
            return f"{tag!r}: {region!r} is no country's ISO 3166 code", REGION_FIX
    while subtags and _VARIANT.fullmatch(subtags[0]):
        subtags = subtags[1:]
    if not subtags:
        return None
    if region is None:
        return f"{tag!r}: {subtags[0]!r} is no region code", REGION_FIX
    return f"{tag!r}: {subtags[0]!r} follows its region {region!r}", f"write one region, such as {language}-{region}"


# What 'published' may be, as the error for any other value says. Only the calendar date as
# written matters (the reference date): a datetime's offset does not move it ("2025-12-03T23:30:00-05:00"
# is 3 Dec, not UTC's 4 Dec), so a datetime without one ("2026-03-05 14:30", as content systems
# export it) is the article's local time and gives its date just as well.
PUBLISHED_FORMS = "YYYY-MM-DD, or a datetime such as 2025-12-03T14:30:00+01:00 (the offset may be left out: 2025-12-03 14:30)"

# The earliest publication date read. An earlier one is a slip ('0001-01-01', '0202-10-10' for
# 2020, a placeholder), not an article: English-language newspapers date from the 17th century,
# and until 1752 the British and colonial press kept the Julian calendar, whose weekdays and
# holidays the tagger (proleptic Gregorian) would resolve wrong. 1800 leaves the digitised
# 19th-century press to be read, and the tagger resolves such years as it does any other.
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)

# UTC offsets in use run from UTC-12:00 (Baker Island) to UTC+14:00 (the Line Islands); Python
# takes anything under 24 hours, so '+15:00' would be read without a word.
OFFSET_RANGE = (dt.timedelta(hours=-12), dt.timedelta(hours=14))

# ISO 8601 spells a day in other ways than YYYY-MM-DD too, and Python 3.11's fromisoformat reads
# them: '20251103' (quoted, else YAML reads a number) and the week date '2025-W45-1' name one day
# each and are read. A week alone ('2025-W45') names seven, which fromisoformat reads as its
# Monday: a guess that would move every 'yesterday' by up to six days, so it is an error naming
# the week's days. A day of the year ('2025-307') fromisoformat does not read: its error gives the day.
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{2})(?![-\d])", re.IGNORECASE)
_ISO_ORDINAL = re.compile(r"(\d{4})-?(\d{3})")


class PublishedError(ValueError):
    """A 'published' value that is no date we read: what is wrong (after "published: VALUE")
    and the fix, as ``parse_front_matter`` reports them."""

    def __init__(self, problem: str, fix: str):
        super().__init__(problem)
        self.problem, self.fix = problem, fix


def parse_published(text: str) -> dt.date | dt.datetime:
    """The date or datetime a 'published' value gives. ``PublishedError`` says why a date gives
    none: a week rather than a day, a day of the year, a UTC offset no clock keeps, a day before
    ``EARLIEST_PUBLISHED``; any other text is a bare ValueError (``parse_front_matter`` then
    lists the forms that are read)."""
    text = text.strip()
    try:
        value = dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text)
    except ValueError:
        raise _day_of_year(text) or ValueError("not an ISO date") from None
    week = _ISO_WEEK.match(text)
    if week:
        monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        raise PublishedError(
            f"is a week ({monday.isoformat()} to {(monday + dt.timedelta(days=6)).isoformat()}), not the day it was published",
            f"write that day as YYYY-MM-DD, such as published: {monday.isoformat()}",
        )
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        offset = value.utcoffset()
        if not OFFSET_RANGE[0] <= offset <= OFFSET_RANGE[1]:
            raise PublishedError(
                f"has the UTC offset {_offset_text(offset)}, which no clock keeps (offsets run from -12:00 to +14:00)",
                "write the offset of the publisher's clock, such as +01:00, or leave it out (only the date as written is used)",
            )
    day = value.date() if isinstance(value, dt.datetime) else value
    if day < EARLIEST_PUBLISHED:
        raise PublishedError(
            f"is before {EARLIEST_PUBLISHED.year}, the earliest publication date read "
            "(an earlier one is a slip or a placeholder, not a news article's date)",
            "write the day it was published, such as published: 2025-12-03",
        )
    return value


def parse_reference_date(text: str) -> dt.date:
    """A reference date given outside front matter (``--reference-date``, a batch line's
    ``reference_date``): a day as 'published' gives one, so not a week nor a day before
    ``EARLIEST_PUBLISHED`` (fromisoformat alone would read '2025-W41' as its Monday, and against
    '0001-01-01' "on Sunday" resolves to a day after it). ``PublishedError`` otherwise."""
    text = text.strip()
    try:
        day = parse_published(text) if len(text) <= 10 else None
    except PublishedError as err:
        raise PublishedError(f"{text} {err.problem}", err.fix.replace("published: ", "")) from None
    except ValueError:
        day = None
    if not isinstance(day, dt.date):
        raise PublishedError(f"{text!r} is not a date", "write YYYY-MM-DD")
    return day


def _offset_text(offset: dt.timedelta) -> str:
    sign = "-" if offset < dt.timedelta(0) else "+"
    seconds = int(abs(offset).total_seconds())
    text = f"{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
    return text + (f":{seconds % 60:02d}" if seconds % 60 else "")


def _day_of_year(text: str) -> PublishedError | None:
    """The error for a day of the year ('2025-307'), with the day to write; None for other text."""
    ordinal = _ISO_ORDINAL.fullmatch(text)
    if not ordinal:
        return None
    year, number = int(ordinal.group(1)), int(ordinal.group(2))
    if year < 1 or not 1 <= number <= dt.date(year, 12, 31).timetuple().tm_yday:
        return None
    day = dt.date(year, 1, 1) + dt.timedelta(days=number - 1)
    return PublishedError("is a day of the year", f"write it as YYYY-MM-DD: published: {day.isoformat()}")


class FrontMatter(BaseModel):
    """The allowed front-matter keys. Unknown keys are an error that lists these."""

    model_config = ConfigDict(extra="forbid")

    published: dt.date | dt.datetime | None = None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str = "en"

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        # its region sets the date order, regional holidays and fiscal years (temporal.dateorder)
        problem = language_tag_problem(value)
        if problem is not None:
            raise ValueError(problem[0])
        return value.strip()

    @field_validator("published", mode="before")
    @classmethod
    def _parse_published(cls, value: object) -> object:
        # Dates reach here as text (FrontMatterLoader keeps timestamps as strings); strings get one
        # strict ISO-8601 chance. A number ("published: 20251103", "published: 2025") is no date,
        # though pydantic would read it as seconds since 1970.
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            raise ValueError("a number, not a date")
        if isinstance(value, str):
            return parse_published(value)
        return value


ALLOWED_KEYS = sorted(FrontMatter.model_fields)


# ----------------------------------------------------------------------- reading files


def expand_inputs(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Files named directly, plus the .txt/.md files below each folder, in a stable order."""
    files: list[Path] = []
    errors: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if _is_dangling_link(path):
            errors.append(dangling_link_error(path, str(raw)))
        elif not path.exists():
            errors.append(InputError(str(raw), "no such file or folder", "check the path"))
        elif path.is_dir():
            # (a link to nothing is kept: reading it says what is wrong, as when it is named itself,
            # rather than leaving an article out without a word)
            found = sorted(p for p in path.rglob("*") if (p.is_file() or _is_dangling_link(p))
                           and p.suffix.lower() in INPUT_SUFFIXES)
            if not found:
                errors.append(
                    InputError(str(raw), "folder holds no .txt or .md files", "add articles or name another folder")
                )
            files.extend(found)
        elif path.suffix.lower() not in INPUT_SUFFIXES:
            errors.append(
                InputError(str(raw), f"is a {path.suffix or 'suffix-less'} file, not .txt or .md", "save the article as text")
            )
        else:
            files.append(path)
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, errors


def _is_dangling_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def dangling_link_error(path: Path, name: str) -> InputError:
    """A symbolic link whose target is gone: the link, where it points, and the fix."""
    try:
        target = str(path.readlink())
    except OSError:
        target = "?"
    return InputError(
        name,
        f"is a link to {target}, which does not exist",
        "point the link at an existing article, or remove it",
    )


def load_articles(
    paths: Iterable[str | Path],
    *,
    reference_date: dt.date | None = None,
    skip_invalid: bool = False,
) -> tuple[list[Article], list[SkippedFile]]:
    """Read every input. Raises ``InputErrors`` listing every bad file unless ``skip_invalid``.

    With ``skip_invalid`` the bad files are returned as ``SkippedFile`` records instead; a
    missing path or an empty folder is still an error, as is having no valid article left.
    """
    files, path_errors = expand_inputs(paths)
    articles: list[Article] = []
    bad: list[InputError] = []
    for file in files:
        try:
            articles.append(read_article(file, reference_date=reference_date))
        except InputError as err:
            bad.append(err)
    by_id: dict[str, Article] = {}
    for article in articles:
        other = by_id.get(article.id)
        if other is not None:
            bad.append(
                InputError(
                    article.path,
                    f"document id {article.id!r} is also used by {other.path}",
                    "rename one of the files (the id is the file name without extension)",
                )
            )
        else:
            by_id[article.id] = article
    if path_errors or (bad and not skip_invalid):
        raise InputErrors(path_errors + bad)
    bad_paths = {e.path for e in bad}
    articles = [a for a in by_id.values() if a.path not in bad_paths]
    if not articles:
        raise InputErrors(
            [InputError(", ".join(str(p) for p in paths) or ".", "no valid article to build from", "fix the files above")]
        )
    skipped = [SkippedFile(path=e.path, error=e.reason(), line=e.line) for e in bad]
    return articles, skipped


def read_article(path: Path, *, reference_date: dt.date | None = None) -> Article:
    name = path.as_posix()
    if _is_dangling_link(path):
        raise dangling_link_error(path, name)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise InputError(name, f"cannot be read ({err.strerror})", "check its permissions") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError(
            name,
            f"is not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start})",
            "re-save the file as UTF-8",
            line=line,
        ) from None
    control = _CONTROL_CHARACTER.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        raise InputError(
            name,
            f"holds a control character (U+{ord(control.group()):04X}) at column {column}, which no page can show",
            "delete it (a text editor shows it as a box or ^@); a file full of them is not text",
            line=line,
        )
    return parse_article(text, path=name, reference_date=reference_date)


# Control characters that text never holds (a NUL, a bell, an escape ...): tab, line feed, form feed
# and carriage return are whitespace, everything else below U+0020, and DEL, is a byte gone astray,
# which an HTML page would show as nothing and a PDF as a box.
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


# ----------------------------------------------------------------------- parsing text


FENCE = re.compile(r"^---[ \t]*$")


class DuplicateKey(Exception):
    """A front-matter key given twice; YAML itself would keep the last value without a word."""

    def __init__(self, key: str, first_line: int, second_line: int):
        super().__init__(key)
        self.key, self.first_line, self.second_line = key, first_line, second_line


class FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as text, so one validator judges every date, and
    refuses a key given twice (``DuplicateKey``, lines counted from the block's first line).

    (PyYAML's own timestamp constructor raises a bare ValueError on '2025-13-45'.)
    """

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            first_seen: dict[str, int] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                line = key_node.start_mark.line
                if key_node.value in first_seen:
                    raise DuplicateKey(key_node.value, first_seen[key_node.value], line)
                first_seen[key_node.value] = line
        return super().construct_mapping(node, deep=deep)


FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


# a line of dashes that may have been meant as a fence: '----', '-----', an indented '---'
DASH_LINE = re.compile(r"^[ \t]*-{3,}[ \t]*$")
# a line giving one of the allowed keys, as front matter writes it ('published: 2025-11-05')
FRONT_MATTER_LINE = re.compile(rf"^(?:{'|'.join(ALLOWED_KEYS)})[ \t]*:(?:[ \t]|$)")


# TOML front matter (Hugo's '+++' fences) and its 'key = value' lines
TOML_FENCE = re.compile(r"^[ \t]*\+{3}[ \t]*$")
TOML_LINE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*(.*?)[ \t]*$")


def check_toml_front_matter(lines: list[str], first: int, path: str) -> None:
    """Refuse TOML front matter ('+++' over 'key = value' lines, as Hugo writes it): it is not
    read, and taken as text its date would be lost and its lines told as sentences. A '+++'
    line opening the file is TOML front matter when a 'key = value' line follows it or another
    '+++' closes it; the fix names the YAML lines to write, as in 'published: 2025-10-10'."""
    if not TOML_FENCE.match(lines[first].rstrip("\r")):
        return
    rest = [line.rstrip("\r") for line in lines[first + 1:]]
    close = next((i for i, line in enumerate(rest) if TOML_FENCE.match(line)), None)
    block = rest[:close] if close is not None else rest
    pairs = [m for m in (TOML_LINE.match(line) for line in block) if m]
    if close is None and not (rest and TOML_LINE.match(rest[0])):
        return
    example = next((m for m in pairs if m.group(1) in ALLOWED_KEYS), None)
    as_in = ""
    if example is not None:
        value = example.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        as_in = f", as in '{example.group(1)}: {value}'"
    raise InputError(
        path,
        f"front matter opens with {lines[first].strip()!r}: TOML front matter is not supported",
        f"write it as YAML 'key: value' lines between '---' lines{as_in}",
        line=first + 1,
    )


def check_front_matter_shape(lines: list[str], path: str) -> None:
    """Refuse front matter the fences do not mark as such, naming the line and the fix: a
    file whose first line is no '---' is all article text, so its 'published: 2025-11-05'
    would be read as a sentence and its date never used.

    Front matter is meant when an allowed key opens the file ('published: ...' with no fences)
    or follows its first non-blank line of dashes ('----', or '---' after blank lines).
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return
    check_toml_front_matter(lines, first, path)
    after_blanks = ", and remove the blank lines above it" if first > 0 else ""
    if FRONT_MATTER_LINE.match(lines[first]):
        last = first
        while last + 1 < len(lines) and FRONT_MATTER_LINE.match(lines[last + 1]):
            last += 1
        where = "it" if last == first else f"line {last + 1}"
        raise InputError(
            path,
            f"{lines[first].strip()!r} reads as front matter, but there is no '---' line above and below it",
            f"put a line '---' above line {first + 1} and another below {where}{after_blanks}",
            line=first + 1,
        )
    if not DASH_LINE.match(lines[first]) or first + 1 >= len(lines) or not FRONT_MATTER_LINE.match(lines[first + 1]):
        return
    close = next((i for i in range(first + 1, len(lines)) if DASH_LINE.match(lines[i])), None)
    wrong = [i + 1 for i in (first, close) if i is not None and lines[i].strip() != "---"]
    if first > 0:
        problem = f"front matter begins on line {first + 1}, after blank lines, so it is read as article text"
    else:
        problem = f"front matter opens with {lines[first].strip()!r}, but only a line '---' opens it"
    if close is not None and close + 1 in wrong and first + 1 not in wrong:
        problem = f"front matter closes with {lines[close].strip()!r}, but only a line '---' closes it"
    fix = ""
    if wrong:
        fix = f"make line {wrong[0]} exactly '---'" if len(wrong) == 1 else f"make lines {wrong[0]} and {wrong[1]} exactly '---'"
    if first > 0:
        fix = (fix + " and remove the blank lines above the front matter") if fix else "remove the blank lines above the front matter"
    raise InputError(path, problem, fix, line=first + 1)


def split_front_matter(text: str, path: str) -> tuple[dict, str, int]:
    """Return (front matter mapping, body, 1-based line number where the body starts)."""
    lines = text.split("\n")
    if not lines or not FENCE.match(lines[0].rstrip("\r")):
        check_front_matter_shape(lines, path)
        return {}, text, 1
    for index in range(1, len(lines)):
        if FENCE.match(lines[index].rstrip("\r")):
            break
    else:
        index = len(lines)
    if index == len(lines) or any(DASH_LINE.match(line) for line in lines[1:index]):
        # '----' meant as the closing fence: the front matter runs on into the text, or to its end
        dashes = next((i for i in range(1, index) if DASH_LINE.match(lines[i])), None)
        if dashes is not None:
            raise InputError(
                path,
                f"front matter opened with '---' is closed with {lines[dashes].strip()!r} on line {dashes + 1}",
                f"make line {dashes + 1} exactly '---'",
                line=dashes + 1,
            )
        raise InputError(path, "front matter opened with '---' is never closed", "add a closing '---' line", line=1)
    block = "\n".join(lines[1:index])
    try:
        # front matter of nothing but comments and blank lines is as empty as '---' over '---'
        # (YAML reads it as no document at all, which is no 'key: value' lines either)
        data = yaml.load(block, Loader=FrontMatterLoader) if not _only_comments(lines[1:index]) else {}
    except DuplicateKey as err:
        # (the block's first line is the file's second)
        first, second = err.first_line + 2, err.second_line + 2
        raise InputError(
            path,
            f"front matter key {err.key!r} is given twice, on lines {first} and {second}",
            "keep one of them",
            line=second,
            field=err.key,
        ) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(err, "problem", None) or "is not valid YAML"
        mistake = _yaml_mistake(err, lines, index)
        if mistake:
            told, fix, line = mistake
            raise InputError(path, f"front matter is not valid YAML ({told})", fix, line=line) from None
        # the line the parser stopped at, else the line where the bad value began ('title: [unclosed')
        marks = [m for m in (mark, getattr(err, "context_mark", None)) if m is not None]
        for candidate in marks:
            bad_line = lines[candidate.line + 1] if candidate.line + 1 < index else ""
            quoted = _quoted_value_fix(bad_line)
            if quoted:
                line = candidate.line + 2
                why = "a value holding ': ' must be quoted" if "mapping values" in problem else "quote the value"
                closed = _closed_quote_fix(bad_line)
                if closed:
                    quoted, why = closed, "close the quote the value opens"
                raise InputError(
                    path, f"front matter is not valid YAML ({problem})", f"fix the YAML: {why}, as in {quoted}", line=line
                ) from None
        raise InputError(path, f"front matter is not valid YAML ({problem})", "fix the YAML syntax", line=line) from None
    if not isinstance(data, dict):
        raise InputError(path, "front matter is not a set of 'key: value' lines", "write one 'key: value' per line", line=2)
    body = "\n".join(lines[index + 1 :])
    return data, body, index + 2


def _only_comments(lines: list[str]) -> bool:
    """True when front-matter lines hold no YAML but comments ('# note') and blanks."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in lines)


_KEY = r"[A-Za-z_][\w-]*"


def _yaml_mistake(err: yaml.YAMLError, lines: list[str], index: int) -> tuple[str, str, int] | None:
    """What a common slip in front matter is, and its fix, in the writer's words rather than the
    parser's, with the line it is on: a tab ("found character '\\t' that cannot start any token"),
    a key indented under another ("mapping values are not allowed here"), a key with no colon or no
    space after it ("could not find expected ':'"), a list item among the keys ("expected <block
    end>, but found '-'"). None for any other error (``split_front_matter`` says what it can)."""
    problem = getattr(err, "problem", None) or ""

    def at(mark: object) -> tuple[int, int, str] | None:
        # (file line, column, the line's text) of a mark inside the front matter (its first line is the file's second)
        if mark is None or not 0 <= mark.line < index - 1:  # type: ignore[attr-defined]
            return None
        return mark.line + 2, mark.column, lines[mark.line + 1].rstrip("\r")  # type: ignore[attr-defined]

    where = at(getattr(err, "problem_mark", None))
    if where and "'\\t'" in problem:
        line, column, text = where
        if text[column:column + 1] == "\t":
            return f"line {line}: a tab; YAML indents and separates with spaces", "replace the tab with spaces", line
    if where and problem == "mapping values are not allowed here":
        line, _, text = where
        key = re.match(rf"^([ \t]+)({_KEY})\s*:(?:\s|$)", text)
        if key:
            return (f"line {line}: the key '{key.group(2)}' is indented, which makes it part of the line above",
                    f"remove the spaces before '{key.group(2)}:', so that each key starts its line", line)
    if where and problem.startswith("expected <block end>, but found '-'"):
        line, column, text = where
        if text[:column].strip() == "" and text[column:column + 2].rstrip() == "-":
            return (f"line {line}: a list item ('-') among the 'key: value' lines",
                    "remove the '-' and write the line as 'key: value'", line)
    context = at(getattr(err, "context_mark", None))
    if context and problem == "could not find expected ':'":
        suspect = context
    elif where and problem == "mapping values are not allowed here" and where[0] > 2:
        # a key with no colon runs on into the next line's key: "title \"Talks\"" above "published: ..."
        suspect = (where[0] - 1, 0, lines[where[0] - 2].rstrip("\r"))
    else:
        return None
    line, _, text = suspect
    glued = re.match(rf"^({_KEY}):(\S.*)$", text)
    if glued:
        return (f"line {line}: no space after '{glued.group(1)}:'",
                f"put a space after the colon, as in {glued.group(1)}: {glued.group(2)}", line)
    bare = re.match(rf"^({_KEY})\s+([^:]*\S)$", text)
    if bare:
        return (f"line {line}: no colon after the key '{bare.group(1)}'",
                f"write the key, a colon and a space, then the value, as in {bare.group(1)}: {bare.group(2)}", line)
    return None


_KEY_VALUE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s+(?P<value>\S.*?)\s*$")


def _quoted_value_fix(line: str) -> str | None:
    """``title: "Boeing: the fall"`` for the line ``title: Boeing: the fall``: a value holding
    ': ', '#', or opening with '[', '{', '*', '&' or a quote it does not close reads as YAML
    syntax, and quotes make it text. None when the line is no 'key: value'."""
    match = _KEY_VALUE.match(line.rstrip("\r"))
    if not match or match.group("value")[:1] in "\"'" and match.group("value")[-1:] == match.group("value")[:1]:
        return None
    value = match.group("value").replace("\\", "\\\\").replace('"', '\\"')
    return f'{match.group("key")}: "{value}"'


def _closed_quote_fix(line: str) -> str | None:
    """``title: "Unclosed"`` for the line ``title: "Unclosed``: a value that opens a quote and
    holds no other of that quote mark was meant to be quoted; escaping the mark (as
    :func:`_quoted_value_fix` would) would keep it in the title. None otherwise."""
    match = _KEY_VALUE.match(line.rstrip("\r"))
    if not match:
        return None
    value = match.group("value")
    mark = value[:1]
    if mark not in "\"'" or not mark or mark in value[1:]:
        return None
    return f'{match.group("key")}: {value}{mark}'


def _raw_value(text: str, key: str) -> str | None:
    """The value of ``key`` as written in the front matter, before YAML read it."""
    match = re.search(rf"^{re.escape(str(key))}\s*:[ \t]*(\S.*?)[ \t]*\r?$", text, re.MULTILINE)
    return match.group(1) if match else None


# what YAML makes of an unquoted value that is not text
_YAML_KINDS = ((bool, "true/false"), (int, "a number"), (float, "a number"), (list, "a list"), (dict, "a mapping"))


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(str(key))}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _published_fix(number: int | float) -> str:
    """How to write a date given as a number: "published: 20251103" is 2025-11-03 written
    without its hyphens; any other number ("published: 2025") needs the whole day."""
    digits = str(number)
    if isinstance(number, int) and len(digits) == 8:
        try:
            day = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            pass
        else:
            return f"write the date with hyphens: published: {day.isoformat()}"
    return "write the day it was published as YYYY-MM-DD, such as published: 2025-12-03"


def parse_front_matter(data: dict, text: str, path: str) -> FrontMatter:
    try:
        return FrontMatter.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else "?"
        line = _key_line(text, key)
        if first["type"] == "extra_forbidden":
            raise InputError(
                path,
                f"front matter key {key!r} is not allowed",
                f"use only {', '.join(ALLOWED_KEYS)}",
                line=line,
                field=key,
            ) from None
        value = data.get(key)
        if key == "published" and isinstance(value, (int, float)) and not isinstance(value, bool):
            raise InputError(
                path,
                f"published: {_raw_value(text, key) or value} is read as a number, not a date",
                _published_fix(value),
                line=line,
                field=key,
            ) from None
        cause = (first.get("ctx") or {}).get("error")
        if key == "published" and isinstance(cause, PublishedError):
            raise InputError(
                path,
                f"published: {_raw_value(text, key) or value} {cause.problem}",
                cause.fix,
                line=line,
                field=key,
            ) from None
        if key == "published":
            raise InputError(
                path,
                f"published: {data.get('published')!r} is not a date",
                f"write {PUBLISHED_FORMS}",
                line=line,
                field=key,
            ) from None
        if key == "language" and isinstance(value, str) and (problem := language_tag_problem(value)) is not None:
            raise InputError(path, f"language: {problem[0]}", problem[1], line=line, field=key) from None
        kind = next((name for python_type, name in _YAML_KINDS if isinstance(value, python_type)), None)
        raw = _raw_value(text, key)
        if first["type"] == "string_type" and kind is not None and raw is not None:
            # title: 1994 is a number to YAML, 'yes' a boolean, '[a, b]' a list: quotes make each text
            escaped = raw.replace("\\", "\\\\").replace('"', '\\"')
            raise InputError(
                path,
                f"front matter {key}: {raw} is read as {kind}, but the {key} must be plain text",
                f'quote it: {key}: "{escaped}"',
                line=line,
                field=key,
            ) from None
        raise InputError(
            path, f"front matter {key}: {first['msg']}", f"give {key} as plain text", line=line, field=key
        ) from None


# Characters that show nothing on a page though they are not whitespace to Python: the Hangul
# fillers and the blank Braille pattern (letters and a symbol to Unicode). Format characters
# (zero-width space and joiners, the byte-order mark, soft hyphen, bidi marks) are found by category.
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def has_visible_text(text: str) -> bool:
    """True when ``text`` holds a character a reader would see: a body of zero-width spaces
    is as empty as one of blanks."""
    return any(
        not ch.isspace() and ch not in _BLANK_LOOKING and unicodedata.category(ch) not in ("Cc", "Cf")
        for ch in text
    )


LINE_BREAK = re.compile(r"\r\n|\r|\n")


def one_newline_per_break(text: str) -> str:
    """``text`` with each line break, CR LF, CR or LF, one "\\n": what every stage reads."""
    return LINE_BREAK.sub("\n", text)


def from_line(text: str, line: int) -> str:
    """``text`` from the start of its 1-based ``line`` on, each line break as ``text`` writes it."""
    start = 0
    for _ in range(line - 1):
        found = LINE_BREAK.search(text, start)
        if found is None:
            return ""
        start = found.end()
    return text[start:]


_WRITTEN_TWICE_OR_UNSEEN = re.compile("\r\n|\ufeff")


def crlf_offsets(text: str) -> list[int]:
    """Where ``text``'s CR LF line breaks are once each is one "\\n" (``one_newline_per_break``)
    and its byte-order marks are gone (``without_byte_order_marks``): what maps offsets into that
    text back to ``text`` (``Article.crlf_breaks``). A CR LF gives the offset of its "\\n"; a mark,
    the offset just before the character it stood in front of (-1 for one that opens the text)."""
    offsets = []
    for number, match in enumerate(_WRITTEN_TWICE_OR_UNSEEN.finditer(text)):
        at = match.start() - number
        offsets.append(at if match.group() == "\r\n" else at - 1)
    return offsets


def without_byte_order_marks(text: str) -> str:
    """``text`` without U+FEFF: a byte-order mark after the front matter, or one pasted into a
    line, is no part of what the article says ("\\ufeffThe truce took effect" read as a word)."""
    return text.replace("\ufeff", "")


def parse_article(text: str, *, path: str, reference_date: dt.date | None = None) -> Article:
    """Parse one document's text. ``reference_date`` is used when front matter has no date."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not has_visible_text(text):
        raise InputError(path, "is empty", "add the article text (or remove the file)")
    # Every stage reads one "\n" per line break (and front matter written with CRs alone is
    # front matter too); offsets published in timeline.json are into the body as the file writes
    # it, to which ``crlf_breaks`` maps them back (``Article.file_offset``).
    read = without_byte_order_marks(one_newline_per_break(text))
    data, body, body_line = split_front_matter(read, path)
    meta = parse_front_matter(data, read, path)
    crlf_breaks = crlf_offsets(from_line(text, body_line))
    if not has_visible_text(body):
        raise InputError(path, "has front matter but no article text", "add the article text below the '---' line")

    published_date: dt.date | None = None
    published_at: dt.datetime | None = None
    if isinstance(meta.published, dt.datetime):
        published_at = meta.published
        published_date = meta.published.date()
    elif isinstance(meta.published, dt.date):
        published_date = meta.published
    if published_date is not None:
        reference, source = published_date, "published"
    elif reference_date is not None:
        reference, source = reference_date, "option"
    elif "published" in data:
        # 'published:' with nothing after it (or '~', 'null'): YAML reads no value
        raw = _raw_value(read, "published")
        raise InputError(
            path,
            "published is empty" if raw is None else f"published: {raw} gives no date",
            "write the day it was published, such as published: 2025-12-03, or pass --reference-date YYYY-MM-DD",
            line=_key_line(read, "published"),
            field="published",
        )
    else:
        raise InputError(
            path,
            "has no reference date to resolve 'yesterday' or 'last Thursday' against",
            "add 'published: YYYY-MM-DD' to its front matter or pass --reference-date YYYY-MM-DD",
            field="published",
        )

    body, boilerplate = cut_boilerplate(body)
    title = meta.title
    title_span = None
    first = _first_line_span(body)
    if title is None and first is not None:
        start, end = first
        candidate = body[start:end]
        if reads_as_headline(candidate) and body[end:].strip():
            title, title_span = candidate.strip(), (start, end)

    sentences = split_sentences(body, title_span)
    if sentences and all(sentence.kind in NO_TEXT_KINDS for sentence in sentences):
        # a headline alone (or headings, a table's header row): nothing to tell events from, as
        # in an empty body; said, rather than a build of no events with no title and no word
        first = sentences[0]
        if len(sentences) > 1:
            only = f"headings ({len(sentences)} lines)"
        else:
            only = f"{'the headline' if first.kind == 'heading' else 'a table header'} {first.text.strip()!r}"
        raise InputError(
            path,
            f"has no article text, only {only}",
            "add the article text below it (or remove the file)",
            line=body_line + body.count("\n", 0, first.start),
        )

    doc_id = Path(path).stem
    return Article(
        id=doc_id,
        path=path,
        title=title,
        publisher=meta.publisher,
        url=meta.url,
        language=meta.language,
        published=published_date,
        published_at=published_at,
        reference_date=reference,
        reference_source=source,
        body=body,
        body_line=body_line,
        crlf_breaks=[offset for offset in crlf_breaks if offset < len(body)],
        title_in_body=title_span,
        sentences=sentences,
        boilerplate=boilerplate,
    )


# Sentences that are no article text: they name or head it, and yield no events.
NO_TEXT_KINDS = frozenset({"heading", "table_header"})


def _first_line_span(body: str) -> tuple[int, int] | None:
    for match in re.finditer(r"[^\n]+", body):
        if match.group().strip():
            return match.start(), match.end()
    return None


# ------------------------------------------------------------------ headlines, boilerplate

SMALL_WORDS = frozenset(
    "a an and as at but by for from in into is of off on onto or over per the to up via vs with".split()
)
WORD = re.compile(r"[^\W\d_][\w’'.-]*")


_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")


def reads_as_headline(line: str) -> bool:
    """A short line in title case without a sentence's closing punctuation."""
    text = line.strip().lstrip("#").strip()
    if not text or len(text) > 160 or text[-1] in ".,;:":
        return False
    words = WORD.findall(text)
    if not 2 <= len(words) <= 22:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised / len(content) >= 0.75


# Lines that end an article page rather than belong to it. Each is matched against a
# whole line; a "list header" also takes the headline-like lines after it.
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:add (?:a )?comments?|leave a (?:comment|reply)|\d+ comments?|comments?|share(?: this(?: article| story)?)?"
    r"|share on \w+|tweet|print|email|advertisement|subscribe(?: now| to [\w ]+)?|sign up[\w ]*|click here[\w ]*"
    r"|(?:original article|source|read the original|originally published)\s*:.*)\s*$",
    re.IGNORECASE,
)
LIST_HEADER = re.compile(
    r"^\s*(?:#{1,6}\s+)?[*_]*\s*(?:also read|read more|read also|read next|"
    r"related(?: articles?| stories| story| news| coverage| content| links| reading| topics)?|see also|more from [\w .]+"
    r"|more on this(?: story| topic)?|more coverage|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?"
    r"|more stories|further reading)\s*[*_]*\s*:?\s*[*_]*\s*$",
    re.IGNORECASE,
)
# a Markdown link around a listed headline: "[Boeing's 2021 outlook dims](https://...)"
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def reads_as_listed_headline(line: str) -> bool:
    """A line of a "Related:" list: a headline, or a bulleted or linked one in sentence case
    ("- Boeing’s 2021 outlook dims"), as many outlets write them: short, no closing full stop."""
    text = _LINK.sub(r"\1", line).strip()
    marker = LIST_MARKER.match(text)
    linked = marker is not None or text != line.strip()
    text = text[marker.end():] if marker else text
    text = text.strip("*_ ")
    if reads_as_headline(text):
        return True
    return linked and bool(text) and len(text) <= 160 and text[-1] not in ".,;:" and 1 <= len(WORD.findall(text)) <= 22


def cut_boilerplate(body: str) -> tuple[str, str]:
    """Split trailing page furniture ("Add Comment", "Also Read:" lists) off the article text."""
    lines = body.split("\n")
    cut = len(lines)
    index = len(lines) - 1
    while index >= 0:
        line = lines[index]
        if not line.strip() or BOILERPLATE_LINE.match(line):
            if line.strip():
                cut = index
            index -= 1
            continue
        # A "related" list: header line followed only by headline-like or blank lines.
        header = index
        while header >= 0 and not LIST_HEADER.match(lines[header]) and (
            not lines[header].strip() or reads_as_listed_headline(lines[header])
        ):
            header -= 1
        if header >= 0 and LIST_HEADER.match(lines[header]) and cut - header <= 15:
            cut = header
            index = header - 1
            continue
        break
    article = "\n".join(lines[:cut]).rstrip()
    rest = "\n".join(lines[cut:]).strip()
    return article, rest


# ------------------------------------------------------------------------- sentences

# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt adm st jr sr rev hon pres
    u.s u.k u.n e.u u.s.a d.c a.m p.m no vs etc inc corp co ltd dept est approx fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    w.va calif fla ariz colo conn tenn okla minn mich wis wyo neb nev n.y n.j n.c n.d n.h n.m s.c s.d r.i
    ala ark kan ky md ga vt tex ill ind ore pa va mont del""".split()
)  # (with the states as AP datelines abbreviate them: "CARVER, W.Va. (AP) —")
# abbreviations written in lower case too; the others (titles, months, days, states) take a capital
_LOWER_CASE_ABBREVIATIONS = frozenset("a.m p.m no vs etc inc corp co ltd dept est approx fig".split())
SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
LIST_MARKER = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


_WORD_BEFORE_PERIOD = re.compile(r"([\w.]+)\.$")


def _word_before_period(text: str, end: int) -> re.Match[str] | None:
    """The run of word characters and periods that ends at the period before ``end``.

    Searched in a window that grows until the run starts inside it, never in the whole text
    before ``end``: asked at every full stop, that made splitting a long paragraph quadratic."""
    width = 64
    while True:
        window = max(0, end - width)
        match = _WORD_BEFORE_PERIOD.search(text, window, end)
        if match is None or match.start() > window or window == 0:
            return match
        width *= 4


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the period ending at ``end`` belongs to an abbreviation or an initial."""
    match = _word_before_period(text, end)
    if not match:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS and word not in _LOWER_CASE_ABBREVIATIONS and not match.group(1)[0].isupper():
        return False  # "fell ill. The defense ...": a word, not Illinois ("Ill."); "in the sun. The ..."
    if word in ("a.m", "p.m") and _SENTENCE_AFTER_A_TIME.match(text, end):
        return False  # "Polls were open from 7 a.m. until 9 p.m. Some precincts reported problems": the time ends it
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


# a sentence that opens after a clock time's "a.m." or "p.m.": a capitalised word that is no day, month or zone, and a
# word in lower case after it other than "time" (not "9 p.m. Monday", "4 p.m. Sept. 30", "5:30 p.m. Pacific on ABC",
# "10 a.m. Tokyo time", "5 p.m. EST")
_SENTENCE_AFTER_A_TIME = re.compile(
    r"\s+[\"“‘]?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Eastern|Central|Mountain|"
    r"Pacific|Atlantic)\b)"
    r"[A-Z][a-z]+\s+(?!time\b)[a-z]")


# A Markdown (GFM) table: rows between pipes, a |---| line under the header row.
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_DELIMITER = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$")


def table_kinds(lines: list[str]) -> dict[int, SentenceKind | None]:
    """The lines of Markdown tables, by index: the header row above a |---| line is a
    "table_header", the |---| line None (no sentence), the rows below it "table_row"s."""
    kinds: dict[int, SentenceKind | None] = {}
    for index, line in enumerate(lines):
        if not TABLE_DELIMITER.match(line) or "-" not in line or index == 0 or not TABLE_ROW.match(lines[index - 1]):
            continue
        kinds[index - 1] = "table_header"
        kinds[index] = None
        below = index + 1
        while below < len(lines) and TABLE_ROW.match(lines[below]) and not TABLE_DELIMITER.match(lines[below]):
            kinds[below] = "table_row"
            below += 1
    return kinds


def split_sentences(body: str, title_span: tuple[int, int] | None = None) -> list[Sentence]:
    """Each line block is a paragraph; each paragraph is split into sentences with offsets.

    A row of a Markdown table is one sentence whatever its full stops (its cells are read by
    ``timeline.events``), its header row a "table_header"; the |---| line is none."""
    sentences: list[Sentence] = []
    paragraph = -1
    lines = list(re.finditer(r"[^\n]+", body))
    tables = table_kinds([line.group() for line in lines])
    for number, line in enumerate(lines):
        if not line.group().strip():
            continue
        paragraph += 1
        start, end = line.start(), line.end()
        if number in tables:
            table_kind = tables[number]
            s, e = _strip_span(body, start, end)
            if table_kind is not None and e > s:
                sentences.append(Sentence(start=s, end=e, text=body[s:e], paragraph=paragraph, kind=table_kind))
            continue
        kind: SentenceKind = "body"
        marker = LIST_MARKER.match(line.group())
        if title_span is not None and (start, end) == title_span or _MARKDOWN_HEADING.match(line.group()):
            kind = "heading"  # (a Markdown heading is one whatever its case: "# Recount resumes after a pause")
        elif marker:
            kind = "list_item"
            start += marker.end()
        elif reads_as_headline(line.group()):
            kind = "heading"
        for s, e in _sentence_spans(body, start, end) if kind != "heading" else [(start, end)]:
            s, e = _strip_span(body, s, e)
            if e > s:
                sentences.append(Sentence(start=s, end=e, text=body[s:e], paragraph=paragraph, kind=kind))
    return sentences


def _sentence_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    segment = body[start:end]
    for match in SENTENCE_END.finditer(segment):
        stop = start + match.end()
        if match.group()[0] == "." and len(match.group().rstrip("\"”’')]")) == 1 and _is_abbreviation(
            body, start + match.start() + 1
        ):
            continue
        spans.append((cursor, stop))
        cursor = stop
    spans.append((cursor, end))
    return spans


def _strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
