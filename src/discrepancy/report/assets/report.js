(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var closer = document.getElementById("panel-close");
  var current = null;
  function show(button) {
    var source = document.getElementById(button.getAttribute("data-evidence"));
    if (!source) { return; }
    var copy = source.cloneNode(true);
    copy.removeAttribute("id");
    body.replaceChildren(copy);
    if (current) { current.setAttribute("aria-pressed", "false"); }
    current = button;
    button.setAttribute("aria-pressed", "true");
    panel.classList.add("open");
    document.body.classList.add("panel-open");
    // On a narrow screen the panel is a sheet over the page bottom: keep the chosen
    // cell visible above it.
    if (getComputedStyle(panel).position === "fixed") {
      var sheetTop = panel.getBoundingClientRect().top;
      var bottom = button.getBoundingClientRect().bottom;
      if (bottom > sheetTop) { window.scrollBy(0, bottom - sheetTop + 8); }
    }
  }
  function hide() {
    panel.classList.remove("open");
    document.body.classList.remove("panel-open");
    if (current) { current.setAttribute("aria-pressed", "false"); current.focus(); }
    current = null;
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.cell");
    if (button) { show(button); }
  });
  closer.addEventListener("click", hide);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && panel.classList.contains("open")) { hide(); }
  });
})();
