/* gxsite search page: loads Pagefind's default UI from the site's pagefind/ folder.
   Every path is derived from this script's own URL, so the site works under any sub-path. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = new URL("../", script.src); // this file is <root>/assets/search.js
  var bundle = new URL("pagefind/", root);

  function unavailable() {
    var note = document.getElementById("search-unavailable");
    var box = document.getElementById("search");
    if (note) note.hidden = false;
    if (box) box.hidden = true;
  }

  // Pagefind's input is labelled only by its title: tie our visible label to it.
  function labelInput() {
    var input = document.querySelector("#search .pagefind-ui__search-input");
    if (!input) {
      new MutationObserver(function (changes, observer) {
        if (document.querySelector("#search .pagefind-ui__search-input")) { observer.disconnect(); labelInput(); }
      }).observe(document.getElementById("search"), { childList: true, subtree: true });
      return;
    }
    input.id = "search-input";
    var label = document.getElementById("search-label");
    if (label) label.hidden = false;
  }

  // Pagefind fetches its index; a page opened straight from disk cannot.
  if (location.protocol === "file:") { unavailable(); return; }

  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = bundle.href + "pagefind-ui.css";
  document.head.appendChild(css);

  var ui = document.createElement("script");
  ui.src = bundle.href + "pagefind-ui.js";
  ui.onerror = unavailable;
  ui.onload = function () {
    if (typeof PagefindUI !== "function") { unavailable(); return; }
    var search = new PagefindUI({
      element: "#search",
      bundlePath: bundle.pathname,
      baseUrl: root.pathname,
      showSubResults: false,
      showImages: false,
      openFilters: ["机关", "地区", "年度", "校验状态"]
    });
    labelInput();
    var query = new URLSearchParams(location.search).get("q");
    if (query) search.triggerSearch(query);
  };
  document.head.appendChild(ui);
})();
