"""Read-only queries behind the MSME browser: search, filters, sorting, paging, history.

Sized for 100,000 businesses on an ordinary laptop:

- Rows come back a page at a time as plain ``BusinessRow`` values (never ORM objects),
  with the NIK already masked: the full NIK never leaves this module for the browser.
- Sorting happens in SQL. A ``QSortFilterProxyModel`` would have to hold every row to
  sort them; SQL sorts without loading anything. Sorting by registration order (the
  default, newest first) walks the primary key; by name, owner (both ``COLLATE
  NOCASE``), NIK and last change walks an index (migration 0008), so a page reads 50
  index entries (~0.3 ms) instead of sorting the table (~20 ms at 100,000 rows). Phone,
  village, scale and sector have no sort index: a page costs one scan, still far cheaper
  than loading the rows.
- ``page_after`` pages by key ("seek method": rows after the last one shown) instead
  of ``OFFSET``, so the 500th page costs what the first does; ``OFFSET`` re-reads every
  row it skips (140 ms at offset 90,000 measured here). ``page`` (with an offset) is kept
  for callers that jump to a position. ``tests/unit/test_migrations.py`` checks the plans.
- In registration order (the default) a search is driven from the FTS5 index, which
  yields rowids newest first: the first page reads ~200 index entries however many
  businesses match (0.1-0.3 ms instead of 10-25 ms for ``rowid IN (all matches)`` when
  "081" matches all 100,000). Village-name matches come from the ``village_code`` index
  and are merged in the same order.
- Counting every match costs as much as reading them all (20-45 ms for "081"), so a new
  query counts only up to a cap (``first_page``; the browser passes its page size, so it
  reads one row more than it shows) and the exact ``count`` is asked for separately (the
  browser does it when the officer stops typing). The steps of a first page share one
  read session.
- Search as you type uses the FTS5 trigram index ``business_search`` (migration 0002)
  over name, owner, NIK, phone (E.164 and 08…), NIB and village code, plus village
  *names* resolved through the region directory. Trigrams need three characters; with
  fewer the text filter waits for the third (``MIN_SEARCH_CHARS``): a one- or two-letter
  match hits most of the table and costs a full scan, which helps nobody.
- The sync state of a row is the state of the outbox entry of its newest version, read
  through the outbox's unique (entity, entity_id, version) index — one index probe per
  row shown, so no new index (and no migration) is needed. A business with no outbox
  entry (e.g. only changed by the server) counts as done.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    collate,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    type_coerce,
    union,
    union_all,
)
from sqlalchemy import text as text_sql
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import TextClause

from golonline_desktop.domain.nik import mask_nik
from golonline_desktop.domain.regions import Region, RegionLevel
from golonline_desktop.storage.audit import history as audit_history
from golonline_desktop.storage.engine import Store
from golonline_desktop.storage.models import Business, Officer, OutboxEntry, RegistrationDrive
from golonline_desktop.storage.outbox import OutboxState
from golonline_desktop.storage.region_directory import RegionDirectory

ENTITY = "business"
MIN_SEARCH_CHARS = 3
REGION_MATCH_LIMIT = 50
DENSE_VILLAGE_MATCHES = 2000  # from here a walk by rowid fills a page faster than a sort
COUNT_CAP = 1000  # counted while typing; the exact count comes later
_NUMBERISH = re.compile(r"^[\d\s.\-+()]+$")
_NUMBER_NOISE = re.compile(r"[\s.\-()]")
_CODE = re.compile(r"[0-9.]+")  # a region code: safe to write into SQL as it is
_business_search = table("business_search", column("rowid"))
_MATCH = literal_column("business_search").op("MATCH")
ROWID = literal_column("business.rowid", Integer)
# The columns of ``BusinessQueryService._ordered`` (sort value: the rowid) and the state of
# the newest outbox entry (``_sync_states``), for a page whose rowids are known.
_ROWS_BY_ROWID = (
    "SELECT b.rowid, b.id, b.version, b.business_name, b.owner_name, b.nik, b.phone, b.nib,"
    " b.village_code, b.scale, b.sector, b.updated_at, b.deleted, b.rowid,"
    " (SELECT o.state FROM outbox AS o WHERE o.entity = ? AND o.entity_id = b.id"
    " ORDER BY o.version DESC LIMIT 1)"
    " FROM business AS b WHERE b.rowid IN ({marks}) ORDER BY b.rowid {order}"
)


class SortKey(StrEnum):
    REGISTERED = "registered"
    NAME = "name"
    OWNER = "owner"
    NIK = "nik"
    PHONE = "phone"
    VILLAGE = "village"  # by code: groups a region's villages together
    SCALE = "scale"
    SECTOR = "sector"
    UPDATED = "updated"


# Stored as ISO text ending in "Z": read as text and parsed with ``fromisoformat``, ten
# times cheaper than the column type's ``strptime`` (~2 ms of every 200-row page).
_UPDATED_TEXT = type_coerce(Business.updated_at, String())

_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.REGISTERED: ROWID,
    SortKey.NAME: collate(Business.business_name, "NOCASE"),
    SortKey.OWNER: collate(Business.owner_name, "NOCASE"),
    SortKey.NIK: Business.nik,
    SortKey.PHONE: func.coalesce(Business.phone, ""),
    SortKey.VILLAGE: func.coalesce(Business.village_code, ""),
    SortKey.SCALE: func.coalesce(Business.scale, ""),
    SortKey.SECTOR: collate(func.coalesce(Business.sector, ""), "NOCASE"),
    SortKey.UPDATED: _UPDATED_TEXT,
}


@dataclass(frozen=True)
class BrowserQuery:
    """What the officer asked to see. Hashable: the model compares queries."""

    text: str = ""
    drive_id: str | None = None
    region_prefix: str | None = None  # a province, kabupaten/kota, kecamatan or village code
    scale: str | None = None
    sector: str | None = None
    sync_state: str | None = None  # an OutboxState value
    include_deleted: bool = False
    sort_key: SortKey = SortKey.REGISTERED
    descending: bool = True


class Position(Protocol):
    """Where a row sits in the query's order: what ``page_after`` continues from."""

    @property
    def sort_value(self) -> object: ...

    @property
    def rowid(self) -> int: ...


@dataclass(frozen=True, slots=True)
class RowPosition:
    """A row's place without the row: the model keeps one per page to refetch pages."""

    sort_value: object
    rowid: int


@dataclass(frozen=True, slots=True)
class BusinessRow:
    """One line of the browser. ``nik_masked`` only: the full NIK is not on screens."""

    rowid: int
    id: str
    version: int
    business_name: str
    owner_name: str
    nik_masked: str
    phone: str  # as officers write it: 0812…
    nib: str
    village_code: str
    village_name: str
    scale: str
    sector: str
    updated_at: datetime
    deleted: bool
    sync_state: str
    sort_value: object  # the value the query sorted by, for ``page_after``

    def position(self) -> RowPosition:
        return RowPosition(self.sort_value, self.rowid)


@dataclass(frozen=True)
class FirstPage:
    """What a new query shows first. ``count`` is exact, or ``COUNT_CAP``-ish and
    ``exact`` False when more businesses match (shown as "50+" or "1.000+")."""

    count: int
    exact: bool
    rows: list[BusinessRow]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    officer_name: str  # "" when the officer is unknown here (e.g. a central edit)
    action: str  # "business.create", "business.update", "business.delete", ...
    changed: tuple[str, ...]  # field names only (values may be personal data)
    version: int | None


@dataclass(frozen=True)
class FilterChoices:
    drives: list[tuple[str, str]]  # (id, name), newest first
    regions: list[tuple[str, str]]  # (kabupaten/kota code, name) of businesses stored
    sectors: list[str]


def local_phone(phone: str | None) -> str:
    if not phone:
        return ""
    return "0" + phone[3:] if phone.startswith("+62") else phone


def is_searchable(text: str) -> bool:
    """True when ``text`` is long enough to filter by (see ``MIN_SEARCH_CHARS``)."""
    return len(re.sub(r"\s", "", text)) >= MIN_SEARCH_CHARS


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _descendants(code: str) -> ColumnElement[bool]:
    """The code itself or any code below it ("31.74" < "31.74." ... < "31.74/")."""
    village = Business.village_code
    return or_(village == code, and_(village >= code + ".", village < code + "/"))


def _in_regions(regions: Sequence[Region], village: str) -> str:
    """SQL true when the code ``village`` (SQL text) lies in one of ``regions``.

    Written as SQL text with the codes inline: building the same test from SQLAlchemy
    expressions took ~2 ms for the 50 regions a three-letter search can name, and even
    bound parameters on a text clause cost ~1 ms (SQLAlchemy copies the clause once per
    parameter). Inline is safe because only codes made of digits and dots are used (all
    region codes are; anything else is left out). Business village codes are always
    village-level, so a larger region is a range of codes.
    """
    terms = []
    safe = [r for r in regions if _CODE.fullmatch(r.code)]
    codes = ", ".join(f"'{r.code}'" for r in safe if r.level is RegionLevel.VILLAGE)
    if codes:
        terms.append(f"{village} IN ({codes})")
    for region in safe:
        if region.level is not RegionLevel.VILLAGE:
            low, high = region.code + ".", region.code + "/"
            terms.append(f"({village} >= '{low}' AND {village} < '{high}')")
    return "(" + " OR ".join(terms or ["0"]) + ")"


@dataclass(frozen=True)
class _TextMatch:
    match: str  # the FTS5 MATCH expression
    villages: TextClause | None  # in a region named like the text (uses the index)
    villages_unindexed: TextClause | None  # the same test, for a walk by rowid
    dense: bool  # at least DENSE_VILLAGE_MATCHES businesses in those regions


class _Unset:
    """Not computed yet (``None`` already means "no text filter")."""


_UNSET = _Unset()


def _sync_filter(state: str) -> ColumnElement[bool]:
    """Businesses whose newest outbox entry is in ``state``, driven by the state index."""
    entry, newer = aliased(OutboxEntry), aliased(OutboxEntry)
    newest = (
        select(func.max(newer.version))
        .where(newer.entity == ENTITY, newer.entity_id == entry.entity_id)
        .scalar_subquery()
    )
    if state == OutboxState.DONE.value:
        waiting = [s.value for s in OutboxState if s is not OutboxState.DONE]
        ids = select(entry.entity_id).where(
            entry.entity == ENTITY, entry.state.in_(waiting), entry.version == newest
        )
        return Business.id.not_in(ids)
    ids = select(entry.entity_id).where(
        entry.entity == ENTITY, entry.state == state, entry.version == newest
    )
    return Business.id.in_(ids)


class BusinessQueryService:
    """Finds businesses for the browser; read-only, safe to call from worker threads."""

    def __init__(self, store: Store, regions: RegionDirectory) -> None:
        self._store = store
        self._regions = regions
        self._village_names: dict[str, str] = {}

    @contextmanager
    def _reading(self, session: Session | None) -> Iterator[Session]:
        """``session`` when the caller has one, else a new read session.

        The first page's steps (village probe, matches, rows, sync states) share one
        session: one snapshot, and one BEGIN/ROLLBACK instead of three (~0.2 ms each).
        """
        if session is not None:
            yield session
            return
        with self._store.read() as own:
            yield own

    # -- the rows ---------------------------------------------------------------------

    def count(self, query: BrowserQuery) -> int:
        """The exact number of matches. It reads every match: keep it off the typing path."""
        if self._in_registration_order(query):
            found = self._registration_order(query, None, None).subquery()
            stmt = select(func.count()).select_from(found)
        else:
            stmt = select(func.count()).select_from(Business).where(*self._filters(query))
        with self._store.read() as session:
            return session.scalar(stmt) or 0

    def count_up_to(
        self, query: BrowserQuery, cap: int, text: _TextMatch | _Unset | None = _UNSET
    ) -> tuple[int, bool]:
        """``(count, True)`` when at most ``cap`` match, else ``(cap, False)``: "cap+".

        Stops reading after ``cap + 1`` matches, so it costs what a page of that size does.
        """
        if self._in_registration_order(query):
            found = self._registration_order(query, None, cap + 1, text)
        else:
            if isinstance(text, _Unset):
                text = self._text_match(query.text)
            filters = self._filters(query, text=False)
            text_filter = self._text_filter(text)
            if text_filter is not None:
                filters.append(text_filter)
            found = select(ROWID).select_from(Business).where(*filters).limit(cap + 1)
        stmt = select(func.count()).select_from(found.subquery())
        with self._store.read() as session:
            counted = session.scalar(stmt) or 0
        return (counted, True) if counted <= cap else (cap, False)

    def page(self, query: BrowserQuery, offset: int, limit: int) -> list[BusinessRow]:
        """Rows ``offset`` .. ``offset + limit`` in the query's order."""
        stmt = self._ordered(query, self._filters(query)).offset(offset).limit(limit)
        return self._rows(stmt)

    def page_after(
        self,
        query: BrowserQuery,
        after: Position | None,
        limit: int,
        text: _TextMatch | _Unset | None = _UNSET,
    ) -> list[BusinessRow]:
        """The ``limit`` rows following ``after`` (a row or its ``RowPosition``; None: first)."""
        return self._page_after(query, after, limit, text, None)

    def _page_after(
        self,
        query: BrowserQuery,
        after: Position | None,
        limit: int,
        text: _TextMatch | _Unset | None,
        session: Session | None,
    ) -> list[BusinessRow]:
        if isinstance(text, _Unset):
            text = self._text_match(query.text, session)
        return self._rows(self.page_statement(query, after, limit, text), session)

    def page_statement(
        self,
        query: BrowserQuery,
        after: Position | None,
        limit: int,
        text: _TextMatch | _Unset | None = _UNSET,
    ) -> Select[Any]:
        """The SELECT behind ``page_after`` (for checking its query plan)."""
        if isinstance(text, _Unset):
            text = self._text_match(query.text)
        if self._in_registration_order(query):
            found = self._registration_order(query, after.rowid if after else None, limit, text)
            return self._ordered(query, [ROWID.in_(found)])
        filters = self._filters(query, text=False)
        text_filter = self._text_filter(text)
        if text_filter is not None:
            filters.append(text_filter)
        if after is not None:
            filters.append(self._after(query, after))
        return self._ordered(query, filters).limit(limit)

    def _after(self, query: BrowserQuery, after: Position) -> ColumnElement[bool]:
        """Rows after ``after`` in the query's order (sort value, then rowid).

        Written as ``key >= v AND (key > v OR rowid > r)`` rather than the row value
        ``(key, rowid) > (v, r)``: SQLite turns the first into a range on the sort index
        (migration 0008) and starts there, while with ``COLLATE NOCASE`` in a row value it
        walks the index from the start, so the 500th page would cost 500 pages.
        """
        key, value, rowid = self._sort_column(query), literal(after.sort_value), ROWID
        if query.descending:
            return and_(key <= value, or_(key < value, rowid < after.rowid))
        return and_(key >= value, or_(key > value, rowid > after.rowid))

    def first_page(self, query: BrowserQuery, limit: int, cap: int = COUNT_CAP) -> FirstPage:
        """The first page and a count up to ``cap``: what a new query needs on screen."""
        cap = max(cap, limit)
        with self._store.read() as session:
            text = self._text_match(query.text, session)  # the region lookup, once for all
            if self._in_registration_order(query):
                # One pass over the first cap + 1 matches gives both the count and the page.
                found = self._registration_order(query, None, cap + 1, text)
                rowids = session.connection().execute(found).scalars().all()
                rows = self._rows_by_rowid(rowids[:limit], query.descending, session)
                exact = len(rowids) <= cap
                return FirstPage(len(rowids) if exact else cap, exact, rows)
            rows = self._page_after(query, None, limit + 1, text, session)
        if len(rows) <= limit:
            return FirstPage(len(rows), True, rows)  # all of them: no count needed
        rows = rows[:limit]
        if cap == limit:
            return FirstPage(limit, False, rows)  # "limit+": the extra row told us
        count, exact = self.count_up_to(query, cap, text)
        return FirstPage(count, exact, rows)

    def get_row(self, business_id: str) -> BusinessRow | None:
        query = BrowserQuery(include_deleted=True)
        stmt = self._ordered(query, [Business.id == business_id]).limit(1)
        rows = self._rows(stmt)
        return rows[0] if rows else None

    # -- building the statement -------------------------------------------------------

    def _sort_column(self, query: BrowserQuery) -> Any:
        return _SORT_COLUMNS[query.sort_key]

    def _ordered(self, query: BrowserQuery, filters: Sequence[Any]) -> Select[Any]:
        sort = self._sort_column(query)
        rowid = ROWID
        order = (sort.desc(), rowid.desc()) if query.descending else (sort.asc(), rowid.asc())
        return (
            select(
                rowid.label("row_number"),
                Business.id,
                Business.version,
                Business.business_name,
                Business.owner_name,
                Business.nik,
                Business.phone,
                Business.nib,
                Business.village_code,
                Business.scale,
                Business.sector,
                _UPDATED_TEXT,
                Business.deleted,
                sort.label("sort_value"),
            )
            .where(*filters)
            .order_by(*order)
        )

    def _filters(self, query: BrowserQuery, text: bool = True) -> list[ColumnElement[bool]]:
        filters: list[ColumnElement[bool]] = []
        if not query.include_deleted:
            filters.append(Business.deleted.is_(False))
        if query.drive_id:
            filters.append(Business.drive_id == query.drive_id)
        if query.region_prefix:
            filters.append(_descendants(query.region_prefix))
        if query.scale:
            filters.append(Business.scale == query.scale)
        if query.sector:
            filters.append(Business.sector == query.sector)
        if query.sync_state:
            filters.append(_sync_filter(query.sync_state))
        text_filter = self._text_filter(self._text_match(query.text)) if text else None
        if text_filter is not None:
            filters.append(text_filter)
        return filters

    @staticmethod
    def _in_registration_order(query: BrowserQuery) -> bool:
        return query.sort_key is SortKey.REGISTERED

    def _registration_order(
        self,
        query: BrowserQuery,
        after: int | None,
        limit: int | None,
        text: _TextMatch | _Unset | None = _UNSET,
    ) -> Select[Any]:
        """Rowids of matches in registration order, after rowid ``after``, at most ``limit``.

        Each source of matches streams in rowid order and stops at ``limit``: the FTS
        index (joined to ``business`` for the other filters), and the businesses of
        villages whose name matched; the two are merged (UNION drops rows found by both).
        """
        filters = self._filters(query, text=False)
        descending = query.descending
        parts: list[tuple[Select[Any], Any]] = []
        if isinstance(text, _Unset):
            text = self._text_match(query.text)
        if text is None:
            parts.append((select(ROWID.label("r")).select_from(Business).where(*filters), ROWID))
        else:
            fts_rowid = _business_search.c.rowid
            fts = (
                select(fts_rowid.label("r"))
                .select_from(_business_search.join(Business, fts_rowid == ROWID))
                .where(_MATCH(text.match), *filters)
            )
            parts.append((fts, fts_rowid))
            if text.villages is not None:
                # Many businesses there: walk the table newest first, the page fills fast.
                # Few: the village index finds them and sorting them is cheap.
                villages = text.villages_unindexed if text.dense else text.villages
                parts.append(
                    (
                        select(ROWID.label("r")).select_from(Business).where(villages, *filters),
                        ROWID,
                    )
                )
        selects = []
        for stmt, rowid in parts:
            if after is not None:
                stmt = stmt.where(rowid < after if descending else rowid > after)
            if limit is not None:
                stmt = stmt.order_by(rowid.desc() if descending else rowid.asc()).limit(limit)
            selects.append(stmt)
        if len(selects) == 1:
            return selects[0]
        if limit is None:
            return union(*selects)
        merged = union(*(select(s.subquery().c.r) for s in selects))
        order = literal_column("r")
        return merged.order_by(order.desc() if descending else order.asc()).limit(limit)

    def _text_match(self, text: str, session: Session | None = None) -> _TextMatch | None:
        """How to find ``text``: an FTS ``MATCH`` and the villages named like it.

        Words are matched separately ("keripik sri" finds "Keripik Singkong Bu Sri"),
        words under three characters are ignored when others remain; a number typed
        with separators ("0812-3456 78") is matched as its digits. None: no text filter.
        Regions named like the text but holding no business are left out, so "ker"
        (50 regions, none with a business here) costs no village lookup at all.
        """
        text = " ".join(text.split())
        if not is_searchable(text):
            return None
        if _NUMBERISH.match(text):
            words = [_NUMBER_NOISE.sub("", text)]
        else:
            words = [w for w in text.split(" ") if len(w) >= MIN_SEARCH_CHARS] or [text]
        match = " AND ".join(_phrase(w) for w in words)
        if not any(ch.isalpha() for ch in text):
            return _TextMatch(match, None, None, False)
        regions = self._regions.search(text, limit=REGION_MATCH_LIMIT)
        if not regions:
            return _TextMatch(match, None, None, False)
        villages = _in_regions(regions, "business.village_code")
        # The village index holds the rowids: counting there reads no table row.
        probe = (
            f"SELECT count(*) FROM (SELECT business.rowid FROM business WHERE {villages}"
            f" LIMIT {DENSE_VILLAGE_MATCHES})"
        )
        with self._reading(session) as reading:
            found = reading.connection().exec_driver_sql(probe).scalar() or 0
        if not found:
            return _TextMatch(match, None, None, False)
        unindexed = _in_regions(regions, "coalesce(business.village_code, '')")
        return _TextMatch(
            match, text_sql(villages), text_sql(unindexed), found >= DENSE_VILLAGE_MATCHES
        )

    @staticmethod
    def _text_filter(found_text: _TextMatch | None) -> ColumnElement[bool] | None:
        """Rows containing every word of the text, or in a region named like it."""
        if found_text is None:
            return None
        found: Any = select(_business_search.c.rowid).where(_MATCH(found_text.match))
        if found_text.villages is not None:
            found = union_all(found, select(ROWID).select_from(Business).where(found_text.villages))
        return ROWID.in_(found)

    def _rows(self, stmt: Select[Any], session: Session | None = None) -> list[BusinessRow]:
        with self._reading(session) as reading:
            result = reading.connection().execute(stmt).all()
            states = self._sync_states(reading, [r[1] for r in result])
        done = OutboxState.DONE.value
        return self._build_rows((*r, states.get(r[1], done)) for r in result)

    def _rows_by_rowid(
        self, rowids: Sequence[int], descending: bool, session: Session
    ) -> list[BusinessRow]:
        """The rows of these rowids in registration order: what a keystroke shows.

        Plain SQL, with the sync state as a column: building this statement through
        SQLAlchemy cost 0.6 ms of the 0.8 ms a 50-row page took, and here a per-row
        subquery runs for the listed rows only (each one probe of the outbox's unique
        index), so the separate ``_sync_states`` query is not needed.
        """
        if not rowids:
            return []
        sql = _ROWS_BY_ROWID.format(
            marks=", ".join("?" * len(rowids)), order="DESC" if descending else "ASC"
        )
        result = session.connection().exec_driver_sql(sql, (ENTITY, *rowids)).all()
        return self._build_rows(result)

    def _build_rows(self, result: Iterable[Sequence[Any]]) -> list[BusinessRow]:
        """``BusinessRow`` values from the columns of ``_ordered`` plus the sync state."""
        # Few distinct values repeated on every row: one string each, not one per row
        # (the model may hold 100,000 rows after a long scroll).
        intern = sys.intern
        parse_time = datetime.fromisoformat
        done = OutboxState.DONE.value
        rows = []
        for (
            rowid, business_id, version, name, owner, nik, phone, nib, village, scale,
            sector, updated_at, deleted, sort_value, state,
        ) in result:  # fmt: skip
            rows.append(
                BusinessRow(
                    rowid=rowid,
                    id=business_id,
                    version=version,
                    business_name=name,
                    owner_name=owner,
                    nik_masked=mask_nik(nik or ""),
                    phone=local_phone(phone),
                    nib=nib or "",
                    village_code=intern(village or ""),
                    village_name=self.village_name(village or ""),
                    scale=intern(scale or ""),
                    sector=intern(sector or ""),
                    updated_at=parse_time(updated_at),
                    deleted=bool(deleted),
                    sync_state=intern(state or done),
                    sort_value=sort_value,
                )
            )
        return rows

    @staticmethod
    def _sync_states(session: Session, ids: list[str]) -> dict[str, str]:
        """The state of each business's newest outbox entry (one query for a page).

        Asked after the page is chosen, not as a column of the sorted query: SQLite
        evaluates result columns before sorting, so a per-row subquery there would run
        for every matching row instead of the 200 shown.
        """
        if not ids:
            return {}
        stmt = (
            select(OutboxEntry.entity_id, OutboxEntry.state)
            .where(OutboxEntry.entity == ENTITY, OutboxEntry.entity_id.in_(ids))
            .order_by(OutboxEntry.version)
        )
        return dict(session.connection().execute(stmt).all())  # the newest version wins

    # -- around the rows --------------------------------------------------------------

    def village_name(self, code: str) -> str:
        """The village's name ("Tebet Timur"), cached: a page repeats the same few."""
        if not code:
            return ""
        name = self._village_names.get(code)
        if name is None:
            name = self._regions.name(code) or code
            self._village_names[code] = name
        return name

    def filter_choices(self) -> FilterChoices:
        """What the filter lists offer: drives, regions and sectors that occur."""
        kabupaten = func.substr(Business.village_code, 1, 5)
        with self._store.read() as session:
            drives = session.execute(
                select(RegistrationDrive.id, RegistrationDrive.name)
                .where(RegistrationDrive.deleted.is_(False))
                .order_by(RegistrationDrive.drive_date.desc(), RegistrationDrive.name)
            ).all()
            codes = session.scalars(
                select(kabupaten).where(Business.village_code.is_not(None)).distinct()
            ).all()
            sectors = session.scalars(
                select(Business.sector)
                .where(Business.sector.is_not(None), Business.sector != "")
                .distinct()
                .order_by(Business.sector)
            ).all()
        regions = sorted(
            ((code, self._regions.name(code) or code) for code in codes if code),
            key=lambda pair: pair[1],
        )
        return FilterChoices([(d, n) for d, n in drives], regions, list(sectors))

    def history(self, business_id: str) -> list[HistoryEntry]:
        """Who changed what, when: the audit log of one business, oldest first."""
        with self._store.read() as session:
            events = audit_history(session, ENTITY, business_id)
            officer_ids = {e.officer_id for e in events if e.officer_id}
            names = dict(
                session.execute(
                    select(Officer.id, Officer.name).where(Officer.id.in_(officer_ids))
                ).all()
            )
            entries = []
            for event in events:
                details = json.loads(event.details) if event.details else {}
                entries.append(
                    HistoryEntry(
                        at=event.at,
                        officer_name=names.get(event.officer_id or "", ""),
                        action=event.action,
                        changed=tuple(details.get("changed", ())),
                        version=details.get("version"),
                    )
                )
        return entries
