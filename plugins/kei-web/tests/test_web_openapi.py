"""The OpenAPI document: every API route, the vehicle schema generated from the attrs class,
and a documentation page that needs nothing from elsewhere."""

from __future__ import annotations

from typing import Any

import attrs

from kei_core.field_docs import FIELD_DOCS
from kei_core.vehicle import VEHICLE_FIELDS
from kei_web.schema import attrs_schema


def test_the_document_lists_every_api_route(client: Any) -> None:
    document = client.get("/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "kei"
    paths = document["paths"]
    assert set(paths) == {
        "/api/check",
        "/api/jurisdictions",
        "/api/rules",
        "/api/rules/{rule_id}",
        "/api/models",
        "/api/batch",
    }
    assert set(paths["/api/check"]) == {"get", "post"}


def test_check_is_described_by_schemas_from_the_attrs_types(client: Any) -> None:
    document = client.get("/openapi.json").json()
    post = document["paths"]["/api/check"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/CheckRequest"
    }
    assert set(post["responses"]) >= {"200", "400", "413", "422", "503"}
    twin = document["paths"]["/api/check"]["get"]  # the same document, from a query string
    for operation in (post, twin):
        assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/CheckDocument"
        }
    assert set(twin["responses"]) >= {"200", "400", "503"}
    schemas = document["components"]["schemas"]
    assert list(schemas["Vehicle"]["properties"]) == list(VEHICLE_FIELDS)
    for name, text in FIELD_DOCS.items():
        if name in VEHICLE_FIELDS:
            assert schemas["Vehicle"]["properties"][name]["description"] == text
    assert schemas["Vehicle"]["properties"]["modifications"]["items"] == {
        "$ref": "#/components/schemas/Modification"
    }
    assert "58 in" in schemas["Vehicle"]["properties"]["width_mm"]["x-unit"]
    assert schemas["CheckRequest"]["required"] == ["vehicle"]
    assert schemas["CheckDocument"]["properties"]["schema"]["const"] == "kei/check@1"


def test_query_parameters_are_described(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert [p["name"] for p in paths["/api/models"]["get"]["parameters"]] == ["q"]
    names = {p["name"] for p in paths["/api/check"]["get"]["parameters"]}
    assert names == {"model", "made", "frame", "in", "on", "imported", "titled"}


def test_a_field_added_to_an_attrs_class_is_in_its_schema() -> None:
    @attrs.frozen
    class Truck:
        """A truck."""

        bed_length_mm: int | None = None
        colour: str | None = None

    schema = attrs_schema(Truck, "Truck")
    assert list(schema["properties"]) == ["bed_length_mm", "colour"]
    assert schema["properties"]["colour"]["type"] == "string"
    assert schema["additionalProperties"] is False


def test_the_docs_page_is_served_locally(client: Any) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    for path in ("/api/check", "/api/jurisdictions", "/api/models", "/api/batch"):
        assert path in page.text
    assert 'id="schema-Vehicle"' in page.text
    assert "cdn" not in page.text.lower() and "<script" not in page.text
