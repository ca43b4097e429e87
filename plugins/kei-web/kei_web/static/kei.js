// Model search as the owner types: the form works without this (a plain text field with the
// catalog as suggestions); with it, matching models are listed to pick from.
(function () {
  "use strict";
  var input = document.getElementById("model");
  var list = document.getElementById("model-matches");
  if (!input || !list || !window.fetch) return;
  // The page says where the search is: under the path kei is served at (kei serve --root-path).
  var search = input.getAttribute("data-search") || "/api/models";
  var timer = null;
  var asked = 0;
  function show(models) {
    list.textContent = "";
    models.slice(0, 8).forEach(function (m) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      var built = (m.production_start || "?") + "–" + (m.production_end || "");
      button.textContent = m.model_code + " — " + m.make + " " + m.model + " " + m.generation + " (" + built + ")";
      button.addEventListener("click", function () {
        input.value = m.model_code;
        list.hidden = true;
        input.focus();
      });
      item.appendChild(button);
      list.appendChild(item);
    });
    list.hidden = models.length === 0;
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var query = input.value.trim();
    if (query.length < 2) { list.hidden = true; return; }
    timer = setTimeout(function () {
      var mine = ++asked;
      fetch(search + "?q=" + encodeURIComponent(query), { headers: { accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (models) { if (mine === asked) show(models); })
        .catch(function () { list.hidden = true; });
    }, 150);
  });
})();
