"""A record read around its events: the edges that touch an event, in either direction."""

from __future__ import annotations

from ecograph.evaluation.facts import Keys, date_key, record_keys
from ecograph.link import fold
from ecograph.records import Entity, Record


def is_event(entity: Entity) -> bool:
    """Events are not entity facts: they are scored through the relations they hold."""
    return entity.category == "Event"


class EventGraph:
    """The entities and edges of one record, read around events."""

    def __init__(self, record: Record) -> None:
        self.by_id = {e.id: e for e in record.entities}
        self.relations = record.relations

    def events(self) -> list[Entity]:
        """The record's events, in the order of its entities."""
        return [e for e in self.by_id.values() if is_event(e)]

    def around(self, event: Entity, rel_type: str) -> list[Entity]:
        """The other ends of the `rel_type` edges that touch `event`, in either direction."""
        ends = []
        for rel in self.relations:
            if rel.type == rel_type and event.id in (rel.subject, rel.object):
                other = self.by_id.get(rel.object if rel.subject == event.id else rel.subject)
                ends += [other] if other is not None else []
        return ends

    def keys(self, entity: Entity | None) -> Keys:
        """Names of a node (none for a missing one); an event is also named by its destinations."""
        if entity is None:
            return frozenset()
        keys = record_keys(entity)
        if is_event(entity):
            keys = keys.union(*(record_keys(d) for d in self.around(entity, "destination")))
        return keys

    def dates(self, entity: Entity) -> Keys:
        """The values of the dates an entity's `date` edges lead to."""
        return frozenset(date_key(d.value) for d in self.around(entity, "date") if d.value)

    def sectors(self, event: Entity) -> Keys:
        """The names of the sectors an event's `has_sector` edges lead to."""
        return frozenset().union(*(self.keys(s) for s in self.around(event, "has_sector")))

    def statuses(self, entity: Entity) -> Keys:
        """The folded `status` attributes of every edge that touches `entity`."""
        return frozenset(
            fold(r.attributes["status"])
            for r in self.relations
            if entity.id in (r.subject, r.object) and r.attributes.get("status")
        )
