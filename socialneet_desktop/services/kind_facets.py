"""What a record kind is: the RecordKind dataclass and the small types of its facets.

Apart from the registry (services/record_kinds.py) so that the kind modules of services/kinds/
can build their KIND from it while the registry imports them. Nothing here imports SQLAlchemy
or db: a model is named ("module:Class") and resolved on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from socialneet_desktop.domain.columns import ColumnSpec, FilterSpec, Join, JoinedName
from socialneet_desktop.domain.import_fields import ImportField

if TYPE_CHECKING:
    from socialneet_desktop.db.models import RecordMixin


def resolve(path: str) -> Any:
    """The object named by "package.module:Name" (imported on first use)."""
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


Labeller = Callable[[Any], tuple[str, tuple[str, ...]]]


@dataclass(frozen=True)
class ExchangeLink:
    """A link of the kind's records to a record of `kind`, as an exchange package carries
    it (issue 21): by the other record's uuid, ids differing between laptops. `field` is the
    foreign key column; with `through`, the column of that link table (a meeting's
    organisations), whose other column is the record's own id."""

    field: str
    kind: str
    through: str = ""


@dataclass(frozen=True)
class LinkTable:
    """A link to records of `kind` kept in a table of its own (a meeting's organisations):
    the imported value `field` (the other record's id, also the table's column for it) goes
    to a row of `table` ("module:name") beside the new record's id in `own_column`; the
    record's audit event names the linked records under `audited_as`."""

    field: str
    kind: str
    table: str
    own_column: str
    audited_as: str


@dataclass(frozen=True)
class RecordKind:
    """Every facet of one record kind. Titles are English ("RecordKind" context)."""

    key: str
    model_path: str  # "socialneet_desktop.db.models:NeetContact", resolved lazily
    table_name: str
    title: str  # plural, "RecordKind" context
    singular: str  # "RecordKind" context
    listed: bool = True  # a list of its own in the window's navigation
    # the navigation's group: territory, stakeholders, young_people, office, path, project
    area: str = ""
    aliases: tuple[str, ...] = ()  # other keys the user may type (import mappings)
    # the list
    columns: tuple[ColumnSpec, ...] = ()  # personal=True: left out of pseudonymous exports
    # the columns a user may add to the list (its header's right-click menu, issue 16)
    optional_columns: tuple[ColumnSpec, ...] = ()
    # special-category data (GDPR art. 9: a contact's disability, health): never a list
    # column, exported only when the user asks for it in an identifiable export
    special_columns: tuple[ColumnSpec, ...] = ()
    filters: tuple[FilterSpec, ...] = ()
    default_sort: tuple[str, bool] = ("id", False)  # column key, descending
    sort_then: tuple[tuple[str, tuple[str, ...]], ...] = ()  # key -> also by (index order)
    search_columns: tuple[str, ...] = ()  # fields, or "alias.field" of a join
    joins: tuple[Join, ...] = ()
    computed: tuple[JoinedName, ...] = ()  # list columns made from a joined record
    # pseudonymous export of a list of people: (uuid, birth date, day the age is taken on or "")
    person_of_list: tuple[str, str, str] | None = None
    # the documents File > Print makes of a record selected in its list ("visit", "contact")
    record_documents: tuple[str, ...] = ()
    # privacy: what an erasure of a person clears (of the person, of their visits)
    erased_fields: tuple[str, ...] = ()
    # names
    name_fields: tuple[str, ...] = ()  # the columns that make its name, in display order
    labeller: Labeller | None = None  # record -> (English template, args) in the recycle bin
    label_loads: tuple[str, ...] = ()  # relationships the labeller reads (loaded with the rows)
    import_label: str = ""  # the import wizard's name for it ("ImportWizard" context)
    import_order: int = 0  # the import wizard lists kinds in this order
    # validation (services/record_rules): rule objects of services/kind_rules.py
    rules: tuple[Any, ...] = ()
    date_fields: tuple[str, ...] = ()  # typed as dates in its form and its import
    # duplicates and import
    duplicate_index: str = ""  # "module:Class" of its duplicate index, resolved lazily
    import_fields: tuple[ImportField, ...] = ()  # what an import of it can fill
    row_label: tuple[str, ...] = ()  # the import fields naming a row in the import report
    access_synonyms: tuple[tuple[str, str], ...] = ()  # Access column name -> field
    # how other kinds' imports name one of its records: the pseudo-field, and the ways it is
    # looked up, in order (importers/links.py: origin, tax_code, person_name,
    # organization_codes, organization_name)
    reference: ImportField | None = None
    # a reference field of its import that fills another column than importers.mapping's
    # REFERENCES says ("organization_ref" -> a placement's "host_organization_id")
    reference_columns: tuple[tuple[str, str], ...] = ()
    found_by: tuple[str, ...] = ()
    link_tables: tuple[LinkTable, ...] = ()
    # exchange packages (issue 21): the foreign keys, carried as uuid links
    exchange: tuple[ExchangeLink, ...] = ()

    @property
    def model(self) -> type[RecordMixin]:
        return resolve(self.model_path)

    def derived(self, name: str, make: Callable[[RecordKind], Any]) -> Any:
        """`make(kind)`, computed once and kept on the kind (for what is read per row)."""
        if name not in self.__dict__:
            self.__dict__[name] = make(self)  # not a field: equality and hash ignore it
        return self.__dict__[name]

    def sorts_also_by(self, key: str) -> tuple[str, ...]:
        return dict(self.sort_then).get(key, ())

    def column_spec(self, key: str) -> ColumnSpec | None:
        """The spec of a list column, shown by default or optional."""
        specs = (*self.columns, *self.optional_columns)
        return next((spec for spec in specs if spec.key == key), None)

    def per_row_keys(self, keys: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        """The columns among `keys` computed by a sub-query per row (not sortable ones)."""
        specs = [self.column_spec(key) for key in keys]
        return tuple(spec.key for spec in specs if spec and spec.sql and not spec.sortable)

    def unread_keys(self, keys, shown) -> tuple[str, ...]:
        """Those of `keys` computed per row that are not `shown`: a list leaves them empty
        until they are (at a million contacts a page's visit count and last visit took
        more time than its rows)."""
        return tuple(key for key in self.per_row_keys(keys) if key not in shown)

    def computed_column(self, key: str) -> JoinedName | None:
        return next((spec for spec in self.computed if spec.key == key), None)

    def join(self, alias: str) -> Join:
        return next(join for join in self.joins if join.alias == alias)
