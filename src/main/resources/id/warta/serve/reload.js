// Warta preview: reloads the page after each good rebuild and shows a failed rebuild's errors.
// Added by `warta serve` to the pages it sends; never part of a built site.
(function () {
  "use strict";
  var OVERLAY_ID = "warta-build-error";

  function removeOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  // Built with textContent only: error text comes from files and must never be read as HTML.
  function showOverlay(text) {
    removeOverlay();
    var box = document.createElement("div");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
      "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;";
    var title = document.createElement("h2");
    title.textContent = "Build gagal \u2014 situs terakhir yang berhasil tetap ditampilkan";
    title.style.cssText = "margin:0 0 1rem;font:bold 18px/1.3 sans-serif;color:#ff8a80;";
    var pre = document.createElement("pre");
    pre.textContent = text;
    pre.style.cssText = "white-space:pre-wrap;margin:0;";
    var hint = document.createElement("p");
    hint.textContent = "Perbaiki berkasnya dan simpan; halaman ini dimuat ulang sendiri.";
    hint.style.cssText = "margin:1rem 0 0;color:#bbb;font-family:sans-serif;";
    box.appendChild(title);
    box.appendChild(pre);
    box.appendChild(hint);
    document.body.appendChild(box);
  }

  if (!window.EventSource) {
    return;
  }
  var events = new EventSource("/__warta/events");
  events.addEventListener("reload", function () {
    window.location.reload();
  });
  events.addEventListener("build-error", function (event) {
    showOverlay(event.data);
  });
})();
