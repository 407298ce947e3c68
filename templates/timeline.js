/* Progressive enhancements for the static HTML timeline, inlined by timeline/render/html.py
   (its sha256 goes into the page's Content-Security-Policy). The page is complete without it:
   this only reveals the controls form and wires it up. Filter by words and by source, and jump
   to the first entry on or after a date. Reads the data-start, data-end and data-sources
   attributes of each li.entry; no network, no storage. */
(function () {
  "use strict";
  var form = document.getElementById("controls");
  var list = document.getElementById("chronology");
  if (!form || !list || list.tagName !== "OL") { return; }

  var entries = Array.prototype.slice.call(list.querySelectorAll("li.entry"));
  var textInput = document.getElementById("filter-text");
  var dateInput = document.getElementById("jump-date");
  var jumpButton = document.getElementById("jump-go");
  var status = document.getElementById("filter-status");
  var noMatch = document.getElementById("no-match");
  var sourceCount = document.getElementById("source-count");
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name='source']"));

  var haystacks = entries.map(function (entry) {
    return (entry.textContent || "").replace(/\s+/g, " ").toLowerCase();
  });
  var sourcesOf = entries.map(function (entry) {
    return (entry.getAttribute("data-sources") || "").split(" ").filter(Boolean);
  });

  function checkedSources() {
    var chosen = {};
    boxes.forEach(function (box) { if (box.checked) { chosen[box.value] = true; } });
    return chosen;
  }

  function applyFilters() {
    var words = textInput.value.toLowerCase().split(/\s+/).filter(Boolean);
    var chosen = checkedSources();
    var allSources = boxes.every(function (box) { return box.checked; });
    var shown = 0;
    entries.forEach(function (entry, i) {
      var textOk = words.every(function (word) { return haystacks[i].indexOf(word) !== -1; });
      var sourceOk = allSources || sourcesOf[i].some(function (n) { return chosen[n]; });
      var visible = textOk && sourceOk;
      entry.hidden = !visible;
      if (visible) { shown += 1; }
    });
    var checkedCount = boxes.filter(function (box) { return box.checked; }).length;
    if (sourceCount) {
      sourceCount.textContent = allSources ? "all " + boxes.length : checkedCount + " of " + boxes.length;
    }
    var filtering = words.length > 0 || !allSources;
    list.classList.toggle("filtering", filtering);
    noMatch.hidden = shown !== 0;
    status.textContent = filtering
      ? shown + " of " + entries.length + (entries.length === 1 ? " entry" : " entries") + " shown"
      : "";
  }

  function jumpToDate() {
    var day = dateInput.value;
    if (!day) { return; }
    var target = null;
    for (var i = 0; i < entries.length; i += 1) {
      if (!entries[i].hidden && entries[i].getAttribute("data-end") >= day) { target = entries[i]; break; }
    }
    if (!target) {
      status.textContent = "No shown entry on or after " + day + ".";
      return;
    }
    var article = target.querySelector("article");
    article.scrollIntoView({ block: "start" });
    article.focus({ preventScroll: true });
    if (history.replaceState) { history.replaceState(null, "", "#" + article.id); }
  }

  textInput.addEventListener("input", applyFilters);
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  jumpButton.addEventListener("click", jumpToDate);
  dateInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); jumpToDate(); }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  // Printed pages show every quote: open the citations for printing, then restore them.
  var reopened = [];
  window.addEventListener("beforeprint", function () {
    reopened = Array.prototype.filter.call(document.querySelectorAll("details.citations"), function (d) {
      return !d.open;
    });
    reopened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  });

  form.hidden = false;
})();
