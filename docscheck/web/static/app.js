// docscheck's page: uploads, progress while pages are read, removing files, without reloading the page.
// Everything also works without this script, through plain forms (slower, page by page).
(function () {
  "use strict";
  var lang = document.body.getAttribute("data-lang") || "en";
  var progressText = document.getElementById("progress-text");
  var progressBar = document.getElementById("progress-bar");
  var notices = document.getElementById("notices");
  var result = document.getElementById("result");
  var form = document.getElementById("upload");
  var input = document.getElementById("files");
  var drop = document.getElementById("drop");
  var polling = null;

  function api(path) {
    return path + (path.indexOf("?") < 0 ? "?" : "&") + "lang=" + encodeURIComponent(lang);
  }

  function showNotices(messages) {
    notices.textContent = "";
    (messages || []).forEach(function (m) {
      var p = document.createElement("p");
      p.textContent = m;
      notices.appendChild(p);
    });
  }

  var shownDone = -1;  // files read when the list was last drawn while a check runs

  function loadResult(running) {
    return fetch(api("/api/result"), { credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        var hadFocus = result.contains(document.activeElement);
        result.innerHTML = html;
        if (hadFocus) { result.focus(); }
        bindThumbs();
        if (!running) { document.body.setAttribute("data-state", "ready"); }
      });
  }

  function poll() {
    if (polling) { clearTimeout(polling); polling = null; }
    fetch(api("/api/status"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        progressText.textContent = s.message || "";
        if (s.state === "running") {
          progressBar.hidden = false;
          progressBar.max = Math.max(1, s.total);
          progressBar.value = s.done;
          document.body.setAttribute("data-state", "running");
          if (s.done !== shownDone) {  // a file was read: show it (its thumbnail, a poor image) now
            shownDone = s.done;
            loadResult(true);
          }
          polling = setTimeout(poll, 400);
        } else {
          progressBar.hidden = true;
          shownDone = -1;
          loadResult(false);
        }
      })
      .catch(function () { polling = setTimeout(poll, 1500); });
  }

  function send(url, body) {
    document.body.setAttribute("data-state", "sending");
    return fetch(api(url), { method: "POST", body: body, credentials: "same-origin",
                             headers: { "X-Docscheck": "1" } })
      .then(function (r) { return r.json(); })
      .then(function () {
        showNotices([]);  // refused files are listed (and announced) in the checklist itself
        poll();
      })
      .catch(function () { showNotices([document.body.getAttribute("data-error") || "Error"]); poll(); });
  }

  function upload(files) {
    var body = new FormData();
    for (var i = 0; i < files.length; i++) { body.append("files", files[i], files[i].name); }
    body.append("arrival", document.getElementById("arrival").value);
    body.append("filing", document.getElementById("filing").value);
    progressText.textContent = "…";
    return send("/api/upload", body);
  }

  function bindThumbs() {
    result.querySelectorAll("img.thumb").forEach(function (img) {
      img.addEventListener("error", function () {
        var box = document.createElement("div");
        box.className = "thumb noimg";
        box.setAttribute("aria-hidden", "true");
        box.textContent = "–";
        img.replaceWith(box);
      });
    });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    upload(input.files).then(function () { input.value = ""; });
  });
  input.addEventListener("change", function () {
    if (input.files.length) { upload(input.files).then(function () { input.value = ""; }); }
  });
  ["dragenter", "dragover"].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (type) {
    drop.addEventListener(type, function () { drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) { upload(e.dataTransfer.files); }
  });
  result.addEventListener("submit", function (e) {
    var f = e.target;
    if (!f.classList || !f.classList.contains("remove")) { return; }
    e.preventDefault();
    send("/api/remove", new FormData(f));
  });

  bindThumbs();
  if (document.body.getAttribute("data-running") === "true") { poll(); }
  else { document.body.setAttribute("data-state", "ready"); }
})();
