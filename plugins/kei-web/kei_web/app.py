"""The ASGI application: the page, the answer page and the JSON API, on Litestar.

Every answer comes from :class:`kei_core.api.Kei` and kei-core's renderers; this module only
reads requests (:mod:`kei_web.questions`), runs the evaluation under a time limit
(:mod:`kei_web.evaluation`), and writes responses. Static files and templates are read once,
when the app is made: no request reads the file system (an inventory upload is written to a
private temporary folder the server names, :mod:`kei_web.inventory`).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, TypeVar

import msgspec
from litestar import Litestar, MediaType, Request, Response, get, post
from litestar.datastructures import MutableScopeHeaders
from litestar.exceptions import HTTPException
from litestar.openapi import OpenAPIConfig
from litestar.response import Stream
from litestar.response.base import ASGIResponse

from kei_core.api import CheckResult, Kei
from kei_core.errors import InputError
from kei_core.render.document import check_document
from kei_core.vehicle_io import vehicle_to_mapping
from kei_web import __version__
from kei_web.evaluation import INLINE_PLACES, Evaluator, Expired
from kei_web.pages import Pages
from kei_web.questions import Malformed, Question, error_line, from_body, from_form
from kei_web.security import Limits, SecurityHeaders

PLUGIN_OPTIONS_VARIABLE = "KEI_WEB_PLUGIN_OPTIONS"
"""The ``-p`` options of ``kei serve``, one a line, for every worker process's app."""

STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}
T = TypeVar("T")


def _static_files() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("kei_web") / "static"
    found = {}
    for entry in folder.iterdir():
        suffix = os.path.splitext(entry.name)[1]
        if suffix in STATIC_TYPES:
            found[entry.name] = (entry.read_bytes(), STATIC_TYPES[suffix])
    return found


JSON_TYPE = b"application/json; charset=utf-8"


class JSONBytes(ASGIResponse):
    """A status-200 JSON body already encoded: what ``ASGIResponse(body=..., media_type=...)``
    sends (the same status, headers and body), made without looking for the headers it would
    otherwise set one by one. Every check's answer is one."""

    __slots__ = ()

    def __init__(self, body: bytes) -> None:
        self.headers = MutableScopeHeaders(
            {"headers": [(b"content-type", JSON_TYPE), (b"content-length", b"%d" % len(body))]}
        )
        self.background = None
        self.body = body
        self.content_length = len(body)
        self._encoded_cookies = ()
        self.encoding = "utf-8"
        self.is_head_response = False
        self.status_code = 200


def _error(status: int, message: str) -> Response[Any]:
    return Response({"error": message}, status_code=status, media_type=MediaType.JSON)


def _error_response(status: int, message: str) -> ASGIResponse:
    """:func:`_error` for a handler answering with an :class:`ASGIResponse`: the same bytes."""
    return ASGIResponse(
        body=msgspec.json.encode({"error": message}), media_type=MediaType.JSON, status_code=status
    )


def _json(document: Any) -> Response[bytes]:
    return Response(
        json.dumps(document, ensure_ascii=False, indent=2, default=str).encode(),
        media_type="application/json; charset=utf-8",
    )


async def _body(request: Request[Any, Any, Any], limit: int) -> bytes:
    """The request's body, at most ``limit`` bytes (413 beyond), read from the server's messages
    as ``Request.body`` reads them, without its generator and its look at the headers: a
    question is one message of a few hundred bytes, and this is a check's every request."""
    chunks = []
    size = 0
    while True:
        message = await request.receive()
        if message["type"] != "http.request":  # http.disconnect: nobody is waiting for the answer
            raise HTTPException(status_code=400, detail="the client disconnected before the body was read")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise HTTPException(status_code=413)  # worded by http_error, as Litestar's own 413
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _root(request: Request[Any, Any, Any]) -> str:
    """The path the app is served under (``kei serve --root-path``, ASGI's ``root_path``): every
    link, form and asset of a page starts with it."""
    return str(request.scope.get("root_path") or "").rstrip("/")


def _form(request: Request[Any, Any, Any]) -> dict[str, list[str]]:
    query = request.query_params
    return {key: list(query.getall(key)) for key in query}


def _kei_of_options() -> Kei:
    """The facade over the installed plugins, as ``kei serve``'s ``-p`` options choose them."""
    options = [line for line in os.environ.get(PLUGIN_OPTIONS_VARIABLE, "").splitlines() if line]
    return Kei.from_options(
        enabled=[o for o in options if not o.startswith("no:")],
        disabled=[o[3:] for o in options if o.startswith("no:")],
    )


def serve_app() -> Any:
    """The application of each ``kei serve`` worker process: :func:`create_app` with every plugin
    loaded before the first request, so no request waits for an import (and none is stopped by
    the time limit in the middle of one)."""
    kei = _kei_of_options()
    kei.registry.load_all()
    return create_app(kei)


def create_app(kei: Kei | None = None, limits: Limits | None = None) -> Any:
    """The application (ASGI), answering from ``kei`` (default: the installed plugins, as the
    ``-p`` options of ``kei serve`` choose them)."""
    if kei is None:
        kei = _kei_of_options()
    limits = limits or Limits()
    pages = Pages(kei)
    static = _static_files()
    evaluator = Evaluator(limits.evaluation_seconds)

    def too_long() -> HTTPException:
        return HTTPException(
            status_code=503, detail=f"the evaluation took longer than {limits.evaluation_seconds:g} s"
        )

    async def evaluate(work: Callable[[], T]) -> T:
        """``work`` in a thread, at most :attr:`Limits.evaluation_seconds` long (503 beyond)."""
        try:
            return await evaluator.in_thread(work)
        except Expired:
            raise too_long() from None

    async def answer(question_of: Callable[[], Question]) -> CheckResult:
        """The answer to the question ``question_of`` reads: on the event loop when it asks a few
        places and the loop can stop it at the limit, else in a thread (:mod:`kei_web.evaluation`)."""
        if not evaluator.can_interrupt():
            return await evaluate(lambda: question_of().answer(kei))
        started = time.monotonic()

        def small() -> CheckResult | Question:
            question = question_of()
            if 0 < len(question.places) <= INLINE_PLACES:
                return question.answer(kei)
            return question

        try:
            found = evaluator.inline(small)
            if isinstance(found, Question):
                question = found
                left = limits.evaluation_seconds - (time.monotonic() - started)
                return await evaluator.in_thread(lambda: question.answer(kei), max(left, 0.001))
        except Expired:
            raise too_long() from None
        return found

    # -- pages ---------------------------------------------------------------------------------

    @get("/", media_type=MediaType.HTML, include_in_schema=False)
    async def index(request: Request[Any, Any, Any]) -> str:
        return pages.index(root=_root(request))

    @get("/check", media_type=MediaType.HTML, include_in_schema=False)
    async def check_page(request: Request[Any, Any, Any]) -> Response[str]:
        form = _form(request)
        try:
            result = await answer(lambda: from_form(kei, form))
        except InputError as error:
            return Response(
                pages.index(form, error=error_line(error), root=_root(request)),
                status_code=400,
                media_type=MediaType.HTML,
            )
        return Response(pages.answer(result, form, root=_root(request)), media_type=MediaType.HTML)

    @get("/check.svg", include_in_schema=False)
    async def check_svg(request: Request[Any, Any, Any]) -> Response[Any]:
        from kei_web.timeline import draw

        form = _form(request)
        try:
            result = await answer(lambda: from_form(kei, form))
        except InputError as error:
            return _error(400, error_line(error))
        return Response(draw(result), media_type="image/svg+xml")

    @get("/rules", media_type=MediaType.HTML, include_in_schema=False)
    async def rules_page(request: Request[Any, Any, Any]) -> Response[str]:
        place = request.query_params.get("in") or None
        try:
            return Response(pages.rules(place, root=_root(request)), media_type=MediaType.HTML)
        except InputError as error:
            return Response(
                pages.message("Rules", error_line(error), root=_root(request)),
                status_code=400,
                media_type=MediaType.HTML,
            )

    @get("/rules/{rule_id:str}", media_type=MediaType.HTML, include_in_schema=False)
    async def rule_page(request: Request[Any, Any, Any]) -> Response[str]:
        rule_id = str(request.path_params["rule_id"])
        try:
            return Response(pages.rule(rule_id, root=_root(request)), media_type=MediaType.HTML)
        except InputError as error:
            return Response(
                pages.message("Rule", error_line(error), root=_root(request)),
                status_code=404,
                media_type=MediaType.HTML,
            )

    @get("/models", media_type=MediaType.HTML, include_in_schema=False)
    async def models_page(request: Request[Any, Any, Any]) -> str:
        return pages.models(request.query_params.get("q") or "", root=_root(request))

    @get("/inventory", media_type=MediaType.HTML, include_in_schema=False)
    async def inventory_page(request: Request[Any, Any, Any]) -> str:
        return pages.inventory(root=_root(request))

    @post("/inventory", status_code=200, include_in_schema=False, request_max_body_size=limits.upload_bytes)
    async def inventory_upload(request: Request[Any, Any, Any]) -> Response[Any]:
        form = await request.form()
        upload = form.get("inventory")
        if upload is None or not hasattr(upload, "read"):
            return Response(
                pages.inventory(error="choose a .csv or .xlsx file", root=_root(request)),
                status_code=400,
                media_type=MediaType.HTML,
            )
        data = await upload.read()
        fields = {key: [v for v in form.getall(key, []) if isinstance(v, str)] for key in ("in", "on")}
        try:
            stream = await _batch_stream(data, upload.filename, fields)
        except InputError as error:
            return Response(
                pages.inventory(error=error_line(error), root=_root(request)),
                status_code=400,
                media_type=MediaType.HTML,
            )
        return Stream(
            stream,
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="kei-verdicts.csv"'},
        )

    @get("/docs", media_type=MediaType.HTML, include_in_schema=False)
    async def docs_page(request: Request[Any, Any, Any]) -> str:
        return pages.docs(openapi(request), root=_root(request))

    @get("/static/{name:str}", include_in_schema=False)
    async def static_file(request: Request[Any, Any, Any]) -> Response[bytes]:
        found = static.get(str(request.path_params["name"]))
        if found is None:
            raise HTTPException(status_code=404, detail="no such file")
        body, kind = found
        return Response(body, media_type=kind, headers={"cache-control": "public, max-age=3600"})

    @get("/healthz", include_in_schema=False, media_type=MediaType.TEXT)
    async def healthz() -> str:
        return "ok"

    # -- the JSON API --------------------------------------------------------------------------

    async def _batch_stream(data: bytes, filename: str | None, fields: Mapping[str, list[str]]) -> Any:
        from kei_web.inventory import as_csv, verdict_rows
        from kei_web.questions import asked_on, asked_places

        def prepare() -> Any:
            on_values = [v for v in fields.get("on", []) if v.strip()]
            day = asked_on(on_values[0] if on_values else None)
            places = asked_places(kei, [c for v in fields.get("in", []) for c in v.split(",") if c.strip()])
            if not places and not kei.places():
                raise InputError(
                    "no place to check: give --in CODE, or install a jurisdiction plugin (kei-jp, kei-us...)"
                )
            return verdict_rows(kei.registry, as_csv(data, filename), places, day)

        return await evaluate(prepare)

    @post(
        "/api/check",
        status_code=200,
        summary="Check a vehicle",
        description="Returns exactly the document `kei check --format json` prints (schema kei/check@1).",
        request_max_body_size=limits.body_bytes,
    )
    async def api_check(request: Request[Any, Any, Any]) -> ASGIResponse:
        body = await _body(request, limits.body_bytes)
        try:
            result = await answer(lambda: from_body(kei, body))
        except Malformed as error:
            return _error_response(400, error_line(error))
        except InputError as error:
            return _error_response(422, error_line(error))
        return _document_response(result)

    @get(
        "/api/check",
        summary="Check a vehicle (the answer page's JSON twin)",
        description="The query of /check (model, made, frame, in, on, vehicle fields), answered with the document `kei check --model ... --format json` prints.",
    )
    async def api_check_get(request: Request[Any, Any, Any]) -> ASGIResponse:
        form = _form(request)
        try:
            result = await answer(lambda: from_form(kei, form))
        except InputError as error:
            return _error_response(400, error_line(error))
        return _document_response(result)

    @get("/api/jurisdictions", summary="The installed places (kei jurisdictions --format json)")
    async def api_jurisdictions() -> Response[bytes]:
        from kei_core.render.listings import place_row

        return _json([place_row(place) for place in kei.jurisdictions()])

    @get("/api/rules", summary="The installed rules (kei rules --format json)")
    async def api_rules(request: Request[Any, Any, Any]) -> Response[Any]:
        from kei_core.render import rule_json
        from kei_web.questions import asked_places

        place = request.query_params.get("in")
        try:
            code = asked_places(kei, [place])[0] if place else None
        except InputError as error:
            return _error(400, error_line(error))
        return _json([rule_json(info.item, info.plugin) for info in kei.rules(code)])

    @get("/api/rules/{rule_id:str}", summary="One rule (kei explain)")
    async def api_rule(request: Request[Any, Any, Any]) -> Response[Any]:
        from kei_core.render import rule_json

        rule_id = str(request.path_params["rule_id"])
        found = kei.rule(rule_id)
        if found is None:
            return _error(404, error_line(pages.unknown_rule(rule_id)))
        return _json(rule_json(found.item, found.plugin))

    @get("/api/models", summary="The model catalog, searched (kei models QUERY --format json)")
    async def api_models(request: Request[Any, Any, Any]) -> Response[bytes]:
        from kei_core.render.listings import model_row

        q = request.query_params.get("q") or ""
        return _json([model_row(model) for model in kei.models(q[:200])])

    @post(
        "/api/batch",
        status_code=200,
        summary="Check an inventory (kei batch)",
        request_max_body_size=limits.upload_bytes,
    )
    async def api_batch(request: Request[Any, Any, Any]) -> Response[Any]:
        body = await request.body()
        query = _form(request)
        try:
            stream = await _batch_stream(body, None, query)
        except InputError as error:
            return _error(400, error_line(error))
        return Stream(stream, media_type="text/csv; charset=utf-8")

    @get("/openapi.json", include_in_schema=False)
    async def openapi_json(request: Request[Any, Any, Any]) -> Response[bytes]:
        return _json(openapi(request))

    def _document_response(result: CheckResult) -> ASGIResponse:
        """The answer's document as the response, made as Litestar would make it from a
        ``Response`` (the same status and headers) without the conversion it does for every
        kind of content."""
        return JSONBytes(_document(result))

    def _document(result: CheckResult) -> bytes:
        """The document ``kei check --format json`` prints (kei-core's renderer), written
        compactly: the same JSON, without the indentation a terminal reader needs. msgspec
        writes it (a tenth of the standard library's time for the same bytes as
        ``json.dumps(ensure_ascii=False, separators=(",", ":"))``: a test compares them)."""
        return msgspec.json.encode(check_document(result, vehicle_to_mapping(result.vehicle)), enc_hook=str)

    def openapi(request: Request[Any, Any, Any]) -> dict[str, Any]:
        from kei_web.schema import complete

        document = complete(request.app.openapi_schema.to_schema())
        return {**document, "servers": [{"url": _root(request) or "/"}]}

    def http_error(request: Request[Any, Any, Any], error: HTTPException) -> Response[Any]:
        detail = error.detail if error.status_code != 500 else "internal error"
        if error.status_code == 413:
            detail = "the request body is larger than the limit"
        return _error(error.status_code, str(detail))

    def internal_error(request: Request[Any, Any, Any], error: Exception) -> Response[Any]:
        # Never a traceback in a body: one line, as the CLI's `kei: internal error:`; the
        # traceback goes to the server's log.
        logging.getLogger("kei_web").error("%s %s failed", request.method, request.url.path, exc_info=error)
        return _error(500, f"internal error: {type(error).__name__}")

    app = Litestar(
        route_handlers=[
            index,
            check_page,
            check_svg,
            rules_page,
            rule_page,
            models_page,
            inventory_page,
            inventory_upload,
            docs_page,
            static_file,
            healthz,
            api_check,
            api_check_get,
            api_jurisdictions,
            api_rules,
            api_rule,
            api_models,
            api_batch,
            openapi_json,
        ],
        openapi_config=OpenAPIConfig(
            title="kei",
            version=__version__,
            description="Is this Japanese kei truck street legal here, on this date? kei gives information, not legal advice.",
            path="/_openapi",
            render_plugins=[],
        ),
        exception_handlers={HTTPException: http_error, Exception: internal_error},
        request_max_body_size=limits.body_bytes,
        debug=False,
    )
    app.state.kei = kei
    return SecurityHeaders(app, limits)
