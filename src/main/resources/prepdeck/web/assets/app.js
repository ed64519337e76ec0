// prepdeck pages: code highlighting, the topic filter and a few keys. No inline scripts (see the CSP).
(function () {
  "use strict";

  function highlight(root) {
    if (!window.hljs) return;
    root.querySelectorAll('pre code[class*="language-"]').forEach(function (el) {
      if (!el.dataset.highlighted) window.hljs.highlightElement(el);
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function setUpFilter() {
    var box = document.getElementById("topic-filter-box");
    var input = document.getElementById("topic-filter");
    var tree = document.getElementById("topic-tree");
    if (!box || !input || !tree) return;
    box.hidden = false;
    var none = document.getElementById("topic-filter-none");
    var items = Array.prototype.slice.call(tree.querySelectorAll("li.topic"));
    input.addEventListener("input", function () {
      var q = input.value.trim().toLocaleLowerCase();
      var any = false;
      // Children come after their parents in document order, so walk backwards: a parent stays
      // visible when it or any of its descendants matches.
      var matched = new Set();
      for (var i = items.length - 1; i >= 0; i--) {
        var li = items[i];
        var self = !q || (li.dataset.path || "").toLocaleLowerCase().indexOf(q) >= 0;
        var child = Array.prototype.some.call(li.querySelectorAll("li.topic"), function (c) { return matched.has(c); });
        var show = self || child;
        if (show) matched.add(li);
        li.hidden = !show;
        var details = li.querySelector(":scope > details");
        if (details && q && child) details.open = true;
        any = any || show;
      }
      if (none) none.hidden = any;
    });
  }

  function moveFocus(step) {
    var links = Array.prototype.filter.call(document.querySelectorAll("main .nav-item"), function (a) {
      return a.offsetParent !== null;
    });
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links[next].focus();
  }

  // The search box: "s" focuses it, the arrows walk through the results it fetched, Escape goes back.
  function searchLinks() {
    return Array.prototype.slice.call(document.querySelectorAll("#site-search-results .hit-link"));
  }

  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("site-search-q");
    if (!box || e.ctrlKey || e.metaKey || e.altKey) return;
    var links = searchLinks();
    var at = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && (e.target === box || at >= 0) && links.length) {
      e.preventDefault();
      links[Math.min(links.length - 1, at + 1)].focus();
    } else if (e.key === "ArrowUp" && at >= 0) {
      e.preventDefault();
      if (at === 0) box.focus(); else links[at - 1].focus();
    } else if (e.key === "Escape" && (e.target === box || at >= 0)) {
      document.getElementById("site-search-results").replaceChildren();
      box.focus();
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === "s") {
      var search = document.getElementById("site-search-q");
      if (search) { e.preventDefault(); search.focus(); search.select(); }
    } else if (e.key === "/") {
      var target = document.querySelector("[data-slash-focus]");
      if (target && target.offsetParent !== null) { e.preventDefault(); target.focus(); }
    } else if (e.key === "r" || e.key === "Enter" && e.target === document.body) {
      // the page's one "start" link (home: today's reviews)
      var start = document.querySelector("[data-start-key]");
      if (start) { e.preventDefault(); start.click(); }
    } else if (e.key === "j") {
      moveFocus(1);
    } else if (e.key === "k") {
      moveFocus(-1);
    }
  });

  // Server mode: every change must carry the session's CSRF token. The server hands it to our scripts in the
  // prepdeck_csrf cookie (single-user mode has none, and needs none): htmx requests get it as a header,
  // plain forms as a hidden _csrf field added when they are submitted.
  function csrfToken() {
    var m = document.cookie.match(/(?:^|;\s*)prepdeck_csrf=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : null;
  }
  window.prepdeckCsrfToken = csrfToken;
  document.addEventListener("htmx:configRequest", function (e) {
    var token = csrfToken();
    if (token && e.detail.verb !== "get") e.detail.headers["X-CSRF-Token"] = token;
  });
  document.addEventListener("submit", function (e) {
    var form = e.target;
    var token = csrfToken();
    if (!token || !form || (form.method || "").toLowerCase() !== "post" || form.querySelector('input[name="_csrf"]')) return;
    var field = document.createElement("input");
    field.type = "hidden";
    field.name = "_csrf";
    field.value = token;
    form.appendChild(field);
  }, true);

  // A "Copy" button (data-copy = the id of the field to copy): selects the text, so it can be copied by hand
  // where the clipboard is not available (plain HTTP), and says what happened.
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("button[data-copy]");
    if (!button) return;
    var field = document.getElementById(button.dataset.copy);
    if (!field) return;
    field.focus();
    field.select();
    var status = button.closest("div") && button.closest("div").parentNode.querySelector(".copy-status");
    function say(text) { if (status) status.textContent = text; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { say("Copied."); },
        function () { say("Selected: press Ctrl+C (⌘C) to copy."); });
    } else {
      say("Selected: press Ctrl+C (⌘C) to copy.");
    }
  });

  // Card and topic pages follow the notes: while `serve` watches them, an edited note is imported again within a
  // second; the page asks for the deck's change number every 2 s and, when it moved, reloads (or, while the user is
  // typing into the page, says so with a Reload button). A note that could not be imported again is said too.
  function watchNotes() {
    if (!document.querySelector("[data-watch-notes]") || !window.fetch) return;
    var known = null;
    var shown = null;
    function notice(id, text, kind, reload) {
      var box = document.getElementById(id);
      if (!box) {
        box = document.createElement("div");
        box.id = id;
        box.setAttribute("role", "status");
        var main = document.getElementById("main");
        main.insertBefore(box, main.firstChild);
      }
      box.className = "notice " + kind;
      box.replaceChildren(document.createTextNode(text));
      if (reload) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "small";
        button.textContent = "Reload";
        button.addEventListener("click", function () { window.location.reload(); });
        box.appendChild(document.createTextNode(" "));
        box.appendChild(button);
      }
    }
    function editing() {
      if (typing(document.activeElement)) return true;
      return Array.prototype.some.call(document.querySelectorAll("main textarea:not([readonly]), main input"), function (el) {
        return el.type !== "hidden" && el.type !== "checkbox" && el.type !== "radio" && el.value !== el.defaultValue;
      });
    }
    function check() {
      if (document.hidden) { window.setTimeout(check, 2000); return; }
      fetch("/api/changes", { headers: { Accept: "application/json" }, cache: "no-store", credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (c) {
          if (!c) return;
          var r = c.reimport;
          if (r && r.problems.length && shown !== r.at) {
            shown = r.at;
            notice("notes-problem", (r.failed ? "" : "Your notes changed, but ") + r.problems.join(" "), "error", false);
          } else if (r && !r.problems.length && shown !== null) {
            var old = document.getElementById("notes-problem");
            if (old) old.remove();
            shown = null;
          }
          if (known === null) known = c.version;
          else if (c.version !== known) {
            known = c.version;
            if (editing()) notice("notes-changed", "Notes changed — reload to see the new version.", "info", true);
            else window.location.reload();
          }
        })
        .catch(function () { /* the server is stopping or restarting: ask again later */ })
        .then(function () { window.setTimeout(check, 2000); });
    }
    check();
  }

  document.addEventListener("DOMContentLoaded", function () {
    highlight(document);
    setUpFilter();
    watchNotes();
  });
  // Answers shown by htmx ("Show answer") arrive after the page loaded.
  document.addEventListener("htmx:load", function () {
    highlight(document);
  });

  // Offline practice (issue 20): the service worker keeps the app's files and the review page. Browsers run one only in
  // a secure context (HTTPS, or this computer's own address); a phone on plain http over the LAN goes without it.
  // Signing out (server mode) takes the cards this browser keeps for offline practice with it, so the next person to
  // sign in here never sees them; answers not yet sent stay, marked as the account's, for its next sign-in.
  function forgetOfflineCards() {
    var jobs = [];
    if (window.caches) {
      jobs.push(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (n) { return n.indexOf("prepdeck-") === 0; }).map(function (n) {
          return caches.open(n).then(function (c) { return c.keys(); }).then(function (requests) {
            return caches.open(n).then(function (c) {
              return Promise.all(requests.filter(function (r) { return new URL(r.url).pathname === "/review"; })
                  .map(function (r) { return c.delete(r); }));
            });
          });
        }));
      }));
    }
    if (window.indexedDB) {
      jobs.push(new Promise(function (resolve) {
        var open = window.indexedDB.open("prepdeck", 1);
        open.onupgradeneeded = function () {
          open.result.createObjectStore("windows", { keyPath: "topic" });
          open.result.createObjectStore("answers", { keyPath: "idempotency_key" });
        };
        open.onsuccess = function () {
          var tx = open.result.transaction("windows", "readwrite");
          tx.objectStore("windows").clear();
          tx.oncomplete = tx.onerror = function () { open.result.close(); resolve(); };
        };
        open.onerror = function () { resolve(); };
      }));
    }
    return Promise.all(jobs).catch(function () {});
  }
  document.querySelectorAll('form[action="/logout"], form[action="/account/sign-out-everywhere"]').forEach(function (form) {
    form.addEventListener("submit", function (e) {
      if (form.dataset.forgotten) return;
      e.preventDefault();
      forgetOfflineCards().then(function () {
        form.dataset.forgotten = "1";
        form.submit();
      });
    });
  });

  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("/assets/sw.js", { scope: "/" }).catch(function () { /* the pages work without it */ });
  }
})();
